"""分别 pairing units with materials one to one: `县文旅局、县市场局分别于7月13日前报送本部门已备案民宿名录、已办理营业执照的民宿
经营户名录（Excel格式）` — each bureau sends its own list, so a unit's mail holds one file, in the format the bracket after the
list gives. Where the count of materials is not the count of units (`各乡镇分别报送统计表和总结`, `县教育局、县卫健局分别报送
方案、总结和台账`), each unit sends them all, as written. The same pairing said clause by clause: `县卫健局提供筛查名单（Excel），
县教育局提供残疾学生名单（Excel）` — each clause opens with its own unit and names one material, so each mail holds one file."""

from __future__ import annotations

import re

# 县文旅局、县市场局分别于…, 县市场局、县卫健局请于10月13日前，分别将…: two units or more, joined by 、, before 分别,
# their date (and a 请) between them and 分别 or not
UNITS_RESPECTIVELY = re.compile(r"(?P<who>(?:[^\s，,。；;:：、()（）]{2,15}、)+[^\s，,。；;:：、()（）]{2,15}?)"
                                r"(?:请?(?:于|在)(?:(?!分别)[^。；;]){1,30}?(?:前|止)\s*[,，]?\s*)?分别")
UNIT_END = re.compile(r"(?:局|委|办|中心|政府|镇|乡|院|所|站|社|部|队|会)$")


def one_each(text: str, names: list[str]) -> list[str]:
    """The names a unit sends: the list's last (which carries the list's format) when 分别 gives each unit one of them."""
    m = UNITS_RESPECTIVELY.search(text)
    if len(names) < 2:
        return names
    if not m:
        return names[:1] if _one_clause_each(text, names) else names
    units = m.group("who").split("、")
    if len(units) != len(names) or not all(UNIT_END.search(u) for u in units):
        return names
    if not all(text.find(n, m.end()) >= 0 for n in names):
        return names  # the materials are named before 分别: not what it pairs
    return names[-1:]


# 县卫健局提供…名单（Excel）: a clause opening with a unit and its verb of giving
UNIT_GIVES = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）])?(?P<who>[\u4e00-\u9fa5]{2,15}?)"
                        r"(?:负责)?(?:提供|报送|上报|提交|填报|填写)")


def _one_clause_each(text: str, names: list[str]) -> bool:
    """Each name in a clause of its own whose subject is a unit of its own (…局提供A，…局提供B)."""
    owners: dict[str, str] = {}
    for clause in re.split(r"[,，;；。]", text):
        m = UNIT_GIVES.match(clause)
        held = [n for n in names if n in clause]
        if m and UNIT_END.search(m.group("who")) and len(held) == 1:
            owners[held[0]] = m.group("who")
    return len(owners) == len(names) and len(set(owners.values())) == len(names)
