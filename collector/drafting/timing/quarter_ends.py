"""`季度结束后15日内` in a notice about one quarter (`现将三季度监测工作安排通知如下`, `报送三季度…情况`): counted from that
quarter's last day (三季度: 9月30日), as `period_ends.py` counts from a period whose days are given. A notice naming no
quarter, or two different ones, gives none (the words stay unread); `每季度结束后…` recurs and is read elsewhere."""

from __future__ import annotations

import datetime as dt
import re

from collector.numerals import cn_int

# 三季度, 第三季度, 2514年第3季度: a quarter by its number (not 每季度 / 本季度 / 季度末, no number)
NAMED_QUARTER = re.compile(r"(?:(?P<y>\d{4})\s*年\s*)?第?(?P<q>[一二三四1-4])\s*季度")
QUARTER_LAST_DAY = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}


def the_named_quarters_end(text: str, notice_date: dt.date | None) -> dict[str, dt.date]:
    """{"季度结束": the last day of the one quarter the text names (in the year written, else the notice's: the next
    year's when the notice's ended a quarter or more before it), or {} when it names none or more than one."""
    named = {(m.group("y"), cn_int(m.group("q"))) for m in NAMED_QUARTER.finditer(text)}
    quarters = {q for _, q in named}
    if len(quarters) != 1:
        return {}
    q = quarters.pop()
    year = next((y for y, _ in named if y), None)
    month, day = QUARTER_LAST_DAY[q]
    if year:
        return {"季度结束": dt.date(cn_int(year), month, day)}
    base = notice_date or dt.date.today()
    last = dt.date(base.year, month, day)  # this year's, unless it ended a quarter or more before the notice
    return {"季度结束": last if (base - last).days < 92 else dt.date(base.year + 1, month, day)}
