"""Dates counted in the teaching weeks of a school calendar: `以开学当周（8月30日至9月5日）为第一教学周，依次顺延`,
then `第三教学周星期五前`, `第十教学周周五下午5时前`. A teaching week runs Monday to Sunday; the first is the week
of the date the notice gives, the N-th the N-th week on, and the weekday named in it is spelled out as its date
(`9月17日前`). The year is the one the defining sentence writes, else the notice's date line's; a notice defining
no first teaching week, or giving no year, is left as written (第三教学周 is then no date).
"""

from __future__ import annotations

import datetime as dt
import re

from collector.numerals import cn_int

from .dates import WEEKDAYS

# 以开学当周（8月30日至9月5日）为第一教学周: the first date before 为第一教学周 in the same sentence
FIRST_WEEK = re.compile(r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日[^。\n]{0,30}?为\s*第\s*[一1]\s*教学周")
YEAR = re.compile(r"(?P<y>\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
NTH_WEEKDAY = re.compile(r"第\s*(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})\s*教学周\s*(?:的)?\s*"
                         rf"(?:星期|周|礼拜)(?P<w>[{WEEKDAYS}天])")


def spelled_out(text: str) -> str:
    first = FIRST_WEEK.search(text)
    if not first:
        return text
    year = _year_near(text, first)
    if year is None:
        return text
    try:
        start = dt.date(year, int(first.group("m")), int(first.group("d")))
    except ValueError:
        return text
    monday = start - dt.timedelta(days=start.weekday())

    def date_of(m: re.Match) -> str:
        weekday = WEEKDAYS.index(m.group("w").replace("天", "日"))
        on = monday + dt.timedelta(weeks=cn_int(m.group("n")) - 1, days=weekday)
        return f"{on.month}月{on.day}日"
    return text[:first.end()] + NTH_WEEKDAY.sub(date_of, text[first.end():])


def _year_near(text: str, first: re.Match) -> int | None:
    """The year written in the sentence defining the first week, else in the notice's last full date."""
    start = max(text.rfind("。", 0, first.start()), text.rfind("\n", 0, first.start())) + 1
    if m := YEAR.search(text, start, first.end()):
        return int(m.group("y"))
    years = YEAR.findall(text)
    return int(years[-1]) if years else None
