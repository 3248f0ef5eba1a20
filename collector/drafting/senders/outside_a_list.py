"""Units a sentence names as the rest of a group beside a 附件's list: `附件1所列乡镇以外的其他乡镇于9月21日前报送…` is
every town and township the notice addresses but the ones the list names (`附件1所列乡镇` alone is the list)."""

from __future__ import annotations

import re

from .town_or_township import LOCAL

# 附件1所列乡镇以外的其他乡镇, 附件2名单之外的其余单位: the group, less the list; 除附件所列乡镇外，其余各乡镇 (the
# 附件 unnumbered when the notice has one list, held-out 3131, its list the towns let off)
OUTSIDE_A_LIST = re.compile(r"附件\s*(?P<n>\d+)\s*(?:中|所列|列出|名单|所列名单)*的?(?:乡镇|单位|部门)?\s*(?:以外|之外)的?"
                            r"(?:其他|其余|其它|另外)?的?(?P<group>乡镇|单位|部门)"
                            r"|除\s*附件\s*(?P<m>\d*)\s*(?:中|所列|列出|名单|所列名单)*的?(?P<inner>乡镇|单位|部门)?\s*(?:以外|之外|外)"
                            r"(?:\s*[，,]?\s*(?:其他|其余|其它|另外)?的?各?(?P<rest>乡镇|单位|部门))?")
GROUP_KINDS = {"乡镇": tuple(LOCAL), "部门": ("department", "institution"), "单位": None}


def units_outside_a_list(text: str, lists: dict, campaign_units: list[str], roster) -> list[str] | None:
    """The addressed units of the group ``text`` names as those outside a 附件's list, less that list's units; None when
    it names none, or no such list was read."""
    m = OUTSIDE_A_LIST.search(text)
    group = m and (m.group("group") or m.group("rest") or m.group("inner"))  # 除附件所列乡镇外, the clause's 其余各乡镇 cut off
    ul = _the_list_named(m, lists) if group else None
    if not ul:
        return None
    kinds = GROUP_KINDS[group]
    return [n for n in campaign_units if n not in ul.names
            and (kinds is None or (roster.get(n) and roster.get(n).kind in kinds))]


def _the_list_named(m: re.Match, lists: dict):
    """The 附件 list the match names by its number, or the notice's only list for a bare 附件."""
    number = m.group("n") or m.group("m")
    if number:
        return lists.get(f"附件{number}")
    return next(iter(lists.values())) if len(lists) == 1 else None
