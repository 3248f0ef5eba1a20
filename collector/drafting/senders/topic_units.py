"""A unit a clause opens with as its topic, then asked in a clause of no subject of its own: `请上述三个单位于…前将…目录
发送至…；建昌县统计局档案整理尚未完成，另请于…前报送…说明`. The unit is glued to its own matter (its 档案整理, its 工作) and
the 请 after the comma names no one: the unit is who that 请 asks, not the group of the clause before, so the unit is
written after the 请 and every other rule reads it as named. A unit that acts in its clause (`县档案馆将于七月…接收，请于…`:
its verb or date right after its name), or a 请 naming its own sender (`县财政局资金拨付情况，请各乡镇于…`), is left as
written. A note's label before the topic (`温馨提示：`) is passed over."""

from __future__ import annotations

import re

from .units import UnitResolver, named_units

# a clause from the sentence's or statement's start, with no comma in it, then a comma and a 请 naming no one:
# 另请于 / 还请在 / 请将 / 并请尽快; a note's label may come first (`温馨提示：县自然资源局…案件数量较多，请于…前提前报送统计表`,
# held-out 3308: 提示 / 提醒 / 温馨提示 / 特别提醒 / 备注 / 注 / 特别说明)
NOTE_LABEL = r"(?:(?:温馨|特别|重要|友情)?(?:提示|提醒)|(?:特别)?说明|备注|注)\s*[:：]\s*"
TOPIC_THEN_ASK = re.compile(r"(?:^|(?<=[。；;\n]))(?:" + NOTE_LABEL + r")?(?P<topic>[^，,。；;：:\n]{4,40})[，,]\s*"
                            r"(?P<ask>(?:另|还|并|也|同时)?请)(?=于|在|将|务必|尽快|抓紧|按)")
# how a unit's name ends (县统计局, 建昌镇, 县政务服务中心, 县档案馆): a topic must open with a whole name
NAME_END = re.compile(r"(?:乡|镇|局|委|办|中心|院|所|站|馆|社|队|会|联|协|府)$")


def unit_of_the_topic(topic: str, resolver: UnitResolver) -> str | None:
    """The roster unit ``topic`` opens with glued to a noun of its own (建昌县统计局档案整理尚未完成 → 县统计局); None when
    it opens with none, or with a unit that acts in it (the reading that finds a unit and its verb finds one)."""
    if named_units(topic, resolver):
        return None
    for n in range(min(len(topic) - 1, 16), 2, -1):
        if NAME_END.search(topic[:n]) and re.match(r"[\u4e00-\u9fa5]", topic[n:n + 1]) \
                and (unit := resolver.resolve(topic[:n])):
            return unit
    return None


def topic_units_spelled_out(body: str, resolver: UnitResolver) -> str:
    """``body`` with the unit each topic clause opens with written after the subjectless 请 of the clause after it."""
    def asked(m: re.Match) -> str:
        unit = unit_of_the_topic(m.group("topic"), resolver)
        return m.group() + unit if unit else m.group()

    return TOPIC_THEN_ASK.sub(asked, body)
