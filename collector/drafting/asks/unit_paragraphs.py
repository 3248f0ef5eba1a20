"""Paragraphs each headed by its unit and a colon (`建昌县自然资源局：请于五月二十二日…前报送…说明（Word格式）。` /
`建昌县林业和草原局：请于五月二十二日…前报送…说明（Word格式）。`): each paragraph is a row of a table written out, its
head the unit cell. Two such paragraphs asking the same paper (the same title and parts) on the same day are one
requirement, each unit's share of it, as rows of one paper and day are (row_shares; held-out 3387). A paragraph asking
another paper, or the same on another day, stays its own; so do sentences merely opening with their unit (no colon)."""

from __future__ import annotations

import re

from ..requirements import DraftRequirement, same_paper_and_day
from ..senders.units import UnitResolver

# 建昌县自然资源局：, 县教育局、县卫健局：: the paragraph's head, up to its colon, before what it asks
HEAD = re.compile(r"^\s*(?P<head>[^：:，,。；;（()）\s]{2,40})[:：]")


def paragraphs_of_one_paper_joined(requirements: list[DraftRequirement], resolver: UnitResolver) -> None:
    """Join the requirements read from unit-headed paragraphs that ask the same paper on the same day (the first keeps
    its place and id, the units of the others added)."""
    kept: list[DraftRequirement] = []
    for r in requirements:
        same = next((q for q in kept if _headed_by_its_units(q, resolver) and same_paper_and_day(q, r)), None)
        if same is not None and _headed_by_its_units(r, resolver):
            same.units += [u for u in r.units if u not in same.units]
            continue
        kept.append(r)
    requirements[:] = kept


def _headed_by_its_units(r: DraftRequirement, resolver: UnitResolver) -> bool:
    head = HEAD.match(r.said or r.description or "")
    names = head.group("head").split("、") if head else []  # not at 和: 县林业和草原局 is one name
    return bool(r.units) and bool(names) and all(resolver.resolve(n) for n in names)
