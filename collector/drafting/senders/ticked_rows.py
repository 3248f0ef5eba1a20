"""Units a sentence names by a tick (√) in a column of the notice's table: `在“山洪灾害避险演练”栏打“√”的乡镇` beside
序号 | 乡镇 | 山洪灾害避险演练 | 水库防汛抢险演练 with √ or nothing in each cell, and `本次巡查乡镇` beside a column headed
`本次巡查（打“√”）` (a column of ticks named with the unit noun after it). The phrase is spelled out as the units of the rows
ticked in that column, so every other rule reads them as named. A column whose cells are not ticks and blanks, a row
whose ticks cannot be told apart (a PDF's row, its blank cells lost, shorter than the header under two tick columns), or a
column no table has, leaves the words as written."""

from __future__ import annotations

import re

from .column_values import tables_of
from .units import UnitResolver, named_units

TICKS = "√✓✔☑"
BLANKS = ("", "—", "-", "/", "／")
# 在“山洪灾害避险演练”栏打“√”的乡镇, “本次巡查”一栏中标“√”的单位; a PDF's text layer may move the quote marks and the
# tick out of the line (在 山洪灾害避险演练 栏打 的乡镇)
TICKED_IN = re.compile(r"[“\"\s]*(?P<column>[\u4e00-\u9fa5]{2,14}?)[”\"\s]*(?:一栏|栏|列)(?:中|内)?\s*"
                       r"(?:打|标注?|划|画)(?:有)?\s*[“\"]?[" + TICKS + r"]?[”\"]?\s*号?的(?P<noun>乡镇|单位|部门)")
# 本次巡查（打“√”）, 是否参加(打√): the words a header puts after the column's name to say it is ticked
HOW_TO_TICK = re.compile(r"[（(][^（）()]*[" + TICKS + r"][^（）()]*[）)]")


def column_name(header: str) -> str:
    """A header's name, without the bracket saying how to tick it (`本次巡查（打“√”）` → 本次巡查)."""
    return HOW_TO_TICK.sub("", header).strip()


def is_tick_column(table: list[list[str]], k: int) -> bool:
    """Whether column ``k`` of the table holds only ticks and blanks, one tick at least (a row too short is blank)."""
    cells = [row[k] if k < len(row) else "" for row in table[1:]]
    return any(c in TICKS for c in cells if c) and all(c in BLANKS or (len(c) == 1 and c in TICKS) for c in cells)


def _row_ticked(row: list[str], k: int, header: list[str], ticked: list[int]) -> bool | None:
    """Whether the row has a tick in column ``k``; None when its cells cannot be placed (a row shorter than the header,
    its ticks fewer than the tick columns, so a tick may stand in any of them)."""
    if len(row) >= len(header):
        return bool(row[k]) and row[k] in TICKS
    marks = [c for c in row if c and c in TICKS]
    if not marks:
        return False
    if len(marks) == len(ticked):
        return True
    return None


def units_ticked_in(column: str, rows: list[list[str]], resolver: UnitResolver) -> list[str]:
    """The roster units of the rows ticked in the tick column named ``column``; [] when no table has such a column or a
    row's ticks cannot be placed."""
    for table in tables_of(rows):
        header = table[0]
        ticked = [k for k in range(len(header)) if is_tick_column(table, k)]
        at = [k for k in ticked if column_name(header[k]) == column]
        if not at:
            continue
        found: list[str] = []
        for row in table[1:]:
            yes = _row_ticked(row, at[0], header, ticked)
            if yes is None:
                return []
            if yes:
                found += [u for cell in row if cell not in TICKS for u in named_units(cell, resolver) if u not in found]
        return found
    return []


def tick_columns(rows: list[list[str]]) -> list[str]:
    """The names of the notice's tick columns (`本次巡查` of `本次巡查（打“√”）`), longest first."""
    names = {column_name(table[0][k]) for table in tables_of(rows) for k in range(len(table[0]))
             if is_tick_column(table, k)}
    return sorted((n for n in names if len(n) >= 2), key=len, reverse=True)


def units_ticked_spelled_out(text: str, rows: list[list[str]], resolver: UnitResolver, unsettled: list[str]) -> str:
    """``text`` with each phrase naming units by a tick column (`在“X”栏打“√”的乡镇`, or `X乡镇` for a tick column X)
    written out as the units of the rows ticked in it."""
    def spelled(column: str, phrase: str) -> str:
        units = units_ticked_in(column, rows, resolver)
        if not units:
            return phrase
        unsettled.append(f"“{phrase.strip()}”读作表中“{column}”栏打“√”的行所列单位：{'、'.join(units)}，请核对")
        return "、".join(units)

    def ticked_in(m: re.Match) -> str:  # 请在本次巡查栏打√的乡镇: the column is the longest end of the words that names one
        said = m.group("column")
        column = next((said[k:] for k in range(len(said) - 1) if said[k:] in names), said)
        return spelled(column, m.group())

    names = tick_columns(rows)
    text = TICKED_IN.sub(ticked_in, text)
    for column in names:
        text = re.sub(rf"{re.escape(column)}(?:的)?(?:乡镇|单位|部门)",
                      lambda m, c=column: spelled(c, m.group()), text)
    return text
