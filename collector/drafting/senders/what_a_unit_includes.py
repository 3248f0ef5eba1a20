"""A bracket after a unit saying what that unit includes: `建昌县融媒体中心（含下属各乡镇广播站）`, `县卫健局（包括所属各乡镇
卫生院）`, `建昌镇（含下属镇综合文化站及所辖各村文化大院）`. The bodies it names are inside that unit and report through it
(held-out 3545): a 各乡镇 there is no group of senders. A bracket after a group word (`各乡镇（含开发区）`, `县直各部门（含
下属事业单位）`) adds to the group and is left to the group rules."""

from __future__ import annotations

import re

from .units import UnitResolver, list_head

# （含下属…）, （包括所属…）, （包含所辖…）, （连同其…）: what it includes said first
INCLUSION_BRACKET = re.compile(r"[(（]\s*(?:含|包含|包括|连同)[^()（）]{2,80}[)）]")


def without_what_the_units_include(text: str, resolver: UnitResolver) -> str:
    """``text`` less each bracket right after a roster unit's name that says what the unit includes."""
    return INCLUSION_BRACKET.sub(lambda m: "" if list_head(text[:m.start()], resolver) else m.group(), text)
