"""Units named as those taking part in a work the notice sets out in an item of its own: `参加专项检查的单位于6月20日前
报送…` with `（二）专项检查。县应急局牵头，会同县住建局、县交通局、县市场局…开展专项检查` above. The phrase is spelled out as
the roster units that item names, so every other rule reads them as named (an unsettled line says so); a work no item
is headed by, or whose item names no roster unit, leaves the words as written."""

from __future__ import annotations

import re

from .units import UnitResolver, named_units

# 参加专项检查的单位, 参与联合执法的部门, 参加督查工作的单位
TAKING_PART = re.compile(r"(?:参加|参与)(?:本次)?(?P<work>[\u4e00-\u9fa5]{2,8}?)(?:工作)?的(?:单位|部门)")
ITEM_HEAD = r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[.．、])\s*{work}(?:工作)?\s*[。：:，,]"


def the_items_units(body: str, work: str, resolver: UnitResolver) -> list[str]:
    """The roster units the body's item headed by ``work`` (`（二）专项检查。…`) names, in the order written."""
    head = re.compile(ITEM_HEAD.replace("{work}", re.escape(work)), re.M)
    line = next((line for line in body.split("\n") if head.match(line)), "")
    return list(dict.fromkeys(named_units(line, resolver))) if line else []


def units_taking_part_spelled_out(body: str, resolver: UnitResolver, unsettled: list[str]) -> str:
    """``body`` with each `参加X的单位` written as the units of the item headed X."""
    def spelled(m: re.Match) -> str:
        units = the_items_units(body, m.group("work"), resolver)
        if not units:
            return m.group()
        unsettled.append(f"“{m.group()}”读作“{m.group('work')}”一项所列的{'、'.join(units)}，请核对")
        return "、".join(units)
    return TAKING_PART.sub(spelled, body)
