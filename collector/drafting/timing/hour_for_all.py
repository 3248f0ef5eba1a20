"""One hour said once for every date before it: `7月份工作动态于8月5日前、8月份工作动态于9月5日前、9月份工作动态于
10月8日前报送，截止时间均为当日17时` — each of the dates closes at 17时, not at the day's end. The 均 (都, 一律) makes the
hour every date's, where a clause without it (…。当日下午5时30分截止, deadlines.timed_after) is the one date's before it.
A note right under a table of bare dates says it of every row (`注：上表截止时间均为当日下午三时` under
`报送单位 | 报送材料 | 报送日期` rows of `十月九日（星期五）`)."""

from __future__ import annotations

import re

from .dates import LATEST, TIME, Deadline, clock_of
from ..reading.table_grids import NOTE_LABEL, table_top

ALL_AT_HOUR = re.compile(r"(?P<closing>截止|截至|报送)?(?:时间|时限|时刻)?(?:均|都|一律)(?:为|是|截至|截止到?|在)?\s*"
                         r"(?:当日|当天|该日|各该日)" + TIME + r"\s*(?P<by>截止|为止|止|前)?")

# 注：上表, 说明：表中所列, 以上表格: the clause's sentence opens pointing at the table right above it
THE_TABLE_ABOVE = re.compile(r"^\s*(?:上表|表中|表内|以上表格?|上述表格?)(?:中|内)?(?:所列)?"
                             r"(?:的)?(?:各项|各行|各单位|材料|报送)?\s*$")


def _closing_hour(sentence: str) -> re.Match | None:
    """The clause, when it says a closing (截止时间均为…, …均为当日17时前): 两次培训均为当日9时开始 is no deadline's hour."""
    m = ALL_AT_HOUR.search(sentence)
    return m if m and (m.group("closing") or m.group("by")) else None


def timed_for_all(sentences: list[str], dated: list[list[Deadline]]) -> None:
    """The dates without a time before such a clause, in its sentence, or in the sentence before when the clause
    opens a sentence of no date of its own (…于10月8日前报送。以上时间均为当日17时前。), get its hour."""
    for i, sentence in enumerate(sentences):
        m = _closing_hour(sentence)
        clock = clock_of(m)[0] if m else None
        if clock is None or clock == LATEST:
            continue
        before = [d for d in dated[i] if d.end <= m.start()]
        if not before and not dated[i] and i and not sentence[:m.start()].strip("以上述各项时间 "):
            before = dated[i - 1]
        elif not before and not dated[i] and i and "\t" in sentences[i - 1] \
                and THE_TABLE_ABOVE.match(NOTE_LABEL.sub("", sentence[:m.start()])):
            before = [d for k in range(table_top(sentences, i - 1), i) for d in dated[k]]
        for d in before:
            if d.due is not None and d.due.time() == LATEST and not d.text.endswith(("24时", "24点")):
                d.closes_at_the_hour_said_after(clock, m.group())
