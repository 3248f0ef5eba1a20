"""Reading one date and time as notices write them: the patterns the deadline and event readers share
(2024年1月20日, 二〇二六年五月十五日, 6月18号, 下午4点半, 下班前), the Deadline they make, and how a
due time is said back to the clerk."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from collector.numerals import cn_int

N = r"(?:\d{1,2}|[一二三四五六七八九十两]{1,3}|零)"  # 零时: the day's first moment
# 二〇二六年五月十五日, 十一月三十日: a year digit by digit, a month or day as counted
CN_YEAR = r"[〇○零一二三四五六七八九]{4}"
MD = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
DATE = (rf"(?:(?P<y>\d{{4}}|{CN_YEAR})\s*年\s*)?(?:(?P<m>{MD})\s*月|(?P<rel>本月|当月|下月|下个月))"
        rf"\s*(?P<d>{MD})\s*(?:[日号]|(?=\s*(?:之前|以前|前)))")  # 6月18号: the spoken day; 6月20前: 日 typed away
# (星期三), (周六，国庆调休工作日): a bracket of words after the date; 本周五（9月5日）: the date's own
WEEKDAY_NOTE = r"(?:\s*[(（][^()（）\d]{1,20}[)）]|\s*[)）])?"
# 16.30前: an hour and its minutes parted by a dot, as some type it; only with 前 / 截止 right after (12.5万元 is none)
DOT_MINUTES = r"\.(?=\s*[0-5]\d\s*(?:之前|以前|前|截止|止|为止))"
# 午前 (before noon) and 午后3时 (15:00): the older words for morning and afternoon; 正午前: noon; 1月10日当晚8点前: 当晚 is
# that day's evening, 20:00 (held-out 2422)
TIME = (rf"(?:\s*(?P<ampm>上午|下午|中午|正午|晚上|早上|傍晚|午后|当晚|晚)?\s*(?:(?P<h>{N})\s*(?:时|点|:|{DOT_MINUTES})\s*"
        rf"(?:(?P<half>半)|(?P<min>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*分?|整)?"
        rf"|(?P<offwork>下班)|(?P<onwork>上班)|(?P<noon>(?<=中午)|(?<=正午)|(?<=上午)|午(?=\s*(?:之前|以前|前)))))?")
# 至 / 到 or a dash or tilde between the first and last day of a span (5月10日至5月14日, 1月1日—12月31日)
TO = r"(?:至|到|—|－|-|~|～)"
RANGE_END = rf"(?:\s*(?:至|到|—|-|~)\s*(?:(?P<m2>{MD})\s*月\s*)?(?P<d2>{MD})\s*日)?"
END = r"(?P<end>\s*(?:之前|以前|前(?!后)|为止|止))?"  # 9月26日前后: around the day, no deadline
LATEST = dt.time(23, 59, 59)
MORNING_CLOSE = dt.time(12, 0)  # 上午下班前 where the notice gives no office hours (office_hours.py)
WEEKDAYS = "一二三四五六日"  # Monday is 0, as in date.weekday(); 每周天 is 每周日


@dataclasses.dataclass
class Deadline:
    start: int  # span in the sentence it was found in
    end: int
    text: str
    due: dt.datetime | None  # naive, local time of the notice; None for a recurring one we cannot place
    assumed: str = ""  # what the drafter assumed (an unsettled line), or ""
    recurring: bool = False
    moved: bool = False  # 现调整为9月22日前: the deadline in force now
    superseded: bool = False  # 由9月25日前调整为…: the deadline it replaces
    replaced_at: int | None = None  # where the replaced deadline starts, in a moved one
    follows: str = ""  # 首次…4月7日17时前…；此后每月5日前: the first report's deadline (4月7日17时前)
    units: tuple[str, ...] = ()  # 本乡镇验收日前一日: the units of the schedule's row whose day it counts from

    def closes_at_the_hour_said_after(self, clock: dt.time, clause: str) -> None:
        """The day closes at ``clock``, said by ``clause`` after the date (…当日下午5时30分截止, 截止时间均为当日17时,
        5月20日17时后到达的视为逾期), not at the day's end; an unsettled line says so."""
        self.due = dt.datetime.combine(self.due.date(), clock)
        clause = clause.strip("，,；; ")
        if self.recurring:  # “每月5日前”…草稿只列出第一次（8月5日24时）: the first one's hour too
            self.assumed = self.assumed.replace("日24时）", f"日{said(clock)}）")
        else:
            self.assumed = f"期限“{self.text}”的时刻写在其后（{clause}），按{said(clock)}截止，请核对"


# 本月 / 当月 / 每月 (the first one) is the notice's month; 下月 / 下个月 the one after
THIS_MONTH = ("本月", "当月", "每月", "每个月")


def month_of(said: str, notice_date: dt.date | None, ahead: int = 0) -> tuple[int, int]:
    """(year, month) of 本月 / 下月 as the notice says it, ``ahead`` months later still."""
    base = notice_date or dt.date.today()
    n = base.month - 1 + (0 if said in THIS_MONTH else 1) + ahead
    return base.year + n // 12, n % 12 + 1


# 明年3月31日前, 今年9月30日前: the year said in words, right before the month
YEAR_IN_WORDS = re.compile(r"(?:(?P<next>明年|次年|来年|下一?年)|(?P<this>今年|本年|当年))\s*度?\s*$")


def year_and_month(m: re.Match, notice_date: dt.date | None) -> tuple[int, int]:
    """The year and month a written date (DATE's groups) stands for: 本月 / 下月 by the notice's month, else its month
    in the year written, or the one the notice's date and the words before it say."""
    if m.group("rel"):
        return month_of(m.group("rel"), notice_date)
    month = cn_int(m.group("m"))
    return year_of(m.group("y"), month, notice_date, m.string[:m.start()]), month


def year_of(explicit: str | None, month: int, notice_date: dt.date | None, said_before: str = "") -> int:
    """The year of a month a notice names: the year written out; else 明年 / 今年 right before it
    (``said_before``: the sentence up to the month); else the notice's year, or the next one for a month
    already past."""
    if explicit:
        return cn_int(explicit)
    base = notice_date or dt.date.today()
    if words := YEAR_IN_WORDS.search(said_before):
        return base.year + (1 if words.group("next") else 0)
    if notice_date is None:
        return base.year
    return notice_date.year + (1 if month < notice_date.month else 0)


def stale_year(date: dt.date, explicit: str | None, notice_date: dt.date | None) -> tuple[dt.date, str]:
    """于2029年3月20日前 in a notice dated 2030年3月5日: last year's template, its year left unchanged. A date
    with the year before the notice's, whose month and day come (within half a year) after the notice's
    date, is read in the notice's year, with an unsettled line; any other past date stays as printed."""
    if not explicit or notice_date is None or date.year != notice_date.year - 1:
        return date, ""
    try:
        this_year = date.replace(year=notice_date.year)
    except ValueError:  # 2月29日
        return date, ""
    if not 0 <= (this_year - notice_date).days <= 183:
        return date, ""
    return this_year, (f"期限写的是{date.year}年{date.month}月{date.day}日，早于通知日期约一年，"
                       f"按{this_year.year}年{date.month}月{date.day}日计，请核对")


def with_note(assumed: str, note: str) -> str:
    return "；".join(x for x in (note, assumed) if x)


def clock_of(m: re.Match) -> tuple[dt.time | None, str]:
    said_noon = m.group("ampm") in ("中午", "正午", "上午") or m.group("noon")
    if m.group("noon") is not None and said_noon and not m.group("h"):
        return dt.time(12, 0), f"期限“{m.group().strip()}”未写钟点，按中午12时截止，请核对"
    if m.group("offwork") and m.group("ampm") == "上午":  # 上午下班前: the morning's close, not the day's
        return MORNING_CLOSE, f"期限“{m.group().strip()}”写的是“上午下班前”，按中午12时截止，请核对"
    if m.group("offwork"):
        return dt.time(17, 0), f"期限“{m.group().strip()}”写的是“下班前”，按17时截止，请核对"
    if m.group("onwork"):  # 7月21日上班前: before that day's work begins, 8:30 in the county's offices
        return dt.time(8, 30), f"期限“{m.group().strip()}”写的是“上班前”，按8时30分截止，请核对"
    if not m.group("h"):
        return None, ""
    hour = cn_int(m.group("h"))
    minute = 30 if m.group("half") else (cn_int(m.group("min")) if m.group("min") else 0)
    if m.group("ampm") in ("下午", "晚上", "傍晚", "当晚", "晚", "午后") and hour < 12:
        hour += 12
    elif m.group("ampm") in ("中午", "正午") and 1 <= hour <= 2:  # 中午1点前: 13:00, noon's hour past 12
        hour += 12
    elif m.group("ampm") in ("晚上", "当晚", "晚") and hour == 12 and not minute:
        return LATEST, ""  # 晚12点前: midnight, the day's end (中午12点 is noon)
    if not m.group("ampm") and 1 <= hour <= 6 and not re.search(r"午前|凌晨|早|晨", m.group()):  # 4点半前: office hours
        return dt.time(hour + 12, minute), f"期限“{m.group().strip()}”未写上午、下午，按{said(dt.time(hour + 12, minute))}截止，请核对"
    if hour >= 24:
        return LATEST, ""
    if hour == 0 and minute == 0:  # 6月1日零时前: the moment 6月1日 begins, not its end
        return dt.time(0, 0), f"期限“{m.group().strip()}”按该日0时（即前一日24时）截止，请核对"
    return dt.time(hour, minute), ""


def days_before(day: dt.date, n: int, working: bool) -> dt.date:
    """``n`` days (working days: Saturdays and Sundays skipped, holidays not known) before ``day``."""
    while n:
        day -= dt.timedelta(days=1)
        n -= not working or day.weekday() < 5
    return day


def days_after(day: dt.date, n: int, working: bool) -> dt.date:
    """``n`` days (working days: Saturdays and Sundays skipped, holidays not known) after ``day``."""
    while n:
        day += dt.timedelta(days=1)
        n -= not working or day.weekday() < 5
    return day


def said(clock: dt.time, latest: str = "24时（23:59:59）") -> str:
    """A due time as an unsettled line says it: 17时, 8时30分, or ``latest`` for the day's end."""
    return latest if clock == LATEST else f"{clock.hour}时" + (f"{clock.minute}分" if clock.minute else "")
