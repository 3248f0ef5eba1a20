"""The end of the span a return's figures cover, said after its start: `统计时段为2642年1月1日至年末（12月31日）`,
`数据统计期间为1月1日至三季度末`. The start, right after the words naming the figures' period, is none of the notice's
deadlines (deadlines.DATA_PERIOD); an end the date reader does not join to it as one range (年末, 6月底, 三季度末) is
none either: it says up to when the figures run, not when they are sent."""

from __future__ import annotations

import datetime as dt
import re

from .dates import DATE, TO, Deadline

# 统计时段为2642年1月1日至 / 数据统计期间：1月1日— : a data period opened, its end to come
DATA_SPAN_OPENED = re.compile(r"(?:统计|数据)\S{0,4}(?:时间|时段|期间|区间|周期|范围)\s*(?:为|是|[:：])?\s*" + DATE
                              + r"\s*(?:至|到|—|-|~|～)\s*$")


def ends_the_data_span(sentence: str, m: re.Match) -> bool:
    """The date or period end ``m`` closes a data period whose start the words before it give."""
    return bool(DATA_SPAN_OPENED.search(sentence[:m.start()]))


# 报送截至9月30日的《…监测表》: 截至, the date, then 的 — the figures' date (an attribute of what is sent), however a
# sending verb stands before 截至 (报送时间截至7月4日, nothing after, ends the sending)
AS_OF_THE_DAY = re.compile(r"截至\s*$")
ATTRIBUTE_AFTER = re.compile(r"\s*(?:[(（][^()（）]{1,12}[)）])?\s*的")


def as_of_what_is_sent(sentence: str, m: re.Match) -> bool:
    """截至 ``m`` 的…: the date the figures or things sent are taken as of, not when they are sent."""
    return bool(AS_OF_THE_DAY.search(sentence[max(0, m.start() - 4): m.start()])
                and ATTRIBUTE_AFTER.match(sentence, m.end()))


# 1月1日至 / 3105年1月1日— : a span of days opened right before the date that ends it
SPAN_OPENED = re.compile(r"日\s*(?:[(（][^()（）\d]{1,8}[)）])?\s*" + TO + r"\s*$")
# 3105年1月1日至3105年12月31日: the start, its end (with a year of its own) a date after it
SPAN_GOES_ON = re.compile(r"\s*" + TO + r"\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日")


def over_before_the_notice(m: re.Match, read: Deadline, notice_date: dt.date | None) -> bool:
    """监测期为3105年1月1日至12月31日 in a notice of 3106年1月5日: a span of days (no 前 or 止 and no hour after it) over
    before the notice is issued is the span the figures cover; nothing can be sent by its end, nor by its start."""
    in_a_span = m.group("d2") or SPAN_OPENED.search(m.string[:m.start()]) or SPAN_GOES_ON.match(m.string, m.end())
    return bool(notice_date and read.due and in_a_span and not m.group("end") and not m.group("h")
                and read.due.date() < notice_date)
