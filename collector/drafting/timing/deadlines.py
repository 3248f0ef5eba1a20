"""Deadlines in a notice's sentences: 5月11日16时前, 2024年1月20日下午4点前, 1月20日(星期六)
16:00前, 3月10日前, 5月15日至19日 (due = the end), 每月5日前 / 自5月起每月5日前 / 每周五下午3点前
(recurring: the first one, recurring_deadlines.py), 6月底前, 4月中旬前 (上旬 ends on the 10th, 中旬 on the 20th, 下旬 at the
month's end), 二〇二六年五月十五日前 (Chinese numerals), 现调整为9月22日前 (moved: in force, the
deadline before it replaced), 第二季度末前 / 年底前 / 11月最后一个工作日下班前 (periods.py).

Reading of a date without a time ("5月20日前", "5月20日之前", "于5月20日前"): the whole of
that day, i.e. due 23:59:59 that day — what a Chinese office means by it (materials that
arrive on the 20th are accepted). The draft says so in an ``unsettled`` line.
Years: an explicit year wins; else the notice's year, and a month earlier than the notice's
month is next year (a December notice asking for 1月10日).
One date and time is read by dates.py's patterns; a deadline said by an event (会议召开前一日)
by events.py.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from collector.numerals import cn_int

from .closing_windows import a_window_closed_by_a_late_clause
from .data_span import as_of_what_is_sent, ends_the_data_span, over_before_the_notice
from .done_after import held_on_the_day, said_as_after
from .dates import (CN_YEAR, DATE, END, LATEST, MD, RANGE_END, TIME, WEEKDAY_NOTE, Deadline, clock_of, month_of,
                    stale_year, with_note, year_and_month, year_of)
from .listed_dates import days_listed_without_a_month, within_a_list_of_dates
from .lunar import LUNAR_DATE_RE, SOLAR_TERM_RE, lunar_date_is_meant, lunar_deadline, solar_term_deadline
from .next_day import DATED_RELATIVE_DAY_RE, dated_relative_day
from .named_days import (AFTER_HOLIDAY_RE, DOTTED_LABELLED_RE, DOTTED_RE, HOLIDAY_RE, NEAR_DAY_RE, NTH_WEEKDAY_RE, WEEK_RE,
                         after_holiday_deadline, dotted_deadline, holiday_deadline, near_day_deadline,
                         nth_weekday_deadline, weekday_deadline)
from .daily_hours import closed_at_the_last_hour
from .off_work_hour import hour_in_brackets_after
from .quoted_correction import moved_in_a_quoted_correction
from .recurring_deadlines import (AFTER_EACH_PERIOD_RE, RECURRING_RE, WEEKLY_RE, a_recurring_deadline,
                                  after_each_period, monthly_on_or_after)
from .same_day import same_day_deadlines
from ..heading.when_issued import issued_by_others
from .period_ends import AFTER_PERIOD_RE, after_a_periods_end
from .periods import LAST_DAY_RE, PERIOD_END_RE, last_day_of_month, period_end
from .window_days import CLOSED_AT, opens_the_window
from .events import (AFTER_DEADLINE_RE, AFTER_EVENT_RE, BEFORE_EVENT_RE, ON_EVENT_RE, STAGE_END_RE, _after_deadline,
                     _after_event, _before_event, _on_event, _stage_end, counted_from)

DEADLINE_RE = re.compile(DATE + WEEKDAY_NOTE + RANGE_END + WEEKDAY_NOTE + TIME + END)
MONTH_END_RE = re.compile(rf"(?:(?:(?P<y>\d{{4}}|{CN_YEAR})年)?(?P<m>{MD})月|(?P<rel>本月|当月|下月|下个月))(?:底|末)"
                          r"(?P<end>前|之前|以前)?")
# 4月中旬前: by the end of that ten-day part of the month (上旬 the 10th, 中旬 the 20th, 下旬 the
# month's last day; 5月上旬末前 the same); a 旬 without 前 (4月下旬，县统计局将…抽查) is when something happens, no deadline
TEN_DAYS_RE = re.compile(rf"(?:(?P<y>\d{{4}}|{CN_YEAR})\s*年\s*)?(?P<m>{MD})\s*月\s*(?P<part>上旬|中旬|下旬)(?:\s*末)?"
                         r"\s*(?P<end>之前|以前|前)?")
# 请各乡镇于10月下旬将实施方案报送…: a 旬 after 于 / 在, in a clause that sends, is by its last day
SENDS_AFTER = re.compile(r"^[^，,。；;]{0,3}(?:报送|上报|发送|提交)|^\s*将[^，,。；;]{1,40}?(?:报送|上报|发送|提交|报至|报县)")
# a date only counts as a deadline with one of these around it
# 报送时间以2171年11月14日17时为限, 截止到7月18日下午4时: said before the date, no 前 after it; 最迟不超过5月7日报送,
# 不晚于 / 不迟于: no later than the date
BEFORE_MARKERS = re.compile(r"(?:于|在|截止|截至|期限|时间|日期|最迟|务必|须|请|前|为|起至|日至|(?:时间|期限|日期)以|截[止至]到"
                            r"|不(?:超过|晚于|迟于))"
                            r"\s*[:：为是]?\s*$")
# 请于22日前: a day with no month, the notice's month (the next one when that day has passed)
DAY_ONLY_RE = re.compile(rf"(?<=于|在)\s*(?P<d>{MD})\s*[日号]" + WEEKDAY_NOTE + TIME + r"(?P<end>\s*(?:之前|以前|前))")
# 接到通知后3个工作日内 / 收到本通知之日起5日内 / 接通知后3个工作日内: counted from the notice's date
# 自6月12日（星期六）8时起48小时内: N hours from a stated moment
HOURS_FROM_RE = re.compile(r"自\s*(?:(?P<y>\d{4})\s*年\s*)?(?P<mo>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日" + WEEKDAY_NOTE
                           + r"\s*(?P<ampm>上午|下午|晚上|早上)?\s*(?P<h>\d{1,2})\s*(?:时|点)(?:\s*(?P<min>\d{1,2})\s*分)?\s*(?:起|开始)"
                           r"[，,]?\s*(?P<n>\d{1,3}|[一二三四五六七八九十两]{1,3})\s*个?小时(?:内|之内)")
RELATIVE_RE = re.compile(r"(?:(?:接到|收到|接)本?通知|(?P<issued>(?:本|此)?(?:通知|文件)?(?:印发|下发|发布)))(?:之日起|后)\s*(?P<n>\d{1,2}|[一二三四五六七八九十两]{1,3})\s*个?(?P<unit>工作日|日|天|周|星期)(?:内|之内)")


def find_deadlines(sentence: str, notice_date: dt.date | None,
                   events: dict[str, dt.date] | None = None) -> list[Deadline]:
    """``events``: the dates of the events the notice names (会议 → its day, from
    ``event_dates``), for a deadline said relative to one (会议召开前一日下班前)."""
    out: list[Deadline] = []
    taken: list[tuple[int, int]] = []
    for pattern, read in ((AFTER_EACH_PERIOD_RE, after_each_period), (RECURRING_RE, a_recurring_deadline),
                          (WEEKLY_RE, a_recurring_deadline), (HOURS_FROM_RE, _hours_from),
                          (DATED_RELATIVE_DAY_RE, dated_relative_day),  # 座谈会结束后第二天（10月15日）上午10时前
                          (RELATIVE_RE, lambda m, date: _relative(m, (events or {}).get("印发", date)
                                                                  if m.group("issued") else date))):
        for m in pattern.finditer(sentence):
            if pattern is RELATIVE_RE and issued_by_others(sentence, m):
                continue  # 行政规范性文件应当自印发之日起7个工作日内报送备案: each document's own issue
            out.append(checked_read(read, m, notice_date))
            taken.append(m.span())
    for m in LUNAR_DATE_RE.finditer(sentence):  # before the solar dates: 农历八月十五日 is no 8月15日
        if lunar_date_is_meant(m) and _is_deadline(sentence, m):
            out.append(checked_read(lunar_deadline, m, notice_date))
            taken.append(m.span())
    for m in DEADLINE_RE.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken) or not _is_deadline(sentence, m):
            continue
        if not over_before_the_notice(m, deadline := checked_read(deadline_of_date, m, notice_date), notice_date):
            out.append(deadline)
    for m in MONTH_END_RE.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken) or not (m.group("end") or _is_deadline(sentence, m)):
            continue
        out.append(checked_read(_month_end, m, notice_date))
    for m in TEN_DAYS_RE.finditer(sentence):
        by_then = m.group("end") or (re.search(r"[于在]\s*$", sentence[: m.start()]) and SENDS_AFTER.search(sentence[m.end():]))
        if by_then and not any(a <= m.start() < b for a, b in taken) and not DATA_CUTOFF.search(sentence[: m.start()]):
            out.append(checked_read(_ten_days_end, m, notice_date))
    readers = ((DAY_ONLY_RE, _day_only), (SOLAR_TERM_RE, solar_term_deadline), (HOLIDAY_RE, holiday_deadline),
               (NTH_WEEKDAY_RE, nth_weekday_deadline), (WEEK_RE, weekday_deadline), (NEAR_DAY_RE, near_day_deadline),
               (DOTTED_RE, dotted_deadline), (DOTTED_LABELLED_RE, dotted_deadline),
               (PERIOD_END_RE, period_end), (LAST_DAY_RE, last_day_of_month),
               (BEFORE_EVENT_RE, lambda m, date: _before_event(m, events or {})),
               (ON_EVENT_RE, lambda m, date: _on_event(m, events or {})),
               (AFTER_EVENT_RE, lambda m, date: _after_event(m, events or {})),
               (AFTER_HOLIDAY_RE, lambda m, date: after_holiday_deadline(m, events or {})),  # 国庆节后第一个工作日
               (STAGE_END_RE, lambda m, date: _stage_end(m, events or {})),
               (AFTER_DEADLINE_RE, lambda m, date: _after_deadline(m, events or {})),
               (AFTER_PERIOD_RE, lambda m, date: after_a_periods_end(m, events or {})))  # 公示期结束后3个工作日内
    for pattern, read in readers:
        for m in pattern.finditer(sentence):
            if not any(a <= m.start() < b for a, b in taken) and _is_deadline(sentence, m):
                out += [d for d in [checked_read(read, m, notice_date)] if d]  # None: a period whose days are not given
    for m in [*DAY_AFTER_A_DATE_RE.finditer(sentence), *days_listed_without_a_month(sentence)]:
        # 5月15日前报送…，28日（星期四）前报送…; 分别于3月13日、20日前: the month said before
        if not any(a <= m.start() < b for a, b in taken) and not any(d.start <= m.start("d") < d.end for d in out):
            if earlier := [d for d in out if d.end <= m.start() and d.due]:
                out.append(_day_of_the_same_month(m, earlier[-1].due.date()))
    out += same_day_deadlines(sentence, out, taken)  # 请各乡镇于6月10日中午12时前、县直各单位于同日下午5时前
    out.sort(key=lambda d: d.start)
    out = _restated_in_brackets(sentence, out)
    _qualified_in_brackets(sentence, out)
    closed_at_the_last_hour(sentence, out)  # 9月13日至15日每日8:30—11:30、14:00—17:00期间
    _mark_moved(sentence, out)
    moved_in_a_quoted_correction(sentence, out)  # 原通知…“各乡镇于3月15日前…”，更正为“各乡镇于3月22日前…”
    _start_after_the_first(sentence, out)
    return without_done_days(sentence, out)


def without_done_days(sentence: str, deadlines: list[Deadline]) -> list[Deadline]:
    """…于5月21日上午9时前发送…；要路沟乡、黑山科乡已于4月22日接受…检查，本次不报送；县文旅局请于5月26日…前…: the day a
    thing was done (已于 / 已在 a date, no 前) is no deadline beside the sentence's own, nor does it part their asks; alone
    in its sentence it is left as read (an earlier date, the sentence still a dated one of its paragraph)."""
    def done(d: Deadline) -> bool:
        return bool(DONE_ON_THE_DAY.search(sentence[max(0, d.start - 6): d.start])) and not re.search(r"前\s*$", d.text)
    kept = [d for d in deadlines if not done(d)]
    return kept if kept else deadlines


def deadlines_counted_from(sentences: list[str], dated: list[list[Deadline]]) -> dict[str, dt.date]:
    """在自查报告报送截止之日起10日内: the day each such material's own deadline falls on, from the first earlier
    sentence that sends it by a date (key 自查报告截止), for find_deadlines to count from."""
    out: dict[str, dt.date] = {}
    for i, sentence in enumerate(sentences):
        for m in AFTER_DEADLINE_RE.finditer(sentence):
            what = counted_from(m)
            due = next((d.due for s, ds in zip(sentences[:i], dated[:i]) if what in s
                        for d in ds if d.due and not d.recurring and not d.superseded), None)
            if due:
                out.setdefault(what + "截止", due.date())
    return out


def _restated_in_brackets(sentence: str, deadlines: list[Deadline]) -> list[Deadline]:
    """收到本通知后3个工作日内（6月3日前）: the date in the bracket says when the first one ends;
    one deadline, the date written out."""
    out: list[Deadline] = []
    for d in deadlines:
        if out and d.due and re.fullmatch(r"\s*[(（]\s*", sentence[out[-1].end:d.start]):
            out[-1] = d
        else:
            out.append(d)
    return out


# 6月10日前（不含当日）: the day itself is already late
NOT_THAT_DAY = re.compile(r"\s*[(（]\s*(?:不含|不包含|不包括)(?:当日|当天|该日|本日|此日)\s*[)）]")
# 下班前（执行夏季作息时间，下午5:30下班）/ 下班前（下班时间为17:30）/ 下班前（夏季作息时间为18:00, or 8:30-17:30）:
# the hour the office's day ends
OFF_WORK_AT = re.compile(r"\s*[(（][^()（）]{0,16}?(?P<ampm>下午|傍晚)?\s*(?P<h>\d{1,2})\s*[:：点时]\s*(?P<min>\d{2}|半)?分?"
                         r"\s*下班[^()（）]{0,6}[)）]|\s*[(（][^()（）]{0,12}?(?:下班|作息)时间\s*(?:为|是)?\s*(?P<ampm2>下午|傍晚)?"
                         r"\s*(?P<h2>\d{1,2})\s*[:：点时]\s*(?P<min2>\d{2}|半)?分?"
                         r"(?:\s*[-—~至到]\s*(?P<h3>\d{1,2})\s*[:：点时]\s*(?P<min3>\d{2}|半)?分?)?[^()（）]{0,6}[)）]")


def _qualified_in_brackets(sentence: str, deadlines: list[Deadline]) -> None:
    """A bracket right after a deadline that says more of it: （不含当日） moves it to the end of the day
    before; （…下午5:30下班） after 下班前 is the hour the office's day ends, and so is an hour alone, （17:30）."""
    for d in deadlines:
        if d.due is None:
            continue
        after = sentence[d.end:]
        if NOT_THAT_DAY.match(after) and d.due.time() == LATEST:
            d.due = dt.datetime.combine(d.due.date() - dt.timedelta(days=1), LATEST)
            d.assumed = f"期限“{d.text.strip()}”不含当日，按前一日（{d.due.month}月{d.due.day}日）24时截止，请核对"
        elif (hour_alone := hour_in_brackets_after(after)) and d.text.rstrip().endswith(("下班前", "下班之前", "下班以前")):
            d.due, d.assumed = dt.datetime.combine(d.due.date(), hour_alone), ""  # 下班前（17:30）: the hour stated
        elif (m := OFF_WORK_AT.match(after)) and d.text.rstrip().endswith(("下班前", "下班之前", "下班以前")):
            hour = int(m.group("h3") or m.group("h") or m.group("h2"))  # 作息时间为8:30-17:30: the day ends at 17:30
            minute = (m.group("min3") if m.group("h3") else m.group("min") or m.group("min2")) or "0"
            minute = 30 if minute == "半" else int(minute)
            hour += 12 if hour < 12 else 0  # an office's day ends in the afternoon
            if hour > 23 or minute > 59:
                continue  # 下班时间为25:00: no hour; 下班前 stays 17:00
            d.due = dt.datetime.combine(d.due.date(), dt.time(hour, minute))
            d.assumed = f"期限“{d.text.strip()}”按通知所写下班时间{hour}时{minute:02d}分截止，请核对"


THEREAFTER = re.compile(r"(?:此后|以后|之后|今后|其后|后续)[^。；;，,]{0,4}$")


def _start_after_the_first(sentence: str, deadlines: list[Deadline]) -> None:
    """首次…请于4月7日17时前发送；此后每月5日前报送上月情况: the recurring report starts
    after the first one, not after the notice's date (05-05, not 04-05)."""
    for i, d in enumerate(deadlines):
        before = [e for e in deadlines[:i] if e.due and not e.recurring]
        if not (d.recurring and d.due and before and THEREAFTER.search(sentence[before[-1].end:d.start])):
            continue
        d.follows = before[-1].text
        first = before[-1].due
        later = d.due
        if "月" in d.text:
            day = re.search(rf"每月\s*({MD})\s*[日号]", d.text)
            later = dt.datetime.combine(monthly_on_or_after(cn_int(day.group(1)) if day else 31, first.date() + dt.timedelta(days=1)),
                                        d.due.time())
        while later <= first:  # weekly
            later += dt.timedelta(days=7)
        if later != d.due:
            d.assumed = d.assumed.replace(f"{d.due.month}月{d.due.day}日", f"{later.month}月{later.day}日")
            d.due = later


# 现调整为9月22日前, 改为, 推迟至, 延长至, 提前至 …: a deadline moved from an earlier one
MOVED_TO = re.compile(r"(?:调整为|调整至|调整到|更改为|更正为|变更为|改为|改至|推迟至|推迟到|延长至|延长到|延期至|延期到|顺延至|提前至|提前到|(?<!可)延至|延后至|推后至)"
                      r"\s*于?\s*$")


# 由原定的8月14日延期至8月21日17时: the date a deadline was moved from
REPLACED_RE = re.compile(r"(?:由|从)\s*(?:原定|原来|原)?的?\s*" + DATE + r"\s*(?:之前|以前|前)?[^。；;，,]{0,6}?"
                         r"(?:调整|更改|更正|变更|改为|改至|推迟|延长|延期|顺延|提前)")


def replaced_dates(text: str, notice_date: dt.date | None) -> set[dt.date]:
    """The dates a notice says were moved (由原定的8月14日延期至…): a deadline elsewhere in it on
    such a date (要求各乡镇于8月14日前报送…) is the superseded one."""
    out = set()
    for m in REPLACED_RE.finditer(text):
        if m.group("m"):
            month = cn_int(m.group("m"))
            try:
                out.add(dt.date(year_of(m.group("y"), month, notice_date), month, cn_int(m.group("d"))))
            except ValueError:
                continue
    return out


def _mark_moved(sentence: str, deadlines: list[Deadline]) -> None:
    """A deadline right after 调整为 is the one in force; the deadline before it in the same
    statement (no 。or ； between, within 40 characters) is the one it replaces."""
    for k, d in enumerate(deadlines):
        if not MOVED_TO.search(sentence[: d.start]):
            continue
        d.moved = True
        if k and d.start - deadlines[k - 1].end <= 40 and not re.search(r"[。;；]", sentence[deadlines[k - 1].end: d.start]):
            deadlines[k - 1].superseded = True
            d.replaced_at = deadlines[k - 1].start


def _month_end(m: re.Match, notice_date: dt.date | None) -> Deadline:
    return _whole_day_until(m, notice_date, lambda year, month: calendar.monthrange(year, month)[1])


def _in_the_notices_month(m: re.Match, notice_date: dt.date | None, last_day) -> Deadline:
    year, month = month_of(m.group("rel"), notice_date)
    day = last_day(year, month)
    return Deadline(m.start(), m.end(), m.group(), dt.datetime.combine(dt.date(year, month, day), LATEST),
                    f"期限“{m.group()}”按通知日期读作{month}月{day}日24时（23:59:59）截止，请核对")


def _ten_days_end(m: re.Match, notice_date: dt.date | None) -> Deadline:
    return _whole_day_until(m, notice_date, lambda year, month: {"上旬": 10, "中旬": 20}.get(
        m.group("part"), calendar.monthrange(year, month)[1]))


def _whole_day_until(m: re.Match, notice_date: dt.date | None, last_day) -> Deadline:
    """Due at 23:59:59 of ``last_day(year, month)`` of the month the match names (本月 / 下月: the
    notice's month, the one after)."""
    if not m.group("m"):
        return _in_the_notices_month(m, notice_date, last_day)
    month = cn_int(m.group("m"))
    year = year_of(m.group("y"), month, notice_date, m.string[:m.start()])
    calendar.monthrange(year, month)  # a month outside 1..12 raises ValueError
    day = last_day(year, month)
    return Deadline(m.start(), m.end(), m.group(), dt.datetime.combine(dt.date(year, month, day), LATEST),
                    f"期限“{m.group()}”按{month}月{day}日24时（23:59:59）截止，请核对")


# 请各单位于7月18日将上述材料报送…。当日下午5时30分截止: the hour of the day just named, said after it
# …窗口最后一天为7月18日（星期三），当天下午4时关闭接收: the hour the window shuts (window_days.CLOSED_AT)
SAME_DAY_HOUR = re.compile(r"(?:^|[，,；;])\s*(?:截止|截至)?(?:当日|当天|该日)" + TIME + rf"\s*(?:截止|为止|止|前|{CLOSED_AT})")
# 请于11月3日报送，截止时刻为当日15时: the same, the hour named as the cut-off itself, nothing after it
CUT_OFF_THAT_DAY = re.compile(r"(?:^|[，,；;])\s*(?:截止|截至)(?:时刻|时间|时点)\s*(?:为|是)\s*(?:当日|当天|该日)" + TIME)


def timed_after(sentences: list[str], dated: list[list[Deadline]]) -> None:
    """A date without a time gets the hour a clause after it gives that day (…当日下午5时30分截止), in
    its own sentence, before any other date, or at the start of the next sentence."""
    for i, deadlines in enumerate(dated):
        for k, d in enumerate(deadlines):
            if d.due is None or d.recurring or d.due.time() != LATEST or d.text.endswith(("24时", "24点")):
                continue
            rest = sentences[i][d.end: deadlines[k + 1].start if k + 1 < len(deadlines) else None]
            m = SAME_DAY_HOUR.search(rest) or CUT_OFF_THAT_DAY.search(rest)
            if not m and k + 1 == len(deadlines) and i + 1 < len(sentences) and not dated[i + 1]:
                m = SAME_DAY_HOUR.match(sentences[i + 1]) or CUT_OFF_THAT_DAY.match(sentences[i + 1])
            clock = clock_of(m)[0] if m else None
            if clock is not None and clock != LATEST:
                d.closes_at_the_hour_said_after(clock, m.group())


def checked_read(read, m: re.Match, notice_date: dt.date | None) -> Deadline:
    """A deadline read by ``read``, or, for 2月30日 / 每月0日 / 二十五时六十分, one without a due date
    that says why."""
    try:
        return read(m, notice_date)
    except ValueError:
        return Deadline(m.start(), m.end(), m.group(), None, f"期限“{m.group().strip()}”不是有效的日期或时刻，请核对")


DATA_CUTOFF = re.compile(r"(?:统计|数据|时间段|期间)\S{0,4}(?:截至|截止到|截止|至)\s*$")


# 数据统计时间为2026年1月1日至6月30日: the period the figures cover; not across a clause (…无需填报统计表，报送时间为
# 1月26日前: the 统计 is a sheet's name, the 时间 when to send)
DATA_PERIOD = re.compile(r"(?:统计|数据)[^\s，,。；;]{0,4}(?:时间|时段|期间|区间|周期|范围)\s*(?:为|是|[:：])?\s*$")


# 报送时间截至7月4日, 问卷填写截至8月22日晚8时: 截至 a sending (filling, signing up) ends by
SENDING_BY = re.compile(r"(?:报送|上报|提交|发送|填写|填报|报名|征集|收集|时间|期限|日期)\S{0,2}截至\s*$")


ISSUED = re.compile(r"\s*(?:印发|下发|发布|制发|出台|转发)")


# 已于4月22日接受…检查, 已在3月完成: a past day a thing was done (a let-off's reason), said without 前
DONE_ON_THE_DAY = re.compile(r"已(?:经)?\s*(?:于|在)\s*$")


def _is_deadline(sentence: str, m: re.Match) -> bool:
    before = sentence[max(0, m.start() - 6): m.start()]
    if DATA_CUTOFF.search(before) or DATA_PERIOD.search(sentence[max(0, m.start() - 12): m.start()]) \
            or re.match(r"\s*(?:期间)?的?(?:数据|情况|统计|相关)", sentence[m.end():]):
        return False  # （统计截至6月30日）, 截至6月30日的数据: what the figures cover, not when to send
    if ends_the_data_span(sentence, m) or said_as_after(sentence, m) or as_of_what_is_sent(sentence, m):
        return False  # 统计时段为1月1日至年末: the figures' span; 要在年末结账后，…: the work comes after the day
    if re.search(r"截至\s*$", before) and not m.groupdict().get("end") and not m.groupdict().get("h") \
            and not SENDING_BY.search(sentence[max(0, m.start() - 12): m.start()]):
        return False  # 对截至3月31日拖欠的账款进行清查: "as of", not "by" (报送时间截至7月4日 is a deadline)
    if not m.groupdict().get("end") and re.match(r"\s*(?:以后|之后|以来)", sentence[m.end():]):
        return False  # 摄制时间：2100年1月1日以后摄制完成: a start, not a deadline
    if not m.groupdict().get("end") and STARTS_ON.match(sentence[m.end():]):
        return False  # 流动培训点计划于4月1日起启用: the day something starts (起, no 至 / 内 after it), not a deadline
    if not m.groupdict().get("end") and re.search(r"日\s*(?:至|到|—|-)\s*$", before) \
            and re.match(r"\s*(?:在|的|内的|期间的|发生|作出|产生|办理)", sentence[m.end():]):
        return False  # 2104年1月1日至2106年4月30日在平台进场交易的项目: the end of the span the facts fall in
    if not m.groupdict().get("end") and SPAN_OF_FACTS.match(sentence[m.end():]):
        return False  # 2070年1月1日至2075年4月30日期间作出…的项目: the span the facts fall in (…期间将材料发送 is a window)
    span_end = SPAN_TO.match(sentence[m.end():])
    if span_end and SPAN_OF_FACTS.match(sentence[m.end() + span_end.end():]):
        return False  # 检验有效期在2128年1月1日至2128年12月31日期间届满的: the span's start, read alone
    if not m.groupdict().get("end") and ISSUED.match(sentence[m.end():]):
        return False  # 我局于4月23日印发的《…通知》: the day a notice went out
    if held_on_the_day(sentence, m):
        return False  # 笔试暂定于5月21日举行: the day an event is held, not a deadline
    if opens_the_window(sentence, m):
        return False  # 报送窗口首日为7月16日: the day a window opens, not a deadline
    tail = sentence[m.end():]
    if (ATTRIBUTIVE.match(tail) if m.group().endswith("前") else BEFORE_ATTRIBUTIVE.match(tail)) \
            and not re.search(r"[于在请须]\s*$", before):
        return False  # 及2071年底前到期的采矿权清单, 2069年12月31日前成立的企业: which things, not when to send
    if m.groupdict().get("end") or m.groupdict().get("within") or a_window_closed_by_a_late_clause(sentence, m) \
            or within_a_list_of_dates(sentence, m):  # 于5月12日、5月14日、5月19日前: the 前 said of each
        return True  # 5月20日前; 活动结束后5日内: within, a deadline without 前; 6月14日至18日，逾期不再受理
    if OVERDUE_BEFORE.search(before) and OVERDUE_AFTER.match(sentence[m.end():]):
        return True  # 逾10月16日17时未报送的，视为…: the deadline said only by what missing it means
    # 延期至8月21日17时: a date something is moved to is a deadline without 前 too
    return bool(BEFORE_MARKERS.search(before) or MOVED_TO.search(sentence[: m.start()]))


# 于4月1日起启用, 自6月1日起施行: a start; 4月1日起至10日 (a window's end follows) and 4月1日起3个工作日内 are left to the others
STARTS_ON = re.compile(r"\s*(?:起|开始)(?!\s*(?:至|到|止))(?![^，,。；;]{0,12}?(?:内|之内))")
ATTRIBUTIVE = re.compile(r"\s*(?:已|仍|尚)?(?!报送|上报|发送|提交|报至|填报|反馈)[^\W\d_将把请向按由对以在于]{1,4}的")
BEFORE_ATTRIBUTIVE = re.compile(r"\s*(?:之前|以前|前)" + ATTRIBUTIVE.pattern)
SPAN_OF_FACTS = re.compile(r"\s*(?:期间|之间)(?!内?\s*[，,]?\s*(?:将|把|请|报送|发送|提交|上报|报至|通过|以|一次性|集中))")
SPAN_TO = re.compile(r"\s*(?:至|到|—|－|~|～)\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日")
OVERDUE_BEFORE = re.compile(r"(?:逾|超过|超出|过了)\s*$")
OVERDUE_AFTER = re.compile(r"\s*(?:后|以后|之后)?(?:仍|还|尚)?(?:未|没有|不)(?:按时)?(?:报送|上报|报|提交|发送|反馈|填报)")


# 报送截止日如遇双休日或法定节假日，顺延至下一个工作日: a deadline on a weekend is the Monday after
# (截止日遇双休日不顺延, 节假日不予顺延: the day stays as written)
NOT_ROLLED = r"(?<!不)(?<!不予)(?<!不作)(?<!不再)(?<!不得)(?<!均不)"
ROLLS_OVER = re.compile(r"(?:如遇|若遇|遇|逢)[^。；;]{0,8}?(?:双休日|周末|休息日|公休日|节假日)[^。；;]{0,16}?"
                        + NOT_ROLLED + r"(?:顺延|推迟|延至|延后)")
# 如截止日为双休日，则提前至前一个工作日 / 遇周末提前至前一个工作日: a weekend deadline is the Friday before
EARLIER = re.compile(r"(?:双休日|周末|休息日|公休日|节假日)[^。；;]{0,16}?(?:提前至|提前到|提前)(?:前一|上一|之前的?最近一|此前最近一)?个?工作日")
STAYS = re.compile(r"(?:双休日|周末|休息日|公休日|节假日)[^。；;]{0,8}?不(?:予|作|再|得)?(?:顺延|推迟|延后)")


def rolled_over(due: dt.datetime) -> dt.datetime:
    """The first weekday on or after ``due``'s day, at its time (public holidays are not known here)."""
    while due.weekday() >= 5:
        due += dt.timedelta(days=1)
    return due


def rolled_back(due: dt.datetime) -> dt.datetime:
    """The last weekday on or before ``due``'s day, at its time."""
    while due.weekday() >= 5:
        due -= dt.timedelta(days=1)
    return due


def deadline_of_date(m: re.Match, notice_date: dt.date | None) -> Deadline:
    """The deadline a date written out (DEADLINE_RE) says."""
    year, month = year_and_month(m, notice_date)  # 本月20日 / 下月5日: the notice's month, or the one after
    day = cn_int(m.group("d"))
    if m.group("d2"):  # a range: due at its end
        month2 = cn_int(m.group("m2")) if m.group("m2") else month
        year = year_of_the_ranges_end(m, year, month, month2, notice_date)
        month, day = month2, cn_int(m.group("d2"))
    date, no_such_day = _past_the_months_end(year, month, day)
    date, stale = stale_year(date, m.group("y"), notice_date)
    clock, assumed = clock_of(m)
    if clock is None:
        clock = LATEST
        assumed = f"期限“{m.group().strip()}”未写时刻，按{date.month}月{date.day}日24时（23:59:59）截止，请核对"
    elif until := HOURS_UNTIL.match(m.string, m.end()):  # 8:30—17:00期间: the window's close
        hour = int(until.group("h")) + (12 if until.group("pm") and int(until.group("h")) < 12 else 0)
        clock = dt.time(hour, int(until.group("min") or 0)) if hour < 24 else LATEST
        assumed = f"期限“{m.group().strip()}{until.group().strip()}”是一段时间，按其结束时刻截止，请核对"
        return Deadline(m.start(), until.end(), m.group().strip() + until.group().strip(), dt.datetime.combine(date, clock),
                        with_note(assumed, with_note(stale, no_such_day)))
    return Deadline(m.start(), m.end(), m.group().strip(), dt.datetime.combine(date, clock),
                    with_note(assumed, with_note(stale, no_such_day)))


def year_of_the_ranges_end(m: re.Match, year: int, month: int, month2: int, notice_date: dt.date | None) -> int:
    """The year of a range's last month (``month2``; ``year`` and ``month`` its first's). With no year written, it is
    the end that says which year is meant: a window open since before the notice and closing after it
    (`1月1日至6月30日` in a notice of 5月) is this year's, not the next."""
    if m.group("y") or m.group("rel"):
        return year + (1 if month2 < month else 0)
    return year_of(None, month2, notice_date, m.string[:m.start()])


# 12月10日8:30—17:00期间, 9时至16时: the hours of a day's window, due at its close
HOURS_UNTIL = re.compile(r"\s*(?:—|－|-|~|～|至|到)+\s*(?P<pm>下午|晚上)?\s*(?P<h>\d{1,2})\s*(?:[:：]|时|点)\s*(?P<min>\d{2})?\s*分?")


def _day_only(m: re.Match, notice_date: dt.date | None) -> Deadline:
    base = notice_date or dt.date.today()
    day = cn_int(m.group("d"))
    return _a_bare_day(m, m.start(), month_of("本月" if day >= base.day else "下月", base),
                       f"按通知日期（{base.month}月{base.day}日）")


# …于5月15日前报送A，28日（星期四）前报送B: a bare day after a clause break, a date with its month before it
DAY_AFTER_A_DATE_RE = re.compile(rf"(?<=[，,；;])\s*(?P<d>{MD})\s*[日号]" + WEEKDAY_NOTE + TIME + r"(?P<end>\s*(?:之前|以前|前))")


def _day_of_the_same_month(m: re.Match, before: dt.date) -> Deadline:
    """The day in the month of the date said before it in the sentence (the month after, if the day has passed; the
    same day is no day passed: `依次于6月3日、10日、10日、17日前`, two units on the 10th)."""
    day = cn_int(m.group("d"))
    return _a_bare_day(m, m.start("d"), (before.year, before.month) if day >= before.day else month_of("下月", before),
                       f"按同句前面的{before.month}月")


def _a_bare_day(m: re.Match, start: int, year_month: tuple[int, int], read_by: str) -> Deadline:
    """A day said without its month (``m``'s d), read in ``year_month``, with the line saying how it was read."""
    date, no_such_day = _past_the_months_end(*year_month, cn_int(m.group("d")))
    clock, assumed = clock_of(m)
    said_month = f"期限“{m.group().strip()}”只写了日，{read_by}读作{date.month}月{date.day}日"
    if clock is None:
        clock, assumed = LATEST, f"{said_month}24时（23:59:59）截止，请核对"
    else:
        assumed = with_note(assumed, f"{said_month}，请核对")
    return Deadline(start, m.end(), m.group().strip(), dt.datetime.combine(date, clock), with_note(assumed, no_such_day))


def _past_the_months_end(year: int, month: int, day: int) -> tuple[dt.date, str]:
    """6月31日 / 2月30日: a day the month does not have, read as its last day (what the office
    meant by the month's end), with a line saying so; a month or day no calendar has (13月,
    32日) raises ValueError."""
    last = calendar.monthrange(year, month)[1]
    if last < day <= 31:
        return dt.date(year, month, last), f"{month}月没有{day}日，按该月最后一天{month}月{last}日读，请向发文单位核实"
    return dt.date(year, month, day), ""


def _hours_from(m: re.Match, notice_date: dt.date | None) -> Deadline:
    """自6月12日8时起48小时内: that moment and N hours after it (the year the notice's)."""
    year = int(m.group("y")) if m.group("y") else (notice_date or dt.date.today()).year
    hour = int(m.group("h")) + (12 if m.group("ampm") in ("下午", "晚上") and int(m.group("h")) < 12 else 0)
    start = dt.datetime(year, int(m.group("mo")), int(m.group("d")), hour, int(m.group("min") or 0))
    return Deadline(m.start(), m.end(), m.group(), start + dt.timedelta(hours=cn_int(m.group("n"))), "")


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
    else:  # 两周内: seven days a week
        day = base + dt.timedelta(days=n * (7 if m.group("unit") in ("周", "星期") else 1))
    return Deadline(m.start(), m.end(), m.group(), dt.datetime.combine(day, LATEST),
                    f"期限“{m.group()}”从{'印发' if m.group('issued') else '通知'}日期（{base.month}月{base.day}日）起算，"
                    f"按{day.month}月{day.day}日24时截止"
                    f"（未计节假日），请按实际收到通知的日期核对")
