"""Units a notice names as the leads of its groups, then asks by that role: `第一组由建昌镇任组长单位，成员单位为喇嘛洞镇、…；
第二组由八家子镇任组长单位，…` (also `由…担任牵头单位`, `建昌镇、八家子镇为组长单位`), then `组长单位负责审核汇总，于4月2日16:00前
将本组汇总表（Excel格式）发送至…` (held-out 3036; also `各组组长单位` / `各牵头单位` / `两组组长单位`). The role said as a clause's
subject is written as the lead units, so every other rule reads them as named (with an unsettled line); the role said as
an object (`报送本组组长单位`) or in its own naming (`任组长单位`) is left. A lead off the roster (`由建昌县老年大学任组长单位`)
names no unit: the text is left as written."""

from __future__ import annotations

import re

from .units import UnitResolver, named_units

ROLE = r"(?:组长|牵头)单位"
# 由建昌镇任组长单位 / 由八家子镇担任本组牵头单位 / 建昌镇、八家子镇为组长单位 / 建昌镇作为组长单位: the names before the verb
NAMED_LEAD = re.compile(r"(?:由)?(?P<who>[^，,。；;：:()（）由]{2,40}?)(?:任|担任|为|作为)(?:本组|该组|各组)?(?P<role>"
                        + ROLE + r")")
# 组长单位负责… / 各组组长单位于… / 两组牵头单位须…: the role opening a clause, then what it does
ASKED = re.compile(r"(?P<open>^|[，,。；;：:\n])(?P<said>[ \t]*(?:请)?(?:各组|两组|各|本组)?(?P<role>" + ROLE + r"))"
                   r"(?=[ \t]*(?:负责|于|须|需|应|要|请|将|在|统一|汇总|审核|收齐|务必|按))")


def lead_units_spelled_out(body: str, resolver: UnitResolver, unsettled: list[str]) -> str:
    """``body`` with each clause opening on a group leader's role written as the roster units named to it."""
    leads: dict[str, list[str]] = {}
    for m in NAMED_LEAD.finditer(body):
        units = named_units(m.group("who"), resolver)
        if units:
            leads.setdefault(m.group("role"), [])
            leads[m.group("role")] += [u for u in units if u not in leads[m.group("role")]]
    if not leads:
        return body
    said: set[str] = set()

    def one(m: re.Match) -> str:
        if m.group("role") not in leads:
            return m.group()
        said.add(m.group("role"))
        return m.group("open") + "、".join(leads[m.group("role")])

    body = ASKED.sub(one, body)
    for role in said:
        unsettled.append(f"“{role}”读作通知所定的{'、'.join(leads[role])}，请核对")
    return body
