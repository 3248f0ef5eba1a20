"""Dates counted from a day the notice names by a letter: `省财政厅定于2276年6月15日实施系统切换（以下将切换当日称为“T日”）`,
then `T-10日前`, `T-3日17时前`, `T日至T+2日`, `T+5日前`, `T-3个工作日前`. Each is spelled out as the date it is
(`6月5日前`, in the year of the named day when it differs), calendar days unless said in 工作日 (Saturdays and Sundays
skipped; holidays not known). A notice naming no such day, or naming it without its year, is left as written."""

from __future__ import annotations

import datetime as dt
import re

# 定于2276年6月15日（星期四）实施系统切换（以下将切换当日称为“T日”）, 6月15日（简称“D日”）: the date before the naming
NAMED = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日[^。\n]{0,40}?"
                   r"(?:称为|称作|简称|记为|记作|定为|即)\s*[“\"‘]?(?P<letter>[TDＴＤ])\s*日")
OFFSET = r"(?<![A-Za-z]){letter}\s*(?:(?P<sign>[-+－＋−—])\s*(?P<n>\d{{1,3}})\s*(?P<unit>个工作日|工作日|日|天)|日)"


def spelled_out(text: str) -> str:
    m = NAMED.search(text)
    if not m:
        return text
    try:
        day = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return text
    pattern = re.compile(OFFSET.format(letter=re.escape(m.group("letter"))))

    def date_of(o: re.Match) -> str:
        if o.group("sign") is None:
            on = day
        else:
            n = int(o.group("n")) * (1 if o.group("sign") in "+＋" else -1)
            on = _counted(day, n, "工作日" in o.group("unit"))
        return (f"{on.year}年" if on.year != day.year else "") + f"{on.month}月{on.day}日"
    head, tail = text[:m.end()], text[m.end():]
    return head + pattern.sub(date_of, tail)


def _counted(day: dt.date, n: int, working: bool) -> dt.date:
    step = dt.timedelta(days=1 if n > 0 else -1)
    left = abs(n)
    while left:
        day += step
        left -= not working or day.weekday() < 5
    return day
