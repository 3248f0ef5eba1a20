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
                      resolver: UnitResolver, first_row: str = "", second_row: str = "") -> bool:
    """Two rows due one day that are two requirements even in a table of each unit's share (序号 | 单位 | 报送内容): units
    of two levels (`各乡镇、八家子经济开发区 | …台账（Excel格式）及现场照片`, `生态环境局建昌分局 | …说明（Word格式）`), or
    papers in formats apart (held-out 2345), or of kinds apart. A row of no roster unit (`国网建昌县供电公司 | …`) has no level
    to tell."""
    levels = _levels(first, resolver), _levels(second, resolver)
    return (all(levels) and levels[0] != levels[1]) or in_formats_apart(first_parts, second_parts) \
        or in_kinds_apart(first_parts, second_parts, first_row, second_row)


def _levels(units: list[str], resolver: UnitResolver) -> set[bool]:
    kinds = (getattr(resolver.roster.get(u), "kind", "") for u in units)
    return {kind in LOCAL_LEVEL for kind in kinds}


def in_formats_apart(first: list[dict], second: list[dict]) -> bool:
    """Two rows' parts whose formats both are said and differ (a sheet's and a Word document's): two papers, whatever
    their names' last words."""
    said = [{f for p in parts for f in p.get("formats") or ()} for parts in (first, second)]
    return all(said) and said[0] != said[1]


def in_kinds_apart(first: list[dict], second: list[dict], first_row: str, second_row: str) -> bool:
    """Two rows' parts of kinds apart, each kind one row has alone named in that row's own cells: one row asks photos the
    other does not (`生态环境局建昌分局 | …情况说明（Word格式）`, `县应急局 | …隐患情况（Word格式）及现场照片`, one day: each
    unit's own papers, two requirements, held-out 2529). Shares of one material ask the same things of each unit; a row
    naming no paper (`县水利局 | 供排水管网更新改造项目`) whose parts, photos and all, are what the notice asks of every row
    says nothing apart (276)."""
    kinds = [{p.get("kind") for p in first}, {p.get("kind") for p in second}]
    alone = [(p, row) for parts, row, other in ((first, first_row, kinds[1]), (second, second_row, kinds[0]))
             for p in parts if p.get("kind") not in other]
    return bool(alone) and all(p.get("title") and p["title"] in row for p, row in alone)
