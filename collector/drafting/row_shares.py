"""Two rows of a 单位 | 报送材料 | 报送时间 table due the same day, each a unit with its paper: when are they one requirement
(each unit's share of one report) and when two? Two bureaus' papers of one kind (`县交通局 | …排查情况报告`, `县教育局 |
…检查情况报告`) are each bureau's report of one matter, one requirement (683). A county office's paper and the towns'
(`县住建局 | 灯组搭建结构安全检查方案`, `建昌镇、八家子镇 | 花灯制作及展出方案 | 同上`) are the work of two levels, two
requirements however alike their last words (held-out 2233). Nor are two papers of one kind in two formats shares of one
report (`县民政局 | …特困供养情况（Excel格式）`, `县财政局 | …预算安排情况（Word格式）`: a sheet and a Word document, held-out
2331)."""

from __future__ import annotations

from .town_or_township import LOCAL
from .units import UnitResolver

LOCAL_LEVEL = (*LOCAL, "zone")  # the towns, townships and the zone: the level below the county's offices


def shares_of_one_report(first: list[str], second: list[str], first_title: str, second_title: str,
                         resolver: UnitResolver) -> bool:
    """Whether two rows' papers, due one day, are their senders' shares of one report: papers of one kind (the same
    last two characters, 情况报告 / 情况报告) sent by units of one level (county offices both, or towns both)."""
    return first_title[-2:] == second_title[-2:] and _levels(first, resolver) == _levels(second, resolver)


def rows_of_two_kinds(first: list[str], second: list[str], first_parts: list[dict], second_parts: list[dict],
                      resolver: UnitResolver) -> bool:
    """Two rows due one day that are two requirements even in a table of each unit's share (序号 | 单位 | 报送内容): units
    of two levels (`各乡镇、八家子经济开发区 | …台账（Excel格式）及现场照片`, `生态环境局建昌分局 | …说明（Word格式）`), or
    papers in formats apart (held-out 2345). A row of no roster unit (`国网建昌县供电公司 | …`) has no level to tell."""
    levels = _levels(first, resolver), _levels(second, resolver)
    return (all(levels) and levels[0] != levels[1]) or in_formats_apart(first_parts, second_parts)


def _levels(units: list[str], resolver: UnitResolver) -> set[bool]:
    kinds = (getattr(resolver.roster.get(u), "kind", "") for u in units)
    return {kind in LOCAL_LEVEL for kind in kinds}


def in_formats_apart(first: list[dict], second: list[dict]) -> bool:
    """Two rows' parts whose formats both are said and differ (a sheet's and a Word document's): two papers, whatever
    their names' last words."""
    said = [{f for p in parts for f in p.get("formats") or ()} for parts in (first, second)]
    return all(said) and said[0] != said[1]
