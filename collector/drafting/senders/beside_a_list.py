"""Units named beside a 附件's list in one subject: `请附件1所列乡镇和县文旅局认真组织排查…` asks the towns of the list
and 县文旅局 (a bureau no list of towns holds), so the names joined to the list's phrase by 和 / 及 / 与 / 、 send with it.
Only names right after the phrase count: a unit said elsewhere in the sentence (`县文旅局监管的景区`, `报送县应急局`) is
none of the senders."""

from __future__ import annotations

import re
from typing import Callable

# reads the unit a text starts with and where its name ends: (None, 0) where it starts with none (units.py gives it)
LeadingUnit = Callable[[str], "tuple[str | None, int]"]

# 附件1所列乡镇和, 附件2中所列单位及, 附件1名单中的乡镇、: the list's phrase, then a joiner
LIST_AND = re.compile(r"附件\s*(?P<n>\d+)\s*(?:中|名单中?)?(?:所列|列出|中)的?[\u4e00-\u9fa5]{0,4}?"
                      r"(?:乡镇|单位|部门|镇|乡|村|企业|学校)?\s*(?:以及|和|及|与|、)\s*")
JOINER = re.compile(r"\s*(?:以及|和|及|与|、)\s*")


def units_beside_the_list(text: str, number: str, leading_unit: LeadingUnit) -> list[str]:
    """The roster units joined to the phrase of 附件``number``'s list, in the order written."""
    out: list[str] = []
    for m in (m for m in LIST_AND.finditer(text) if m.group("n") == number):
        out += [u for u in _names_joined(text[m.end():], leading_unit) if u not in out]
    return out


def _names_joined(text: str, leading_unit: LeadingUnit) -> list[str]:
    """县文旅局、县水利局认真… → the run of unit names at the start, joined by 、 / 和 / 及 / 与."""
    names: list[str] = []
    while True:
        unit, end = leading_unit(text)
        if not unit:
            return names
        names.append(unit)
        joined = JOINER.match(text, end)
        if not joined:
            return names
        text = text[joined.end():]


# 八家子经济开发区和附件所列乡镇: the names of one clause, a joiner, then the list's phrase (numbered or not)
AND_LIST = re.compile(r"(?P<before>[^，,。；;:：()（）]{2,60}?)\s*(?:以及|和|及|与|、)\s*附件\s*\d*\s*(?:中|名单中?)?(?:所列|列出)")


def units_before_the_list(text: str, named: Callable[[str], list[str]]) -> list[str]:
    """The units named right before a 附件's list phrase and joined to it (`八家子经济开发区和附件所列乡镇于…`): they send
    with the list; a unit said elsewhere in the sentence (`报送县住建局`) is none of them."""
    out: list[str] = []
    for m in AND_LIST.finditer(text):
        out += [u for u in named(m.group("before")) if u not in out]
    return out
