"""A group the notice names by its role and points to an annex for (`请各项目实施单位于…报送…。项目实施单位名单见附件1。`):
the units of that annex's list. Found by the lead probing an ordinary shape by hand: the role matched no unit, so the
requirement was left with none."""

from __future__ import annotations

import re

from .units import UnitList

# 项目实施单位名单见附件1, 参评单位详见附件2, 试点乡镇名单附后（附件1）: the role, then the annex its list is in
LISTED_IN_AN_ANNEX = re.compile(r"(?P<term>[\u4e00-\u9fa5]{2,10}?(?:单位|乡镇|部门))(?:名单|名录)?\s*(?:详见|见|附后\s*[(（]?)\s*"
                                r"附件\s*(?P<n>\d{1,2})")


def units_of_the_role_listed(text: str, sentences: list[str], lists: dict[str, UnitList]) -> str:
    """The units of the annex list the notice points to for a role ``text`` names, written out for the unit rules
    (`建昌镇、汤神庙镇、县水利局。`); "" when no sentence points a role of ``text`` to a list."""
    for sentence in sentences:
        for m in LISTED_IN_AN_ANNEX.finditer(sentence):
            if m.group("term") in text and (ul := lists.get(f"附件{m.group('n')}")) and ul.names:
                return "、".join(ul.names) + "。"
    return ""
