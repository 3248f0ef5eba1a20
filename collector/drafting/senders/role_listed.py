"""A group the notice names by its role and says elsewhere which units it is: `请各项目实施单位于…报送…。项目实施单位名单见
附件1。` (the units of that annex's list), or `请承担积案化解任务的单位于…报送…。承担化解任务的单位：建昌镇、…、县人社局。`
(the units after the colon). Found by the lead probing ordinary shapes by hand: the role matched no unit, so the
requirement was left with none."""

from __future__ import annotations

import re

from .units import UnitList

# 项目实施单位名单见附件1, 参评单位详见附件2, 试点乡镇名单附后（附件1）: the role, then the annex its list is in
LISTED_IN_AN_ANNEX = re.compile(r"(?P<term>[\u4e00-\u9fa5]{2,10}?(?:单位|乡镇|部门))(?:名单|名录)?\s*(?:详见|见|附后\s*[(（]?)\s*"
                                r"附件\s*(?P<n>\d{1,2})")
# 承担化解任务的单位：建昌镇、汤神庙镇、县住建局。 / …的单位为：…: a sentence opening with the role, its units after the colon
LISTED_AFTER_A_COLON = re.compile(r"^\s*(?P<term>[\u4e00-\u9fa5]{2,16}?的(?:单位|乡镇|部门))(?:名单)?\s*(?:为|是|包括)?\s*[:：]"
                                  r"\s*(?P<who>[^。；;:：\n]{2,300})")
# the words a role may carry beside its shorter form: 承担积案化解任务的单位 is the 承担化解任务的单位 defined
SLACK = 4


def units_of_the_role_listed(text: str, sentences: list[str], lists: dict[str, UnitList]) -> str:
    """The units the notice gives for a role ``text`` names, written out for the unit rules (`建昌镇、汤神庙镇、县水利局。`);
    "" when no sentence says who that role is."""
    for sentence in sentences:
        for m in LISTED_IN_AN_ANNEX.finditer(sentence):
            if m.group("term") in text and (ul := lists.get(f"附件{m.group('n')}")) and ul.names:
                return "、".join(ul.names) + "。"
        if (m := LISTED_AFTER_A_COLON.match(sentence)) and sentence not in text and _said_in(m.group("term"), text):
            return m.group("who") + "。"
    return ""


def _said_in(term: str, text: str) -> bool:
    """``term`` stands in ``text``, whole or with a few words put in (承担化解任务的单位 in 请承担积案化解任务的单位于…)."""
    tail = term[-3:]
    for m in re.finditer(re.escape(tail), text):
        window = text[max(0, m.end() - len(term) - SLACK): m.end()]
        if _a_subsequence(term, window) and window.find(term[0]) >= 0:
            return True
    return False


def _a_subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(c in chars for c in short)
