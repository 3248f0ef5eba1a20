"""Some of a sentence's units given a day of their own in a bracket that closes it: `请上述单位于3月29日前将…清单（Excel格式）
发送至…（建昌县教育局因承担…任务，请于3月15日下午4点前单独提前报送）。` The bracket is an aside of the sentence: the units it
opens with send the sentence's paper, by the bracket's day and by no other. It is set apart as a sentence of its own
after the one it closes (`…发送至…。建昌县教育局因承担…任务，请于3月15日下午4点前单独提前报送。`), which the rules already
read so: the unit its topic (`senders/topic_units.py`), the paper the sentence's before it, the unit taken out of the
group's day (`later_groups.take_a_later_few_out_of_the_group`). A bracket naming no unit first (`（Excel格式，4月17日前）`,
a format's day), holding no day before which something is sent (`（县教育局只报送校舍项目）`), or closing a sentence of no
date, is left as written. A clause the sentence went on with after the bracket (`…）；资料不全的，…`) stays out of the aside:
a sentence of its own."""

from __future__ import annotations

import re

from ..heading.addresses import SUBMIT
from ..senders.units import UnitResolver, leading_unit
from ..timing.deadlines import DEADLINE_RE

# （…（星期一）…）right before the sentence's 。 / ；: a bracket closing a sentence, one bracket inside it at most
CLOSING_BRACKET = re.compile(r"[(（](?P<aside>(?:[^()（）\n]|[(（][^()（）\n]*[)）])+)[)）](?P<close>\s*[。；;]|$)", re.M)
# the aside's 其中 (（其中，县教育局请于…）): the units it names are some of the sentence's
OF_WHICH = re.compile(r"^\s*其中\s*[，,]?\s*")


def own_days_in_brackets_set_apart(body: str, resolver: UnitResolver) -> str:
    """``body`` with each closing bracket that gives units it opens with a day of their own set apart as a sentence."""
    def set_apart(m: re.Match) -> str:
        aside = OF_WHICH.sub("", m.group("aside"))
        opening = body[body.rfind("\n", 0, m.start()) + 1: m.start()]
        sentence = re.split(r"[。；;]", opening)[-1]
        if not (leading_unit(aside, resolver) and a_day_to_send_by(aside) and a_day_to_send_by(sentence)):
            return m.group()
        return f"。{aside}。"  # what a ； went on with is a sentence of its own: not the aside's

    return CLOSING_BRACKET.sub(set_apart, body)


def a_day_to_send_by(text: str) -> bool:
    """``text`` sends something (报送, 发送, …) and holds a day before which (…前, …止)."""
    return bool(SUBMIT.search(text)) and any(m.group("end") for m in DEADLINE_RE.finditer(text))
