"""A sending window said by its first and last days: `报送窗口首日为7月16日（星期一），窗口最后一天为7月18日（星期三），当天下午4时
关闭接收，请各乡镇在窗口期内报送` (held-out 2536). The first day opens the window and is no deadline, though 为 stands before
it as before a deadline (`截止时间为…`); the last day is, at the hour the clause after it closes the window (`当天下午4时关闭
接收`, read by deadlines.timed_after). Two real deadlines in one sentence (`首批于7月16日前报送，其余于7月18日前报送`) name no
first day and stay two."""

from __future__ import annotations

import re

# 首日为 / 第一天为 / 开始日期为 / 开放时间: the text right before the window's first day
OPENING_DAY = re.compile(r"(?:首日|第一天|第1天|头一天|起始日|开始日|开放日|开启日)期?\s*(?:为|是|[:：])?\s*$"
                         r"|(?:开始|起始|开启|开放)(?:时间|日期)\s*(?:为|是|[:：])?\s*$")
# 当天下午4时关闭接收, 当日17时停止接收: the window shut at the hour said for that day
CLOSED_AT = r"关闭|停止(?:接收|受理|报送|收件)"


def opens_the_window(sentence: str, m: re.Match) -> bool:
    """The date ``m`` (one day, no 前 / 止 and no span's end) said as a window's first day."""
    if m.groupdict().get("end") or m.groupdict().get("d2"):
        return False
    return bool(OPENING_DAY.search(sentence[max(0, m.start() - 10): m.start()]))
