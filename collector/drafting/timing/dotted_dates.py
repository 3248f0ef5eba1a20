"""A date written as month and day parted by a dot, with its weekday in a bracket after it (`9.15（周二）16:00前`,
`9.22(星期二)前`), as a slide or a chat message writes it: the month and the day (`9月15日（周二）`), so the date readers
read it. Only with the weekday's bracket right after: a dotted number without one (`10.1后`, `增长9.15%`, `16.30前`, an hour)
stays as written, and so does a month over 12 or a day over 31."""

from __future__ import annotations

import re

# 9.15（周二）, 9.22(星期二): one or two digits, a dot, one or two digits, then the weekday alone in a bracket
DOTTED_DATE = re.compile(r"(?<![\d.])(?P<m>\d{1,2})\s*\.\s*(?P<d>\d{1,2})(?![\d.])"
                         r"(?=\s*[(（]\s*(?:星期|周|礼拜)\s*[一二三四五六日天1-7]\s*[)）])")


def _as_month_and_day(m: re.Match) -> str:
    month, day = int(m.group("m")), int(m.group("d"))
    return f"{month}月{day}日" if 1 <= month <= 12 and 1 <= day <= 31 else m.group()


def spelled_out(text: str) -> str:
    """Each dotted month.day with a weekday's bracket after it written as M月D日."""
    return DOTTED_DATE.sub(_as_month_and_day, text)
