"""A group the body makes of units it names, then speaks to by the group's name: `确定二道湾子乡、素珠营子乡、魏家岭乡为
2525年度创建重点乡` and later `各重点乡请于6月8日前…`. Each later mention is spelled out as those units (an unsettled line
says so), so every other rule reads them as named; 各重点乡 is neither every addressee nor, as `各示范乡镇`, every town. A
list that is not all roster units, or a group name the body never makes, is left as written."""

from __future__ import annotations

import re

from .members_in_brackets import roster_members
from .units import UnitResolver

# 确定A、B、C为2525年度创建重点乡 / 选定A和B作为示范乡镇: the group's name is the two characters before its noun
CHOSEN = re.compile(r"(?:确定|选定|遴选|选取|评定|认定)(?P<who>[^。；;，,：:（(\n]{2,80}?)(?:为|作为)"
                    r"(?P<what>[^。；;，,、\n]{0,16}?)(?P<term>[\u4e00-\u9fa5]{2}(?:乡镇|乡|镇|单位|部门))(?=[。；;，,)）\n]|$)")


def groups_chosen(body: str, resolver: UnitResolver) -> list[tuple[re.Match, list[str]]]:
    """Each 确定…为…X乡 of the body with its units, when every piece of the list is a roster unit."""
    found = []
    for m in CHOSEN.finditer(body):
        if units := roster_members(m.group("who"), resolver):
            found.append((m, units))
    return found


def chosen_groups_spelled_out(body: str, resolver: UnitResolver, unsettled: list[str]) -> str:
    """``body`` with each later `各X乡` / `上述X乡` / `X乡` of a group it chose written as the group's units."""
    for m, units in reversed(groups_chosen(body, resolver)):
        term = m.group("term")
        mention = re.compile(rf"(?:各|上述|以上|这些)?(?:[一二两三四五六七八九十\d]{{1,2}}个)?{re.escape(term)}(?![乡镇村])")
        tail = body[m.end():]
        if not mention.search(tail):
            continue
        unsettled.append(f"“{term}”读作通知确定的{'、'.join(units)}，请核对")
        body = body[:m.end()] + mention.sub("、".join(units), tail)
    return body
