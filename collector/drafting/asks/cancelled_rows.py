"""A table row the note under the table cancels (`说明：经与县公安局沟通，上表中县公安局一行取消，疏导区周边治安情况由
建昌镇在分布情况表中一并填报`): the row's unit sends nothing by that row, so the requirement read from it goes (or, when
the row was read with other units, loses that unit). Only a row named by its unit after 上表 / 表中 is cancelled; a row
of that unit kept (`上表中县公安局一行的时间改为…`) or a note naming no row (`县公安局另行报送`) leaves the table as read."""

from __future__ import annotations

import re

from ..requirements import DraftRequirement
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
