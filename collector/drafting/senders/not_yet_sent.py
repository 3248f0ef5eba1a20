"""Units a reminder asks by what they have not done: `请尚未报送的单位于5月11日前…补报` after a sentence telling who
has sent and who has not (`…已按时报送；建昌镇人民政府、建昌县交通运输局…尚未报送。`, held-out 3414) are the units that
sentence names as not yet sent, whatever the salutation says (`有关单位`). The units are the subjects of the clauses
before that say 尚未报送 (未按时报送, 仍未上报 …), or the names a clause lists after `尚未报送的单位有：`; those named
as sent (`已按时报送`) are not among them. With no earlier sentence naming them, the words point to no one here."""

from __future__ import annotations

import re

from .units import UnitResolver, named_units

# 尚未, 仍未, 至今未, 还未, 均未, 未, 没有, 逾期未; then 按时 / 按期 / 如期 / 及时 at most; then the sending verb
NOT_YET = r"(?:尚未|仍未|至今(?:仍|尚)?未|还未|均未|逾期未|没有|未)(?:按时|按期|如期|及时)?(?:报送|上报|提交|报回|反馈|报)"
# 请尚未报送的单位于…, 未按时上报的部门要…, 逾期未报的乡镇: the senders named by what they have not done
NOT_YET_SENT_GROUP = re.compile(NOT_YET + r"(?:材料|资料)?的?(?:各)?(?:单位|部门|乡镇)")
# A、B尚未报送 (a clause of its own): the names before the words
SUBJECTS_NOT_YET = re.compile(r"^(?P<who>[^，,。；;：:]{2,200}?)" + NOT_YET + r"\s*$")
# 尚未报送的单位有：A、B / 未报送单位为A、B: the names listed after the words
LISTED_NOT_YET = re.compile(NOT_YET + r"(?:材料|资料)?的?(?:单位|部门|乡镇)(?:有|为|是|包括)?\s*[:：]?\s*(?P<who>[^。；;]{2,300})")


def units_not_yet_sent(text: str, earlier: list[str], resolver: UnitResolver) -> list[str]:
    """The roster units the sentences of ``earlier`` name as not yet sent when ``text`` asks those who have not sent,
    or []."""
    if not NOT_YET_SENT_GROUP.search(text):
        return []
    names: list[str] = []
    for sentence in earlier:
        for who in _not_yet_sent_in(sentence):
            names += [n for n in named_units(who, resolver) if n not in names]
    return names


def _not_yet_sent_in(sentence: str) -> list[str]:
    """The words of ``sentence`` that name units as not yet sent: the subjects of its clauses ending in 尚未报送, and a
    list after 尚未报送的单位有：."""
    if listed := LISTED_NOT_YET.search(sentence):
        return [listed.group("who")]
    return [m.group("who") for c in re.split(r"[，,。；;]", sentence) if (m := SUBJECTS_NOT_YET.match(c.strip()))]
