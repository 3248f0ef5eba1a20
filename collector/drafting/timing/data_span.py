"""The end of the span a return's figures cover, said after its start: `统计时段为2642年1月1日至年末（12月31日）`,
`数据统计期间为1月1日至三季度末`. The start, right after the words naming the figures' period, is none of the notice's
deadlines (deadlines.DATA_PERIOD); an end the date reader does not join to it as one range (年末, 6月底, 三季度末) is
none either: it says up to when the figures run, not when they are sent."""

from __future__ import annotations

import re

from .dates import DATE

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
