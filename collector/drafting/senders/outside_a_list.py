"""Units a sentence names as the rest of a group beside a 附件's list: `附件1所列乡镇以外的其他乡镇于9月21日前报送…` is
every town and township the notice addresses but the ones the list names (`附件1所列乡镇` alone is the list)."""

from __future__ import annotations

import re

from .town_or_township import LOCAL

# 附件1所列乡镇以外的其他乡镇, 附件2名单之外的其余单位: the group, less the list
OUTSIDE_A_LIST = re.compile(r"附件\s*(?P<n>\d+)\s*(?:中|所列|列出|名单|所列名单)*的?(?:乡镇|单位|部门)?\s*(?:以外|之外)的?"
                            r"(?:其他|其余|其它|另外)?的?(?P<group>乡镇|单位|部门)")
GROUP_KINDS = {"乡镇": tuple(LOCAL), "部门": ("department", "institution"), "单位": None}


def units_outside_a_list(text: str, lists: dict, campaign_units: list[str], roster) -> list[str] | None:
    """The addressed units of the group ``text`` names as those outside a 附件's list, less that list's units; None when
    it names none, or no such list was read."""
    m = OUTSIDE_A_LIST.search(text)
    ul = lists.get(f"附件{m.group('n')}") if m else None
    if not ul:
        return None
    kinds = GROUP_KINDS[m.group("group")]
    return [n for n in campaign_units if n not in ul.names
            and (kinds is None or (roster.get(n) and roster.get(n).kind in kinds))]
