"""A deadline counted from the one of the materials "above": `二、县税务局于上述乡镇材料报送截止之日后5个工作日内…` (上述 /
前述 / 以上, then whose materials). No sentence names 上述乡镇材料 word for word; the day is the deadline of the nearest
sentence before that sends by a date and names the senders the words give (乡镇: 附件所列乡镇于10月10日前…), or, when
the words give none (上述材料), of the nearest sentence before that sends by a date."""

from __future__ import annotations

import datetime as dt
import re

from .dates import Deadline
from .events import AFTER_DEADLINE_RE, counted_from

# 上述乡镇材料, 前述各单位材料, 以上材料: the anaphor, whose, then the materials
THOSE_ABOVE = re.compile(r"^(?:上述|前述|以上|上列)(?P<who>[\u4e00-\u9fa5]{0,8}?)(?:报送)?(?:的)?(?:材料|资料|报表|数据)?$")


def counted_from_those_above(sentences: list[str], dated: list[list[Deadline]]) -> dict[str, dt.date]:
    """The day each 上述X材料 (key 上述X材料截止, as events.counted_from says it) is due, for find_deadlines to count from."""
    out: dict[str, dt.date] = {}
    for i, sentence in enumerate(sentences):
        for m in AFTER_DEADLINE_RE.finditer(sentence):
            what = counted_from(m)
            if not (above := THOSE_ABOVE.match(what)):
                continue
            who = re.sub(r"^各", "", above.group("who"))
            due = next((d.due for s, ds in zip(reversed(sentences[:i]), reversed(dated[:i])) if who in s
                        for d in ds if d.due and not d.recurring and not d.superseded), None)
            if due:
                out.setdefault(what + "截止", due.date())
    return out


def without_the_material_counted_from(segment: str, deadline: Deadline) -> str:
    """The segment with a counted deadline's words (于上述乡镇材料报送截止之日后5个工作日内) said without the material it
    counts from, which is another requirement's, not one sent here."""
    m = AFTER_DEADLINE_RE.fullmatch("于" + deadline.text, 1)  # its look-behind wants the 于 it stood after
    if not m or deadline.due is None:
        return segment
    return segment.replace(deadline.text, deadline.text.replace(m.group("what"), "", 1), 1)


def without_the_deadline_counted_from(segment: str, deadline: Deadline) -> str:
    """The segment without a counted deadline's words (自自查报告报送截止之日起十日内): the 报送 they name is the other
    requirement's, so only the words after them say whether anything is sent by this one (…，县生态环境局将…进行抽查:
    nothing)."""
    if not AFTER_DEADLINE_RE.fullmatch("于" + deadline.text, 1):  # its look-behind wants the 于 it stood after
        return segment
    return segment.replace(deadline.text, "", 1)
