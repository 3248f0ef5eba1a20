"""A day's hour written first, its date in the bracket after it: `请于下午3时前（3月16日，星期二）报送` (held-out 2542),
`16:00前（9月5日）`. The hour is that day's: the pair is written out as the date, its weekday's bracket, then the hour
(`3月16日（星期二）下午3时前`), as a notice writes it the usual way round, and read as any. Only a bracket holding nothing
but a date (with its weekday); one saying more (`下午3时前（3月16日起每天）`, `（3月16日前已报的除外）`) stays as written, and
so does an hour already after a date (`3月15日下午3时前（3月16日）` is no hour waiting for its day). The mirror of
hour_in_the_days_bracket (`3月16日（星期二，下午3时前）`)."""

from __future__ import annotations

import re

from .hour_in_the_days_bracket import BY, HOUR

# 3月16日, 2928年3月16日, 三月十六日, 16号: the date alone in the bracket
DATE = (r"(?P<date>(?:(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*)?"
        r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])")
WEEKDAY = r"(?:\s*[,，、;；]?\s*(?P<wd>(?:星期|周|礼拜)[一二三四五六日天]))"
# the hour not already after a date or another figure (3月15日下午3时前（…） has its day), nor read from inside
# one (the 3时 of 下午3时, the 3:00 of 13:00)
HOUR_BEFORE_ITS_DATE = re.compile(r"(?<![\d日号月年午上下晚早:：])" + HOUR + BY + r"\s*(?P<open>[(（])\s*" + DATE + WEEKDAY + "?"
                                  + r"\s*(?P<close>[)）])")


def _written_out(m: re.Match) -> str:
    weekday = f"{m.group('open')}{m.group('wd')}{m.group('close')}" if m.group("wd") else ""
    return f"{m.group('date')}{weekday}{m.group('hour')}{m.group('by') or ''}"


def spelled_out(text: str) -> str:
    """Each hour with its date in the bracket after it written out as the date, its weekday's bracket, then the hour."""
    return HOUR_BEFORE_ITS_DATE.sub(_written_out, text)
