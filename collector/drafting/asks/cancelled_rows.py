"""A table row the note under the table cancels (`说明：经与县公安局沟通，上表中县公安局一行取消，疏导区周边治安情况由
建昌镇在分布情况表中一并填报`): the row's unit sends nothing by that row, so the requirement read from it goes (or, when
the row was read with other units, loses that unit). Only a row named by its unit after 上表 / 表中 is cancelled; a row
of that unit kept (`上表中县公安局一行的时间改为…`) or a note naming no row (`县公安局另行报送`) leaves the table as read.
So is a row its own remarks cell lets off (`3 | 建昌县农业农村局 | 花名册（Excel） | 十一月十日… | 已于九月份报送，本次免报`
under a `备注` / `说明` head cell, held-out 2759): `rows_let_off_in_their_remarks`."""

from __future__ import annotations

import re

from ..reading.table_grids import REMARKS_HEAD, table_bottom, table_top
from ..requirements import DraftRequirement
from ..senders.let_off_rows import REMARK_LET_OFF
from ..senders.units import UnitResolver, named_units
from .statements import clipped

# 上表中县公安局一行取消, 表中县公安局所在行删除, 上表县公安局一栏不再报送: a row cancelled by its unit
ROW_CANCELLED = re.compile(r"(?:上|下|本|该|附)?表(?:格)?(?:中|内|里)?的?(?P<who>[^，,。；;：:\t\n表]{2,30}?)"
                           r"(?:一行|一栏|所在行|这一行|那一行|该行)(?:的?(?:报送)?(?:要求|任务|材料|内容))?"
                           r"(?:予以|已|现|均)?(?:取消|删除|删去|作废|撤销|不再报送|无需报送|不需报送|不再填报)")


def rows_cancelled(body: str, requirements: list[DraftRequirement], units_of, unsettled: list[str]) -> None:
    """Each requirement read from a table row a note cancels: its unit taken out, the requirement gone with no unit
    left. ``units_of``: the roster units a piece of text names."""
    for m in ROW_CANCELLED.finditer(body):
        cancelled = set(units_of(m.group("who")))
        if not cancelled:
            continue
        for r in list(requirements):
            row = (r.said or "").split("\t")
            if len(row) < 2 or not any(u in cell for u in cancelled for cell in row) or not cancelled & set(r.units):
                continue
            r.units = [u for u in r.units if u not in cancelled]
            unsettled.append(f"表中{'、'.join(sorted(cancelled))}一行已由表下说明取消（{clipped(m.group())}），"
                             f"未列为报送要求，请核对")
            if not r.units:
                requirements.remove(r)


def rows_let_off_in_their_remarks(body: str, requirements: list[DraftRequirement], resolver: UnitResolver,
                                  unsettled: list[str]) -> None:
    """Each unit of a table row whose remarks cell lets it off, taken out of the requirements read from that table's
    rows (a requirement left with no unit goes): the units its first cell naming any names."""
    lines = body.split("\n")
    for i, line in enumerate(lines):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 3:
            continue
        top = table_top(lines, i)
        head = [c.strip() for c in lines[top].split("\t")]
        remarks = next((k for k, c in enumerate(head) if REMARKS_HEAD.match(c)), None)
        if top == i or remarks is None or remarks >= len(cells) or not REMARK_LET_OFF.search(cells[remarks]):
            continue
        excused = next((set(named_units(c, resolver)) for k, c in enumerate(cells)
                        if k != remarks and named_units(c, resolver)), set())
        table = {ln.strip() for ln in lines[top: table_bottom(lines, i) + 1]}
        for r in list(requirements):
            if not excused & set(r.units) or (r.said or "").strip() not in table:
                continue
            r.units = [u for u in r.units if u not in excused]
            unsettled.append(f"表中{'、'.join(sorted(excused))}一行备注“{cells[remarks]}”，未列为报送单位，请核对")
            if not r.units:
                requirements.remove(r)
