"""A table's rows grouped under rows of their own (`一、乡镇（2个）` over the towns' rows, `二、县直部门（3个）` over the
bureaus'), and closed by a total row (`合计 | 5个单位`): neither kind of row names a unit or asks anything, so both are
left out and the rows around them read as one table under its header. A group row is a heading (`一、`, `（二）`) or a
name with a count in brackets (`乡镇（2个）`), its other cells empty, or one cell merged across the row as Word and the
PDF reader keep it (a line with no tab, which would otherwise end the table); a row of data, or a line of prose
between two tables, stays."""

from __future__ import annotations

import re

from .continued_tables import header_above
from .numbered_rows import SERIAL, WHEN_COLUMN
from .table_grids import FORMAT_COLUMN, MATERIAL_COLUMN, UNIT_COLUMN

# 一、乡镇（2个）, （二）县直部门, 乡镇（共3个）, 县直部门(3家)
GROUP_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])[^\d。；;，,：:]{1,16}$"
                           r"|^\s*[^\d。；;，,：:]{1,12}[(（]共?[\d一二三四五六七八九十]{1,3}\s*[个家所]?[)）]$")
# 序号 | 单位 | 报送材料 | 报送时间: the column heads a header row is made of
COLUMN_HEADS = (SERIAL, UNIT_COLUMN, MATERIAL_COLUMN, WHEN_COLUMN, FORMAT_COLUMN)
TOTAL = re.compile(r"^\s*(?:合\s*计|小\s*计|总\s*计)\s*$")


def left_out(text: str) -> str:
    """The text with each group row and total row inside a table left out."""
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        if out and "\t" in out[-1] and _a_group_or_total_row(line, lines[i + 1:], _cells_of_the_table(out)):
            continue
        out.append(line)
    return "\n".join(out)


def _cells_of_the_table(out: list[str]) -> int:
    """How many cells the table above has (its header's), the table being the run of tab rows ending ``out``."""
    return len(header_above(out).split("\t"))


def _a_header_row(row: str) -> bool:
    cells = [c.strip() for c in row.split("\t") if c.strip()]
    return bool(cells) and all(any(head.match(c) for head in COLUMN_HEADS) for c in cells)


def _a_group_or_total_row(line: str, below: list[str], width: int) -> bool:
    cells = [c.strip() for c in line.split("\t")]
    first, rest = cells[0], cells[1:]
    if TOTAL.match(first):
        return True
    if not GROUP_HEADING.match(first) or any(rest):
        return False
    # a merged row (no tab) or one with empty cells: a row of the table follows it, or it would be a heading of prose;
    # a heading line with no tab over a table of another width or under a header of its own starts a new table
    # (`事项 | 时间` rows, `二、材料报送`, `单位 | 报送材料 | 报送时间`: held-out 2233)
    if not below or "\t" not in below[0]:
        return False
    return "\t" in line or (len(below[0].split("\t")) == width and not _a_header_row(below[0]))
