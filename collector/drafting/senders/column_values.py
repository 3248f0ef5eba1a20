"""Units a sentence names by what a column of the notice's table says of them: `列为第一批的乡镇于9月17日前报送` beside a
附件 table 乡镇 | 撂荒面积 | 报送批次 with 第一批 / 第二批 in that column, `附件中报送方式为“纸质”的乡镇…不通过邮箱报送` beside
one whose column 报送方式 says 邮箱 / 纸质. The phrase is spelled out as the units of the rows whose cell says that value
(the column's, when the phrase names it), so every other rule reads them as named; a value no row's cell says, or a
column no table has, leaves the words as written."""

from __future__ import annotations

import re

from .table_towns import PROSE
from .units import UnitResolver, named_units

VALUE = r"[“\"]?(?P<value>[^“”\"，,。；;、的\s]{1,8}?)[”\"]?"
# 附件中报送方式为“纸质”的乡镇, 表中报送批次为第二批的单位: a column's name and its value
# 附件2中“是否测产”一栏为“是”的乡镇: the column's name quoted, called 一栏 / 一列
COLUMN_IS = re.compile(r"(?:(?:附件\d*|附表\d*|上表|下表|表)(?:中|内)?)?[“\"]?(?P<column>[\u4e00-\u9fa5]{2,6}?)[”\"]?"
                       r"(?:一栏|一列|栏|列)?为" + VALUE
                       + r"的(?:乡镇|单位|部门)")
# 列为第一批的乡镇, 确定为重点乡镇的单位: a value said of them, its column unnamed
LISTED_AS = re.compile(r"(?:列为|列入|确定为|划为|属于)" + VALUE + r"的(?:乡镇|单位|部门)")


def tables_of(rows: list[list[str]]) -> list[list[list[str]]]:
    """The runs of consecutive rows of two cells or more (tab-joined, or a PDF's line of space-parted cells with no
    sentence's punctuation): each a table, its first row the header."""
    tables: list[list[list[str]]] = []
    run: list[list[str]] = []
    for row in rows + [[]]:
        if len(row) == 1 and len(cells := re.split(r"[ \u3000]+", row[0].strip())) > 1 and not any(map(PROSE.search, cells)):
            row = cells
        if len(row) >= 2:
            run.append([cell.strip() for cell in row])
            continue
        if len(run) >= 2:
            tables.append(run)
        run = []
    return tables


def units_of_the_rows_saying(value: str, column: str, rows: list[list[str]], resolver: UnitResolver) -> list[str]:
    """The roster units of the table rows whose cell says ``value`` (in the column headed ``column``, when given)."""
    found: list[str] = []
    for table in tables_of(rows):
        header, body = table[0], table[1:]
        at = [k for k, head in enumerate(header) if column and column in head] if column else None
        if column and not at:
            continue
        for row in body:
            cells = [row[k] for k in at if k < len(row)] if at is not None else row
            if value in cells:
                found += [u for cell in row if cell != value for u in named_units(cell, resolver) if u not in found]
    return found


def units_said_by_a_column_value(text: str, rows: list[list[str]], resolver: UnitResolver, unsettled: list[str]) -> str:
    """``text`` with each phrase naming units by a value of a table's column written out as those units' names."""
    def spelled(m: re.Match) -> str:
        said = m.groupdict().get("column") or ""
        # 请报送方式为纸质的乡镇: the column's name is the longest end of the words before 为 that heads a column
        columns = [said[k:] for k in range(max(len(said) - 1, 1))] if said else [""]
        column, units = next(((c, u) for c in columns if (u := units_of_the_rows_saying(m.group("value"), c, rows, resolver))),
                             ("", []))
        if not units:
            return m.group()
        where = f"{column}为" if column else ""
        unsettled.append(f"“{m.group()}”读作表中{where}“{m.group('value')}”的行所列单位：{'、'.join(units)}，请核对")
        return "、".join(units)
    return LISTED_AS.sub(spelled, COLUMN_IS.sub(spelled, text))
