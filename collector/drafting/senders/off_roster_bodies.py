"""County bodies no roster lists, listed together as the subject of their own item: `四、县人民法院、县人民检察院参照本通知
要求，于12月16日前报送接访安排` — the court and the procuratorate are asked (参照: by the notice's terms, not as its
addressees), no roster unit is, so the item is theirs and its date no requirement of the units addressed (held-out 2336),
as one off-roster body's own item is (units.off_roster_subject). A list with a roster unit among them
(`县公安局、县人民检察院参照…`) is left to the units it names."""

from __future__ import annotations

import re

from .units import COUNTY_BODY, ITEM_ASKS, ITEM_NUMBER, UnitResolver

# 县人民法院、县人民检察院 before …参照本通知要求, …请于…: the item's verb, its date, or the notice's terms it follows
BODIES_ASKED = re.compile(ITEM_NUMBER + rf"(?P<names>{COUNTY_BODY}(?:\s*(?:、|和|及|与)\s*{COUNTY_BODY})+)"
                          rf"(?=请?(?:参照|按照|依照)|{ITEM_ASKS})")


def off_roster_bodies_opening(text: str, resolver: UnitResolver) -> str:
    """The county bodies ``text`` opens with, two or more joined by 、 / 和 before the item's verb, none of them a roster
    unit: their names joined by 、, or ""."""
    m = BODIES_ASKED.match(text)
    if not m:
        return ""
    names = re.split(r"\s*(?:、|和|及|与)\s*", m.group("names"))
    return "、".join(names) if not any(resolver.resolve(n) for n in names) else ""
