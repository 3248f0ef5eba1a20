"""A weekday written with an Arabic digit in the bracket after a date (`3月13日（星期3）下午5时前`, `（周5）`, `（礼拜1）`),
as some type it: the digit is the weekday (1 Monday … 6 Saturday, 7 Sunday), spelled out as 星期三 so the date's
bracket is skipped like any weekday's and the hour after it is read. Only right after a day: `（第3周）`, `（共3天）` and a
digit bracket anywhere else stay as written."""

from __future__ import annotations

import re

from .dates import WEEKDAYS

# 13日（星期3）, 13号(周5): a day's number, then the weekday word and one digit 1–7 alone in the bracket
DIGIT_WEEKDAY = re.compile(r"(?P<day>\d\s*[日号]\s*[(（]\s*)(?P<word>星期|周|礼拜)\s*(?P<n>[1-7])(?=\s*[)）])")


def spelled_out(text: str) -> str:
    return DIGIT_WEEKDAY.sub(lambda m: f"{m.group('day')}{m.group('word')}{WEEKDAYS[int(m.group('n')) - 1]}", text)
