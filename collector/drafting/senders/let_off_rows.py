"""A requirements table's row that asks nothing of its units: its unit cell names them, its other cells say only that they
send nothing this time and leave the rest empty (`县气象局 | 本次不报送 | — | —`, `县水利局 | 不报送 | 无 | 无`; the reason
said first, `县气象局 | 降雪预报另行通报，本次不报送 | — | —`, held-out 2471; a dash with the let-off bracketed,
`县自然资源局 | —（本次不报送）`, held-out 3369), after the
row's number when it has one (`4 | 县政务服务中心 | 本次不报送 | —`, `四 | …`, held-out 2359 read as a table). The row
is no requirement (it has no date); its units are let off, so a group the salutation names beside them (`县直各部门，…，
县气象局：`) is not read as taking them in. ``REMARK_LET_OFF`` reads a row's 备注 cell the same way (cancelled_rows,
unit_refs.column_units)."""

from __future__ import annotations

import re

from ..reading.table_grids import LET_OFF_CELL, LET_OFF_WORDS, NONE_CELL, NONE_MARK
from .units import UnitResolver, named_units

# 4, 四: a row's number in its 序号 cell, before the unit cell
ROW_NUMBER = re.compile(r"^(?:\d{1,3}|[一二三四五六七八九十]{1,3})$")
# 已于九月份报送，本次免报 / 本次不报送 / 无需报送材料 / 此次不再填报: a remarks cell whose last clause lets its row's units
# off (the reason before it may hold a date: it is no date column); not 免报纸质版 (one form let off), nor 如无变化请注明.
# 本年度无统计任务 / 今年无填报任务: the row has no task this time (a 任务分解 table, held-out 3219); not 上年度无统计任务
REMARK_LET_OFF = re.compile(r"(?:^|[，,；;。])\s*(?:本次|此次|这次|本轮|本年度?|今年|本期)?(?:均|可)?"
                            r"(?:免报|免于报送|免予报送|(?:不|不需|无需|不用|不必|不再)(?:再|另行)?(?:报送|上报|提交|填报|报)"
                            r"|无[\u4e00-\u9fa5]{0,4}?任务)"
                            r"(?:材料)?\s*[。.]?\s*$")
# —（本次不报送）: a dash with the let-off bracketed after it (held-out 3369)
DASH_LET_OFF = re.compile(rf"^(?:{NONE_MARK})\s*[(（](?:{LET_OFF_WORDS})[)）]$")


def units_of_let_off_rows(body: str, resolver: UnitResolver) -> set[str]:
    """The roster units of every table row of ``body`` whose cells after its unit cell are a let-off and empties."""
    out: set[str] = set()
    for line in body.split("\n"):
        if row_lets_off(line):
            out |= set(named_units(_cells_from_the_unit(line)[0], resolver))
    return out


def row_lets_off(line: str) -> bool:
    """Whether the tab-parted row ``line`` lets its unit off: its cells after the unit cell a let-off and empties."""
    cells = _cells_from_the_unit(line)
    return len(cells) >= 2 and _lets_off(cells[1:])


def _cells_from_the_unit(line: str) -> list[str]:
    cells = [c.strip() for c in line.split("\t")]
    if cells and ROW_NUMBER.match(cells[0]):
        cells = cells[1:]  # 4 | 县政务服务中心 | 本次不报送 | —: the unit cell after the row's number
    return cells


def _lets_off(cells: list[str]) -> bool:
    return any(_a_let_off(c) for c in cells) and all(_a_let_off(c) or NONE_CELL.match(c) or not c for c in cells)


def _a_let_off(cell: str) -> bool:
    return bool(LET_OFF_CELL.match(cell) or DASH_LET_OFF.match(cell))
