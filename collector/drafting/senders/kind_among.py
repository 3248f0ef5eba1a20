"""The 乡 (or the 镇) among a group the sentence names: `上述试点乡镇中的各乡…另需报送…` is the townships of those five
towns and townships, not every township of the county and not all five. The group is read as every other rule reads it;
this keeps its units of the kind said after 中的."""

from __future__ import annotations

import re

# 上述试点乡镇中的各乡 (or its towns written out, 汤神庙镇、新开岭乡中的各乡), 以上乡镇中镇: then 乡 / 镇 alone (not 乡镇,
# 乡村, 镇政府)
AMONG = re.compile(r"(?:中的|乡镇中)\s*(?:各|所有)?(?P<kind>乡|镇)(?![乡镇村政区街])")
KINDS = {"乡": "township", "镇": "town"}


def of_the_kind_among(text: str, units: list[str], roster) -> list[str]:
    """``units`` less those not of the kind ``text`` picks among them (…中的各乡: the townships), when some are left."""
    m = AMONG.search(text)
    if not m:
        return units
    kept = [u for u in units if getattr(roster.get(u), "kind", "") == KINDS[m.group("kind")]]
    return kept or units
