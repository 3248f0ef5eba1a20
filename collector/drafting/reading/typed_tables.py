"""A requirements table typed in a plain-text notice, with no tabs (held-out 3186, 3286): its cells parted by bars with
no bar at the row's ends (`序号｜单位｜报送材料｜报送时间` / `1｜国家税务总局建昌县税务局｜…统计表（Excel格式）｜4月24日…前`;
a table with bars at both ends is `plain_text.PIPE_ROW`'s), or lined up in columns with runs of spaces, full-width or
plain (`单位　　　　报送材料　　　　报送时间` / `建昌县市场监督管理局　　外资企业登记变更情况说明（Word格式）　　5月22日前`).
Read back as the tab rows a Word table gives, so each row's unit, paper and time are read together.

The table is told by its header line: three cells or more, each a column's head (单位, 报送材料, 报送时间, 序号, 格式,
备注 …), one of them the units' and one the time's; the spaced header's heads parted by two spaces or more, as lining
up leaves them. Its rows are the lines under it of as many cells (a rule line of dashes under the header or between
rows is left out); the first line of another count ends it. A bar used once in a sentence or a title, words parted by
one space in a sentence or a 落款, and a line of column words with no row under it are left as written."""

from __future__ import annotations

import re

from .line_runs import runs_rewritten
from .table_grids import (
    DATE_COLUMN,
    FORMAT_COLUMN,
    MATERIAL_COLUMN,
    PAPERS_COLUMN,
    REMARKS_HEAD,
    SERIAL,
    UNIT_COLUMN,
    UNITS_HEAD,
    WHEN_COLUMN,
)

BAR = re.compile(r"\s*[|│┃]\s*")
WIDE_GAP = re.compile(r"\s{2,}")
ANY_GAP = re.compile(r"\s+")
# ----|----|----, ———————, ─────: a rule typed under the header or between rows
RULE_LINE = re.compile(r"^\s*[-–—─━=_+|│┃:\s]*[-–—─━=_]{3,}[-–—─━=_+|│┃:\s]*$")
CONTACT_HEAD = re.compile(r"^(?:联系人|联系电话|联系方式|报送方式|份数|数量)$")
UNIT_HEADS = (UNIT_COLUMN, UNITS_HEAD)
WHEN_HEADS = (WHEN_COLUMN, DATE_COLUMN)
COLUMN_HEADS = UNIT_HEADS + WHEN_HEADS + (SERIAL, MATERIAL_COLUMN, PAPERS_COLUMN, FORMAT_COLUMN, REMARKS_HEAD,
                                          CONTACT_HEAD)
FEWEST_COLUMNS = 3


def rows_tabbed(text: str) -> str:
    return runs_rewritten(text, _table_at)


def _table_at(lines: list[str], i: int) -> tuple[list[str], int] | None:
    if "\t" in lines[i]:
        return None
    header, cells_of = _header_cells(lines[i])
    if header is None:
        return None
    rows = ["\t".join(header)]
    j = i + 1
    while j < len(lines):
        if RULE_LINE.match(lines[j]):
            j += 1
            continue
        cells = cells_of(lines[j], len(header))
        if cells is None:
            break
        rows.append("\t".join(cells))
        j += 1
    return (rows, j) if len(rows) > 1 else None


def _header_cells(line: str):
    """The header's cells and the way its rows' cells are parted, or (None, None) when the line is no such header."""
    if "|" in line or "│" in line or "┃" in line:
        cells = BAR.split(line.strip())
        return (cells, _bar_cells) if _is_header(cells) else (None, None)
    if not WIDE_GAP.search(line.strip()):
        return None, None
    for gap in (WIDE_GAP, ANY_GAP):  # a narrow column (序号) lined up with one space after its head
        cells = gap.split(line.strip())
        if _is_header(cells):
            return cells, _spaced_cells
    return None, None


def _is_header(cells: list[str]) -> bool:
    return (len(cells) >= FEWEST_COLUMNS
            and all(any(h.match(c) for h in COLUMN_HEADS) for c in cells)
            and any(h.match(c) for h in UNIT_HEADS for c in cells)
            and any(h.match(c) for h in WHEN_HEADS for c in cells))


def _bar_cells(line: str, count: int) -> list[str] | None:
    if "\t" in line or not line.strip():
        return None
    cells = BAR.split(line.strip())
    return cells if len(cells) == count and any(cells) else None


def _spaced_cells(line: str, count: int) -> list[str] | None:
    """A row lined up under a spaced header: its cells parted by wide gaps, or by any gap where a cell fills its
    column to the next one's edge (`国家税务总局建昌县税务局　外资企业…`)."""
    if "\t" in line or not line.strip():
        return None
    for gap in (WIDE_GAP, ANY_GAP):
        cells = gap.split(line.strip())
        if len(cells) == count:
            return cells
    return None
