"""Requirements a sentence sets with no date of its own, due with another: a material sent with one already
required (与…同步报送), another unit sending its own material too (；县公安局同时报送…)."""

from __future__ import annotations

import re

from . import sent_together
from ..timing.dates import Deadline
from .one_requirement import requirement_of_the_deadline
from ..requirements import DraftRequirement
from ..senders.units import named_units

# 填写《汇总表》，与办理情况报告同步报送: sent with another material, by its deadline
SENT_WITH = re.compile(r"[，,]?\s*与(?P<what>[^，,。；;]{2,20}?)(?:同步|同时|一并|一起)(?:报送|发送|上报|提交|报)")


def sent_with_another(sentence: str, deadlines: list[Deadline], found: list[DraftRequirement], context, paragraph,
                      resolver, lists, campaign_units, shared, unsettled) -> DraftRequirement | None:
    """A sentence with no date of its own that sends its material with one already required: a
    requirement of its own (its units, its material), due when that one is."""
    m = SENT_WITH.search(sentence)
    if deadlines or not m:
        return None
    other = sent_together.the_one_named(m.group("what"), found)  # 与第一轮检查记录表: that round's
    if other is None:
        return None
    deadline = Deadline(m.start(), m.end(), m.group().strip("，, "), other.due.replace(tzinfo=None),
                        f"期限“{m.group().strip('，, ')}”读作与“{other.title}”相同，请核对")
    segment = sentence[: m.start()] + sentence[m.end():]
    return requirement_of_the_deadline(deadline, segment, "", context, paragraph, resolver, lists, campaign_units,
                                       found, shared, unsettled)


# …请各乡镇于8月8日前报送巡查台账及工作总结；县公安局同时报送涉渔案件查处情况。: another unit's own material, due
# with the clause before it
ALSO_SENDS = re.compile(r"[；;]\s*(?P<who>[^，,；;。]{2,40}?)(?:要|须|需|应)?(?:同时|同步|一并|也|另)(?:要|须|需|应)?"
                        r"(?:报送|提交|上报|发送)(?P<what>[^；;。]{2,60})")


def another_unit_sends_too(sentence: str, deadlines: list[Deadline], found: list[DraftRequirement], paragraph,
                           resolver, lists, campaign_units, shared, unsettled) -> DraftRequirement | None:
    m = ALSO_SENDS.search(sentence)
    before = [d for d in deadlines if d.due and d.end <= (m.start() if m else 0)]
    if not m or not before or any(d.start >= m.start() for d in deadlines):
        return None
    units = named_units(m.group("who"), resolver)
    earlier = next((r for r in reversed(found) if r.due and r.due.replace(tzinfo=None) == before[-1].due), None)
    if not units or earlier is None or set(units) <= set(earlier.units):
        return None
    deadline = Deadline(m.start(), m.end(), before[-1].text, before[-1].due,
                        f"“{m.group().strip('；; ')}”读作{'、'.join(units)}的要求，期限与前一句相同，请核对")
    return requirement_of_the_deadline(deadline, m.group("who") + "报送" + m.group("what"), "", ("", ""), paragraph,
                                       resolver, lists, campaign_units, found, shared, unsettled)
