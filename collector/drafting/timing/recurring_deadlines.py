"""Deadlines that come round again: 每月5日前, 自5月起每月5日前, 每周五下午3点前, 每季度结束后次月10日前. The draft
lists the first one after the notice's date (or after the month or quarter the reports start with: 自第二季度起), and says
in an unsettled line that the later ones are the clerk's to set."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from collector.numerals import cn_int

from .dates import CN_YEAR, LATEST, MD, TIME, WEEKDAYS, Deadline, clock_of, said, year_of

# 每月5日前, 每月底前, 每季度末: a day of each period
RECURRING_RE = re.compile(r"每(?P<period>月|季度|周|半年|年)(?:的)?(?:(?P<d>\d{1,2})日|(?:底|末))" + TIME
                          + r"(?:前|之前|以前)?")
# 每季度结束后次月10日前: the day of the month after each period ends
AFTER_EACH_PERIOD_RE = re.compile(r"每(?:个)?(?P<period>季度|月|半年|年度?)(?:结束|终了)后(?:的)?(?:次月|下月|下一个?月)(?:的)?"
                                  rf"(?P<d>{MD})\s*日" + TIME + r"(?:前|之前|以前)?")
# 每周五下午3点前, 每星期一上午10时前报送: a weekday's deadline (before it or a verb right after it)
WEEKLY_RE = re.compile(r"每(?:周|星期)(?P<wd>[一二三四五六日天])" + TIME
                       + r"(?:前|之前|以前|(?=\s*(?:报送|上报|提交|发送|报至|发至)))")


def a_recurring_deadline(m: re.Match, notice_date: dt.date | None) -> Deadline:
    """每月5日前 / 每周五下午3点前: the first one after the notice's date, or, with 自5月起 /
    从2026年5月起 before it in the sentence, the first one in or after that month."""
    text = m.group()
    period = "周" if m.groupdict().get("wd") else m.group("period")
    if period != "月" and not m.groupdict().get("wd"):  # 每季度, 每周末: no day to place
        return Deadline(m.start(), m.end(), text, None,
                        f"“{text}”为定期报送，草稿未列出具体期限，请按需要设定", recurring=True)
    base = notice_date or dt.date.today()
    after = base + dt.timedelta(days=1)
    begins = starting_month(m.string[: m.start()], notice_date)
    if begins and begins > after:
        after = begins
    if period == "周":
        first = after + dt.timedelta(days=(WEEKDAYS.index(m.group("wd").replace("天", "日")) - after.weekday()) % 7)
    elif m.group("d"):
        first = monthly_on_or_after(cn_int(m.group("d")), after)
    else:  # 每月底: this month's end when the notice is dated on it
        first = monthly_on_or_after(31, max(base, begins or base))
    clock = clock_of(m)[0] or LATEST
    at = said(clock, "24时")
    return Deadline(m.start(), m.end(), text, dt.datetime.combine(first, clock),
                    f"“{text}”为每{period}定期报送，草稿只列出第一次（{first.month}月{first.day}日{at}），以后各期请另行设定",
                    recurring=True)


PERIOD_MONTHS = {"月": 1, "季度": 3, "半年": 6, "年": 12, "年度": 12}
STARTING_QUARTER = re.compile(rf"(?:自|从)\s*(?:(?P<y>\d{{4}}|{CN_YEAR})\s*年\s*)?(?:第)?(?P<q>[一二三四1-4])\s*季度\s*(?:起|开始)"
                              r"[^。；;]{0,30}$")


def after_each_period(m: re.Match, notice_date: dt.date | None) -> Deadline:
    """每季度结束后次月10日前: the first such day after the notice's date whose period ends on or after
    the period the reports start with (自第二季度起: June's end, so 7月10日)."""
    base = notice_date or dt.date.today()
    months = PERIOD_MONTHS[m.group("period")]
    begins = starting_quarter(m.string[: m.start()], notice_date) or starting_month(m.string[: m.start()], notice_date)
    day = cn_int(m.group("d"))
    y, end_month = base.year - 1, 0  # from last year's periods: 每年结束后次月10日前 in a January notice
    while True:
        end_month += months  # the periods of the year end in months 3, 6, 9, 12 (quarters) or every month
        if end_month > 12:
            y, end_month = y + 1, end_month - 12
        period_end = dt.date(y, end_month, calendar.monthrange(y, end_month)[1])
        due = monthly_on_or_after(day, period_end + dt.timedelta(days=1))
        if due > base and (begins is None or period_end >= begins):
            break
    clock = clock_of(m)[0] or LATEST
    text = m.group()
    return Deadline(m.start(), m.end(), text, dt.datetime.combine(due, clock),
                    f"“{text}”为定期报送，草稿只列出第一次（{due.month}月{due.day}日{said(clock, '24时')}），以后各期请另行设定",
                    recurring=True)


def starting_quarter(before: str, notice_date: dt.date | None) -> dt.date | None:
    m = STARTING_QUARTER.search(before)
    if not m:
        return None
    quarter = "一二三四".find(m.group("q")) + 1 or int(m.group("q"))
    month = 3 * quarter - 2
    if m.group("y"):
        return dt.date(cn_int(m.group("y")), month, 1)
    base = notice_date or dt.date.today()
    ends = dt.date(base.year, month + 2, calendar.monthrange(base.year, month + 2)[1])
    return dt.date(base.year + (ends < base), month, 1)  # 自第一季度起 in a May notice: next year's


STARTING_MONTH = re.compile(rf"(?:自|从)\s*(?:(?P<y>\d{{4}}|{CN_YEAR})\s*年\s*)?(?P<m>{MD})\s*月份?"
                            rf"(?:\s*(?P<d>{MD})\s*[日号])?\s*(?:起|开始)[^。；;]{{0,30}}$")


def starting_month(before: str, notice_date: dt.date | None) -> dt.date | None:
    """自5月起，各单位每月5日前…: the first day of the month a recurring report starts in; 自12月25日起，每周一…: that day."""
    m = STARTING_MONTH.search(before)
    if not m:
        return None
    month = cn_int(m.group("m"))
    year = year_of(m.group("y"), month, notice_date)
    day = min(cn_int(m.group("d")), calendar.monthrange(year, month)[1]) if m.group("d") else 1
    return dt.date(year, month, day)


def monthly_on_or_after(day: int, after: dt.date) -> dt.date:
    """The first ``day`` of a month (the month's last day when it is shorter) on or after ``after``."""
    y, mo = after.year, after.month
    while True:
        first = dt.date(y, mo, min(day, calendar.monthrange(y, mo)[1]))
        if first >= after:
            return first
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
