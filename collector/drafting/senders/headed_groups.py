"""A group a section of the notice is headed by and lists under its heading, then asks by that name: `一、试点单位` over
`汤神庙镇人民政府、玲珑塔镇人民政府、建昌县民政局。` (or `试点单位：A、B、C。` on one line), and later `请试点单位于3月25日前…`.
Each later mention of the group (`试点单位`, `各试点单位`, `上述试点单位`) is spelled out as the units its list names (an
unsettled line says so, unless the section is the body's scope, `二、报送单位`, which the salutation's line asks about), so
every other rule reads them as named. A list with a piece that is no roster unit (`一、试点内容` over `时间银行积分、兑换
规则。`), a heading that is more than the group's name (`一、试点单位及报送要求`), a
name labelling several lists (`牵头单位：…` under each task), or a group never said again below its list is left as written."""

from __future__ import annotations

import re

from .members_in_brackets import roster_members
from .requirement_units import units_in_scope
from .units import UnitResolver

# 一、试点单位 / （二）责任单位 / 2．牵头部门 on a line of its own, its list on the next line to the first 。; or the name,
# a colon and the list on one line
_NUMBERED = r"(?:[一二三四五六七八九十]{1,3}[、．.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、．.])"
TERM = r"(?P<term>[\u4e00-\u9fa5]{1,6}?(?:单位|乡镇|部门))"
HEADED_LIST = re.compile(rf"^[ \t\u3000]*{_NUMBERED}[ \t\u3000]*{TERM}[ \t\u3000]*[：:]?[ \t\u3000]*\n"
                         rf"[ \t\u3000]*(?P<who>[^\n。；;：:]{{2,200}}?)[。；;]", re.M)
LABELLED_LIST = re.compile(rf"^[ \t\u3000]*{_NUMBERED}?[ \t\u3000]*{TERM}[ \t\u3000]*[：:][ \t\u3000]*"
                           rf"(?P<who>[^\n。；;：:]{{2,200}}?)[。；;]", re.M)
# a word that names every unit of a kind or a unit's part, no group of the notice's making (各单位, 有关单位, 县直部门)
NOT_A_GROUP = re.compile(r"^(?:各|有关|相关|上述|以上|县直|县直各|本|其他|其余)?(?:单位|乡镇|部门)$")


def groups_headed(text: str, resolver: UnitResolver) -> list[tuple[str, str, list[str]]]:
    """(the group's name, its list as written, its units) for each heading or label of ``text`` naming a group whose
    list, up to its first 。, is all roster units."""
    found = []
    for m in [*HEADED_LIST.finditer(text), *LABELLED_LIST.finditer(text)]:
        if NOT_A_GROUP.match(m.group("term")):
            continue
        if len(re.findall(re.escape(m.group("term")) + r"[ \t\u3000]*(?:[：:]|\n)", text)) > 1:
            continue  # 牵头单位：县交通局 under one task, 牵头单位：县人社局 under the next: each task's own, no one group
        if units := roster_members(m.group("who"), resolver):
            found.append((m.group("term"), m.group("who").strip(), units))
    return found


def headed_groups_spelled_out(body: str, resolver: UnitResolver, unsettled: list[str]) -> str:
    """``body`` with each mention of a headed group after its list written as the group's units."""
    for term, who, units in groups_headed(body, resolver):
        at = body.find(who)
        mention = re.compile(rf"(?:各|上述|以上|这些)?{re.escape(term)}(?!名单|名录|[：:])")
        tail = body[at + len(who):]
        if at < 0 or not mention.search(tail):
            continue
        if set(units) != set(units_in_scope(body, resolver)):  # 二、报送单位 over its list: the scope, asked of already
            unsettled.append(f"“{term}”读作通知所列{'、'.join(units)}，请核对")
        body = body[:at + len(who)] + mention.sub("、".join(units), tail)
    return body
