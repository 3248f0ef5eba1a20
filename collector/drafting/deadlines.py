"""Deadlines in a notice's sentences: 5月11日16时前, 2024年1月20日下午4点前, 1月20日(星期六)
16:00前, 3月10日前, 5月15日至19日 (due = the end), 每月5日前 (recurring), 6月底前.

Reading of a date without a time ("5月20日前", "5月20日之前", "于5月20日前"): the whole of
that day, i.e. due 23:59:59 that day — what a Chinese office means by it (materials that
arrive on the 20th are accepted). The draft says so in an ``unsettled`` line.
Years: an explicit year wins; else the notice's year, and a month earlier than the notice's
month is next year (a December notice asking for 1月10日).
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re

from .layout import cn_int

_N = r"(?:\d{1,2}|[一二三四五六七八九十两]{1,3})"
_DATE = r"(?:(?P<y>\d{4})\s*年\s*)?(?:(?P<m>\d{1,2})\s*月|(?P<rel>本月|当月|下月|下个月))\s*(?P<d>\d{1,2})\s*日"
# (星期三), (周六，国庆调休工作日): a bracket of words after the date; 本周五（9月5日）: the date's own
_WEEKDAY = r"(?:\s*[(（][^()（）\d]{1,20}[)）]|\s*[)）])?"
_TIME = (rf"(?:\s*(?P<ampm>上午|下午|中午|晚上|早上|傍晚|晚)?\s*(?:(?P<h>{_N})\s*(?:时|点|:)\s*"
         rf"(?:(?P<half>半)|(?P<min>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*分?|整)?"
         rf"|(?P<offwork>下班)|(?P<noon>(?<=中午)|(?<=上午))))?")
_RANGE_END = r"(?:\s*(?:至|到|—|-|~)\s*(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*日)?"
_END = r"(?P<end>\s*(?:之前|以前|前|为止|止))?"
DEADLINE_RE = re.compile(_DATE + _WEEKDAY + _RANGE_END + _WEEKDAY + _TIME + _END)
MONTH_END_RE = re.compile(r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?:底|末)(?P<end>前|之前|以前)?")
RECURRING_RE = re.compile(r"每(?P<period>月|季度|周|半年|年)(?:的)?(?:(?P<d>\d{1,2})日|(?:底|末))(?:前|之前|以前)?")
# a date only counts as a deadline with one of these around it
BEFORE_MARKERS = re.compile(r"(?:于|在|截止|截至|期限|时间|日期|最迟|务必|须|请|前|为|起至|日至)\s*[:：为是]?\s*$")
LATEST = dt.time(23, 59, 59)
# 接到通知后3个工作日内 / 收到本通知之日起5日内: counted from the notice's date
RELATIVE_RE = re.compile(r"(?:接到|收到)本?通知(?:之日起|后)\s*(?P<n>\d{1,2}|[一二三四五六七八九十两]{1,3})\s*个?(?P<unit>工作日|日|天)(?:内|之内)")


@dataclasses.dataclass
class Deadline:
    start: int  # span in the sentence it was found in
    end: int
    text: str
    due: dt.datetime | None  # naive, local time of the notice; None for a recurring one we cannot place
    assumed: str = ""  # what the drafter assumed (an unsettled line), or ""
    recurring: bool = False


def find_deadlines(sentence: str, notice_date: dt.date | None) -> list[Deadline]:
    out: list[Deadline] = []
    taken: list[tuple[int, int]] = []
    for pattern, read in ((RECURRING_RE, _recurring), (RELATIVE_RE, _relative)):
        for m in pattern.finditer(sentence):
            out.append(_checked(read, m, notice_date))
            taken.append(m.span())
    for m in DEADLINE_RE.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken) or not _is_deadline(sentence, m):
            continue
        out.append(_checked(_dated, m, notice_date))
    for m in MONTH_END_RE.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken) or not (m.group("end") or _is_deadline(sentence, m)):
            continue
        year = _year(m.group("y"), int(m.group("m")), notice_date)
        if not 1 <= int(m.group("m")) <= 12:
            continue
        day = calendar.monthrange(year, int(m.group("m")))[1]
        due = dt.datetime.combine(dt.date(year, int(m.group("m")), day), LATEST)
        out.append(Deadline(m.start(), m.end(), m.group(), due,
                            f"期限“{m.group()}”按{int(m.group('m'))}月{day}日24时（23:59:59）截止，请核对"))
    out.sort(key=lambda d: d.start)
    return out


def _checked(read, m: re.Match, notice_date: dt.date | None) -> Deadline:
    """A deadline read by ``read``, or, for 2月30日 / 每月0日 / 二十五时六十分, one without a due date
    that says why."""
    try:
        return read(m, notice_date)
    except ValueError:
        return Deadline(m.start(), m.end(), m.group(), None, f"期限“{m.group().strip()}”不是有效的日期或时刻，请核对")


DATA_CUTOFF = re.compile(r"(?:统计|数据|时间段|期间)\S{0,4}(?:截至|截止到|截止|至)\s*$")


def _is_deadline(sentence: str, m: re.Match) -> bool:
    before = sentence[max(0, m.start() - 6): m.start()]
    if DATA_CUTOFF.search(before) or re.match(r"\s*(?:期间)?的?(?:数据|情况|统计|相关)", sentence[m.end():]):
        return False  # （统计截至6月30日）, 截至6月30日的数据: what the figures cover, not when to send
    if m.groupdict().get("end"):
        return True
    return bool(BEFORE_MARKERS.search(before))


def _year(explicit: str | None, month: int, notice_date: dt.date | None) -> int:
    if explicit:
        return int(explicit)
    if notice_date is None:
        return dt.date.today().year
    return notice_date.year + (1 if month < notice_date.month else 0)


def _dated(m: re.Match, notice_date: dt.date | None) -> Deadline:
    if m.group("rel"):  # 本月20日 / 下月5日: the notice's month, or the one after
        base = notice_date or dt.date.today()
        ahead = 0 if m.group("rel") in ("本月", "当月") else 1
        year, month = base.year + (base.month + ahead - 1) // 12, (base.month + ahead - 1) % 12 + 1
    else:
        month = int(m.group("m"))
        year = _year(m.group("y"), month, notice_date)
    day = int(m.group("d"))
    if m.group("d2"):  # a range: due at its end
        month2 = int(m.group("m2") or month)
        year = year + (1 if month2 < month else 0)
        month, day = month2, int(m.group("d2"))
    date = dt.date(year, month, day)
    clock, assumed = _clock(m)
    if clock is None:
        clock = LATEST
        assumed = f"期限“{m.group().strip()}”未写时刻，按{month}月{day}日24时（23:59:59）截止，请核对"
    return Deadline(m.start(), m.end(), m.group().strip(), dt.datetime.combine(date, clock), assumed)


def _clock(m: re.Match) -> tuple[dt.time | None, str]:
    if m.group("noon") is not None and m.group("ampm") in ("中午", "上午") and not m.group("h"):
        return dt.time(12, 0), f"期限“{m.group().strip()}”未写钟点，按中午12时截止，请核对"
    if m.group("offwork"):
        return dt.time(17, 0), f"期限“{m.group().strip()}”写的是“下班前”，按17时截止，请核对"
    if not m.group("h"):
        return None, ""
    hour = cn_int(m.group("h"))
    minute = 30 if m.group("half") else (cn_int(m.group("min")) if m.group("min") else 0)
    if m.group("ampm") in ("下午", "晚上", "傍晚", "晚") and hour < 12:
        hour += 12
    if hour >= 24:
        return LATEST, ""
    return dt.time(hour, minute), ""


def _recurring(m: re.Match, notice_date: dt.date | None) -> Deadline:
    text = m.group()
    if m.group("period") != "月":
        return Deadline(m.start(), m.end(), text, None,
                        f"“{text}”为定期报送，草稿未列出具体期限，请按需要设定", recurring=True)
    base = notice_date or dt.date.today()
    if m.group("d"):
        day = int(m.group("d"))
        first = dt.date(base.year, base.month, min(day, calendar.monthrange(base.year, base.month)[1]))
        if first <= base:
            y, mo = (base.year + 1, 1) if base.month == 12 else (base.year, base.month + 1)
            first = dt.date(y, mo, min(day, calendar.monthrange(y, mo)[1]))
    else:
        first = dt.date(base.year, base.month, calendar.monthrange(base.year, base.month)[1])
    return Deadline(m.start(), m.end(), text, dt.datetime.combine(first, LATEST),
                    f"“{text}”为每月定期报送，草稿只列出第一次（{first.month}月{first.day}日24时），以后各期请另行设定",
                    recurring=True)


def _relative(m: re.Match, notice_date: dt.date | None) -> Deadline:
    """N个工作日内 counts Monday to Friday (public holidays are not known: the clerk checks)."""
    base = notice_date or dt.date.today()
    n = cn_int(m.group("n"))
    day = base
    if m.group("unit") == "工作日":
        left = n
        while left:
            day += dt.timedelta(days=1)
            left -= day.weekday() < 5
    else:
        day = base + dt.timedelta(days=n)
    return Deadline(m.start(), m.end(), m.group(), dt.datetime.combine(day, LATEST),
                    f"期限“{m.group()}”从通知日期（{base.month}月{base.day}日）起算，按{day.month}月{day.day}日24时截止"
                    f"（未计节假日），请按实际收到通知的日期核对")
