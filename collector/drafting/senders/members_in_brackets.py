"""A group the body names once with its members in brackets: `县直有关部门（县教育局、县卫健局、县交通局）的执法执勤用车`.
Wherever else the notice says that group (the addressee `县直有关部门办公室`, the sender of `县直有关部门办公室请于…前`),
it means those units. A bracket that leaves units out (（县公安局除外）) or holds anything that is no roster unit
(（单位）, （含直属机构）, （以下简称…）) defines nothing."""

from __future__ import annotations

import re

from .units import UnitResolver

# 县直有关部门（…）, 有关单位（…）, 相关乡镇（…）: a group that says not which, then who in brackets; 县直涉农部门（…）:
# a group named by the field its members touch (涉农, 涉企, 涉水), then who
GROUP_WITH_MEMBERS = re.compile(r"(?P<term>(?:县直|县政府|县委)?各?(?:(?:有关|相关)(?:成员)?|涉[\u4e00-\u9fa5]{1,2}?)"
                                r"(?:单位|部门|乡镇))"
                                r"\s*[(（](?P<who>[^()（）]{3,200})[)）]")
# 和 parts two names only after a name's end (和尚房子乡 is one name)
MEMBER_SEPARATOR = re.compile(r"[、，,]|(?<=[乡镇局委办心院所站馆社])(?:和|及|与)")


def member_pieces(text: str) -> list[str]:
    """The names a list of units is made of (A、B和C), 和尚房子乡 kept whole."""
    return [p.strip() for p in MEMBER_SEPARATOR.split(text) if p.strip()]


def roster_members(text: str, resolver: UnitResolver) -> list[str]:
    """The units a list names when every piece of it is a roster unit, else none (（含直属机构）, （共5个）)."""
    members = [resolver.resolve(p) for p in member_pieces(text)]
    return list(dict.fromkeys(members)) if members and all(members) else []


def groups_with_members(body: str, resolver: UnitResolver) -> dict[str, list[str]]:
    """Each group word the body follows by a bracket of roster units only: the units, by the word as written."""
    out: dict[str, list[str]] = {}
    for m in GROUP_WITH_MEMBERS.finditer(body):
        if members := roster_members(m.group("who"), resolver):
            out.setdefault(m.group("term"), members)
    return out


def members_of_the_group_said(text: str, groups: dict[str, list[str]]) -> list[str]:
    """The members of every bracket-defined group ``text`` says (县直有关部门办公室 says 县直有关部门)."""
    return list(dict.fromkeys(n for term, members in groups.items() if term in text for n in members))
