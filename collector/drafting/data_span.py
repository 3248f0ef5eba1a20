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
