"""Groups a sentence names only as what a unit works from: `县财政局根据各乡镇面积初步测算补贴资金，形成…说明，于…报送` is
the bureau's own item, the towns' acreage its basis; the towns are no senders of it."""

from __future__ import annotations

import re

# 县财政局根据各乡镇面积…, 县统计局依据各部门报送的数据…: glued to the unit asked, 根据 / 依据 a group's figures
WORKED_FROM = re.compile(r"(?<=[局委办府心社站所院队])(?P<verb>根据|依据|依照|基于)(?:各|全县)[^，,。；;]{1,30}?"
                         r"(?=(?:初步|进一步|统一)?(?:测算|核算|汇总|统计|分析|编制|形成|计算|核定|审核))")


def without_the_groups_worked_from(text: str, names_a_unit) -> str:
    """``text`` without the 根据各乡镇… a named unit works from, when what is left still names a unit (``names_a_unit``)."""
    left = WORKED_FROM.sub(lambda m: m.group("verb"), text)  # the verb kept: the unit's name ends before it
    return left if left != text and names_a_unit(left) else text
