"""An hour written in four digits, as military and duty staff write it (`6月11日（星期五）1700前`, `0830前`): right after a
day and before 前 / 止 / 截止, the digits are the hour and its minutes (17:00), not a year or a count. Written back with a
colon (`6月11日1700前` → `6月11日17:00前`), a time the date readers know. Four digits elsewhere stay as written: a range
of a patrol's hours (`6月21日0830—1130`) is no deadline, and `当日1800前` names no day."""

from __future__ import annotations

import re

# 11日1700前, 11日（星期五）1700前, 11号 0830之前: a day's number, its weekday's bracket, then HHMM before the 前
FOUR_DIGIT_HOUR = re.compile(r"(?P<day>(?:\d|[一二三四五六七八九十])\s*[日号]\s*(?:[(（][^()（）\d]{1,10}[)）])?\s*)"
                             r"(?P<h>[01]\d|2[0-3])(?P<min>[0-5]\d)(?=\s*(?:之前|以前|前|截止|止|为止))")


def with_colons(text: str) -> str:
    """Each four-digit hour after a day and before 前 written as HH:MM."""
    return FOUR_DIGIT_HOUR.sub(lambda m: f"{m.group('day')}{m.group('h')}:{m.group('min')}", text)
