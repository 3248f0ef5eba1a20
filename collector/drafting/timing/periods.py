"""Deadlines said as the end of a period rather than a date: 第二季度末前 / 三季度末 / 上半年末 / 年中 /
年底前 (the period's last day, 23:59:59), and a month's last working day (11月最后一个工作日下班前:
the last Monday to Friday of that month; public holidays are not known here)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from collector.numerals import cn_int

from .dates import CN_YEAR, END, LATEST, MD, TIME, Deadline, clock_of, days_before, month_of, said, year_of

_YEAR = rf"(?:(?P<y>\d{{4}}|{CN_YEAR})\s*年\s*(?:度\s*)?|(?P<rel>今年|本年|当年|明年|次年)\s*(?:度\s*)?)?"
# 第二季度末前, 2026年三季度末, 上半年末, 年中前, 年底前, 2027年底前 (the 年 of the year is the 年 of 年底)
PERIOD_END_RE = re.compile(_YEAR + r"(?P<part>第?\s*(?P<q>[一二三四1-4])\s*季度\s*(?:末|底)|(?P<halfyear>[上下])半年\s*(?:末|底)"
                           r"|(?<![全半])(?P<mid>年中)(?=\s*(?:之前|以前|前))"
                           r"|(?(y)|(?(rel)|(?<![上去前往本今当明次])年))\s*(?:底|末))" + TIME + END)
# 11月最后一个工作日下班前, 本月最后一个工作日17时前, 12月最后一天前, 每月最后一个工作日前 (the first one);
# 本月倒数第二个工作日下班前: counted back from the last (倒数第一 is the last)
LAST_DAY_RE = re.compile(rf"(?:(?:(?P<y>\d{{4}}|{CN_YEAR})\s*年\s*)?(?P<m>{MD})\s*月份?|(?P<rel>本月|当月|下月|下个月|每月|每个月))\s*的?"
                         r"\s*(?:最后\s*(?:一个?)?|倒数\s*第\s*(?P<back>\d|[一二两三四五])\s*个?)\s*(?P<which>工作日|天|日)"
                         + TIME + END)


def period_end(m: re.Match, notice_date: dt.date | None) -> Deadline:
    """The last day of the quarter (half, year) named, 23:59:59 or the time given: of the year
    written, else the notice's year — or the next when that period has already ended (第一季度末前 in
    a May notice)."""
    base = notice_date or dt.date.today()
    month = _last_month(m)
    if m.group("y"):
        year = cn_int(m.group("y"))
    else:
        year = base.year + (m.group("rel") in ("明年", "次年"))
        if not m.group("rel") and dt.date(year, month, calendar.monthrange(year, month)[1]) < base:
            year += 1
    day = dt.date(year, month, calendar.monthrange(year, month)[1])
    clock = clock_of(m)[0] or LATEST
    text = m.group().strip()
    return Deadline(m.start(), m.end(), text, dt.datetime.combine(day, clock),
                    f"期限“{text}”按该期最后一天（{year}年{month}月{day.day}日）{said(clock)}截止，请核对")


def _last_month(m: re.Match) -> int:
    if m.group("q"):
        return 3 * ("一二三四".find(m.group("q")) + 1 or int(m.group("q")))
    if m.group("halfyear") == "上" or m.group("mid"):
        return 6
    return 12


def last_day_of_month(m: re.Match, notice_date: dt.date | None) -> Deadline:
    """最后一个工作日: the month's last Monday to Friday; 最后一天: its last day; 倒数第N个: N-1 such days before it."""
    base = notice_date or dt.date.today()
    if m.group("m"):
        month = cn_int(m.group("m"))
        year = year_of(m.group("y"), month, notice_date, m.string[:m.start()])
    else:
        year, month = month_of(m.group("rel"), notice_date)
    working = m.group("which") == "工作日"
    back = cn_int(m.group("back")) - 1 if m.group("back") else 0
    day = days_before(_last_day(year, month, working), back, working)
    monthly = m.group("rel") in ("每月", "每个月")
    if monthly and day < base:  # 每月最后一个工作日 in a notice of the 30th: the first one is next month's
        year, month = month_of(m.group("rel"), notice_date, ahead=1)
        day = days_before(_last_day(year, month, working), back, working)
    clock = clock_of(m)[0] or LATEST
    text = m.group().strip()
    counted = f"（星期{'一二三四五六日'[day.weekday()]}；只跳过周六、周日，未计法定节假日）" if working else ""
    first = "每月报送，第一次" if monthly else ""
    return Deadline(m.start(), m.end(), text, dt.datetime.combine(day, clock),
                    f"期限“{text}”{first}按{month}月{day.day}日{counted}{said(clock)}截止，请核对",
                    recurring=monthly)  # a first report said (首次报送时间为…) stands for the series' first


def _last_day(year: int, month: int, working: bool) -> dt.date:
    """The month's last day, or its last Monday to Friday."""
    day = dt.date(year, month, calendar.monthrange(year, month)[1])
    while working and day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day
