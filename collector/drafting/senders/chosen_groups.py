"""A group the body makes of units it names, then speaks to by the group's name: `确定二道湾子乡、素珠营子乡、魏家岭乡为
2525年度创建重点乡` and later `各重点乡请于6月8日前…`. Each later mention is spelled out as those units (an unsettled line
says so), so every other rule reads them as named; 各重点乡 is neither every addressee nor, as `各示范乡镇`, every town. A
list that is not all roster units, or a group name the body never makes, is left as written.
A group may also be made by what befell its units: `A、B…等5个乡镇山杏花期受冻较重，其余乡镇受冻较轻` and later
`受冻较重的乡镇要…` — the units whose description ends in the words before 的 (not 受冻较轻的乡镇: the others).
A group chosen of every unit the salutation names (确定上述单位为…试点单位) is spelled out too, with no question: the
notice says it itself."""

from __future__ import annotations

import re

from collector.numerals import COUNT, cn_int

from .members_in_brackets import roster_members
from .unit_refs import units_named_before
from .units import UnitResolver

# 确定A、B、C为2525年度创建重点乡 / 选定A和B作为示范乡镇: the group's name is the two characters before its noun
CHOSEN = re.compile(r"(?:确定|选定|遴选|选取|评定|认定)(?P<who>[^。；;，,：:（(\n]{2,80}?)(?:为|作为)"
                    r"(?P<what>[^。；;，,、\n]{0,16}?)(?P<term>[\u4e00-\u9fa5]{2}(?:乡镇|乡|镇|单位|部门))(?=[。；;，,)）\n]|$)")


def groups_chosen(body: str, resolver: UnitResolver, addressed: list[str] = ()) -> list[tuple[re.Match, list[str]]]:
    """Each 确定…为…X乡 of the body with its units, when every piece of the list is a roster unit, or the list is said
    back by a pointer (确定上述7个乡为…监测乡) to units named before."""
    found = []
    for m in CHOSEN.finditer(body):
        if units := roster_members(m.group("who"), resolver) or _pointed_back(m.group("who"), body[: m.start()],
                                                                               resolver, addressed):
            found.append((m, units))
    return found


# 今年我县确定上述7个乡为饮水型氟中毒监测乡: the members said back, the salutation's seven townships named one by one
POINTED_BACK = re.compile(r"(?:上述|以上|前述)(?:" + COUNT + r")?个?(?:乡镇|乡|镇|单位|部门)")


def _pointed_back(who: str, before: str, resolver: UnitResolver, addressed: list[str]) -> list[str]:
    """The units a 上述7个乡 choosing a group points back to (an earlier sentence's, else the salutation's ``addressed``
    of that kind, as many as it counts); none for words that are not such a pointer alone."""
    if not POINTED_BACK.fullmatch(who.strip()):
        return []
    return units_named_before(who.strip(), [s for s in re.split(r"[。；;\n]", before) if s.strip()], resolver,
                              list(addressed))


def chosen_groups_spelled_out(body: str, resolver: UnitResolver, unsettled: list[str], addressed: list[str] = ()) -> str:
    """``body`` with each later `各X乡` / `上述X乡` / `X乡` of a group it chose written as the group's units (``addressed``:
    the units the salutation names one by one, for a group chosen as 上述7个乡)."""
    for m, units in reversed(groups_chosen(body, resolver, addressed)):
        term = m.group("term")
        mention = re.compile(rf"(?:各|上述|以上|这些)?(?:[一二两三四五六七八九十\d]{{1,2}}个)?{re.escape(term)}(?![乡镇村])")
        tail = body[m.end():]
        if not mention.search(tail):
            continue
        if not every_addressee(units, addressed):
            unsettled.append(f"“{term}”读作通知确定的{'、'.join(units)}，请核对")
        body = body[:m.end()] + mention.sub("、".join(units), tail)
    return body


def every_addressee(units: list[str], addressed: list[str]) -> bool:
    """The group chosen is every unit the salutation names (确定上述单位为…试点单位, the salutation's eight): its later
    mentions (各试点单位) are the campaign's units, which the notice itself says, so no question is asked; a group of some
    of them (确定上述4个乡为…监测乡 among bureaus, 确定A、B为重点乡 of five) is still asked about."""
    return bool(addressed) and set(units) == set(addressed)


# 喇嘛洞镇、…、谷杖子乡等5个乡镇山杏花期受冻较重: a counted list, then what is so of them, to the clause's end
DESCRIBED = re.compile(r"(?:^|(?<=[，,。；;：:\n]))(?P<who>[^。；;，,：:（(\n]{2,200}?)等\s*(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})"
                       r"个(?P<noun>乡镇|乡|镇|单位|部门)(?P<what>[\u4e00-\u9fa5]{2,20})(?=[，,。；;]|$)")


def described_groups_spelled_out(body: str, resolver: UnitResolver, unsettled: list[str]) -> str:
    """``body`` with each later `<the description's last words>的X` (受冻较重的乡镇) of a counted list written as its units,
    when the count is the list's."""
    for m in reversed(list(DESCRIBED.finditer(body))):
        units = roster_members(m.group("who"), resolver)
        if not units or len(units) != cn_int(m.group("n")):
            continue
        what, noun, tail = m.group("what"), m.group("noun"), body[m.end():]
        for k in range(len(what) - 1):  # the longest ending of the description said before 的 that is said later
            # said from a clause's start (or after 请): not the end of another description (未完成整改的乡镇)
            mention = re.compile(rf"(?:(?<![\u4e00-\u9fa5])|(?<=请))(?:上述|以上|这些)?{re.escape(what[k:])}的(?:各|这些|上述)?"
                                 rf"(?:{noun}|{_SAME_KINDS[noun]})(?![乡镇村])")
            if mention.search(tail):
                unsettled.append(f"“{what[k:]}的{noun}”读作通知所列{'、'.join(units)}，请核对")
                body = body[:m.end()] + mention.sub("、".join(units), tail)
                break
    return body


_SAME_KINDS = {"乡镇": "乡镇", "乡": "乡镇", "镇": "乡镇", "单位": "单位", "部门": "部门"}
