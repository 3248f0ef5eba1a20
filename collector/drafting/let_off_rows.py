"""A requirements table's row that asks nothing of its units: its unit cell names them, its other cells say only that they
send nothing this time and leave the rest empty (`县气象局 | 本次不报送 | — | —`, `县水利局 | 不报送 | 无 | 无`). The row
is no requirement (it has no date); its units are let off, so a group the salutation names beside them (`县直各部门，…，
县气象局：`) is not read as taking them in."""

from __future__ import annotations

import re

from .table_grids import NONE_CELL
from .units import UnitResolver, named_units

# 本次不报送, 不需报送, 无需报送材料, 此次不报: a cell letting its row's units off
LET_OFF_CELL = re.compile(r"^(?:本次|此次|这次)?(?:均)?(?:不|不需|无需|不用|免于|免予)(?:报送|上报|提交|填报|报)(?:材料)?$")


def units_of_let_off_rows(body: str, resolver: UnitResolver) -> set[str]:
    """The roster units of every table row of ``body`` whose cells after its unit cell are a let-off and empties."""
    out: set[str] = set()
    for line in body.split("\n"):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) >= 2 and _lets_off(cells[1:]):
            out |= set(named_units(cells[0], resolver))
    return out


def _lets_off(cells: list[str]) -> bool:
    return any(LET_OFF_CELL.match(c) for c in cells) and all(LET_OFF_CELL.match(c) or NONE_CELL.match(c) or not c
                                                             for c in cells)
