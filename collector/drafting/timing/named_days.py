"""Deadlines said by a day's name, not its date (deadlines.py reads them with the dated ones): a holiday (于国庆节前), a
weekday (下周一前, 7月份第一个星期五), today or tomorrow (明天下班前), and a date written with dots or slashes (于9.26前)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from collector.numerals import cn_int

from .dates import (CN_YEAR, LATEST, MD, TIME, WEEKDAYS, Deadline, clock_of, days_after, said, stale_year, with_note,
                    year_of)
from .lunar import FESTIVALS, solar_of

# ---------------------------------------------------------------- days named, not dated

# 于国庆节前, 在元旦前, 于中秋节前: the day before the holiday, 23:59:59; the lunar ones (春节, 元宵, 端午,
# 中秋) by the lunar calendar (lunar.py)
HOLIDAY_RE = re.compile(r"(?<=于|在)\s*(?:(?P<y>\d{4})\s*年)?[“\"]?(?P<holiday>国庆节|国庆|元旦|春节|劳动节|五一|元宵节|元宵"
                        r"|端午节|端午|中秋节|中秋|七一|建党节|八一|建军节|五四|青年节|六一|儿童节|三八|妇女节|教师节)"
                        r"[”\"]?(?:假期|节)?(?P<end>之前|以前|前)(?![后夕])")
# the days a notice names by their number (“七一”前: 6月30日) or their name
FIXED_HOLIDAYS = {"国庆": (10, 1), "元旦": (1, 1), "劳动": (5, 1), "五一": (5, 1), "七一": (7, 1), "建党": (7, 1),
                  "八一": (8, 1), "建军": (8, 1), "五四": (5, 4), "青年": (5, 4), "六一": (6, 1), "儿童": (6, 1),
                  "三八": (3, 8), "妇女": (3, 8), "教师": (9, 10)}


def _holiday_day(name: str, year: int) -> dt.date:
    if name[:2] in FESTIVALS:
        return solar_of(year, *FESTIVALS[name[:2]])
    return dt.date(year, *FIXED_HOLIDAYS[name[:2]])


def holiday_deadline(m: re.Match, notice_date: dt.date | None) -> Deadline:
    """国庆节前: by the end of the day before the holiday (9月30日 23:59:59) — the first such
    holiday after the notice's date, or the year's when a year is given."""
    name = m.group("holiday")
    base = notice_date or dt.date.today()
    year = int(m.group("y")) if m.group("y") else base.year
    day = _holiday_day(name, year)
    if not m.group("y") and day <= base:
        day = _holiday_day(name, year + 1)
    eve = day - dt.timedelta(days=1)
    text = re.sub(r"[“”\"]", "", m.group()).strip()  # “七一”前
    return Deadline(m.start(), m.end(), text, dt.datetime.combine(eve, LATEST),
                    f"期限“{text}”按节日前一天（{eve.month}月{eve.day}日）24时（23:59:59）截止，请核对")


# 国庆节后第一个工作日上午10时前, 春节后首个工作日: the first weekday after the holiday's last day as the notice dates it
# (国庆节假期为10月1日至10月7日); 国庆节假期后… is the events' 假期 (events.AFTER_EVENT_RE)
HOLIDAYS = r"国庆节|国庆|元旦|春节|清明节|清明|劳动节|五一|端午节|端午|中秋节|中秋"
AFTER_HOLIDAY_RE = re.compile(rf"(?P<holiday>{HOLIDAYS})节?(?!假期|放假)(?:结束)?(?:后|过后)\s*(?:的)?"
                              r"(?:第一个工作日|首个工作日|上班第一天|上班首日|第一天上班)" + TIME
                              + r"(?P<end>\s*(?:之前|以前|前))?")
# 国庆节假期为10月1日至10月7日, 春节放假时间：2月9日至17日, 10月1日至7日国庆节放假: the holiday's days, its name said
HOLIDAY_SPAN_RE = re.compile(
    rf"(?P<holiday>{HOLIDAYS})节?(?:假期|长假|放假|休假)(?:时间|安排|期间)?\s*(?:为|是|定为|[:：(（])?\s*"
    rf"(?:(?P<y>\d{{4}})\s*年\s*)?(?P<m>{MD})\s*月\s*(?P<d>{MD})\s*日[^至到—~\-。；;]{{0,8}}?\s*(?:至|到|—|-|~)\s*"
    rf"(?:(?P<m2>{MD})\s*月\s*)?(?P<d2>{MD})\s*日"
    rf"|(?:(?P<y_>\d{{4}})\s*年\s*)?(?P<m_>{MD})\s*月\s*(?P<d_>{MD})\s*日[^至到—~\-。；;]{{0,8}}?\s*(?:至|到|—|-|~)\s*"
    rf"(?:(?P<m2_>{MD})\s*月\s*)?(?P<d2_>{MD})\s*日[^。；;，,\n]{{0,4}}?(?P<holiday_>{HOLIDAYS})节?(?:假期|长假|放假|休假)")


def _holiday_key(name: str) -> str:
    """国庆节 / 国庆 → 国庆假期, 劳动节 → 五一假期: one key a holiday's names share."""
    return {"劳动": "五一"}.get(name[:2], name[:2]) + "假期"


def holiday_spans(text: str, notice_date: dt.date | None) -> dict[str, dt.date]:
    """The first and last day of each holiday the notice dates (keys 国庆假期, 国庆假期结束)."""
    out: dict[str, dt.date] = {}
    for m in HOLIDAY_SPAN_RE.finditer(text):
        g = {k.rstrip("_"): v for k, v in m.groupdict().items() if v and k.endswith("_") == bool(m.group("holiday_"))}
        try:
            month, month2 = cn_int(g["m"]), cn_int(g.get("m2") or g["m"])
            first = dt.date(year_of(g.get("y"), month, notice_date), month, cn_int(g["d"]))
            last = dt.date(first.year + (month2 < month), month2, cn_int(g["d2"]))
        except ValueError:
            continue
        out.setdefault(_holiday_key(g["holiday"]), first)
        out.setdefault(_holiday_key(g["holiday"]) + "结束", last)
    return out


def _last_day_of_the_holiday(name: str, events: dict[str, dt.date]) -> dt.date | None:
    """The holiday's last day as the notice dates it; else that of the 假期 it dates (放假时间为10月1日至7日) when
    the holiday's own day falls in it."""
    if last := events.get(_holiday_key(name) + "结束"):
        return last
    first, last = events.get("假期"), events.get("假期结束")
    if not (first and last) or name[:2] not in FESTIVALS and name[:2] not in FIXED_HOLIDAYS:
        return None
    return last if first <= _holiday_day(name, first.year) <= last else None


def after_holiday_deadline(m: re.Match, events: dict[str, dt.date]) -> Deadline:
    """国庆节后第一个工作日上午10时前: the first weekday (Saturdays and Sundays skipped, the days made up for the holiday
    not known) after the holiday's last day, at the time given or 23:59:59; a holiday the notice gives no days for
    leaves no due date and a line asking for it."""
    text, name = m.group().strip(), m.group("holiday")
    last = _last_day_of_the_holiday(name, events)
    if last is None:
        return Deadline(m.start(), m.end(), text, None,
                        f"期限“{text}”以{name}假期的最后一天起算，通知中未写假期日期，未列为报送要求，请填写")
    day = days_after(last, 1, working=True)
    clock = clock_of(m)[0] or LATEST
    return Deadline(m.start(), m.end(), text, dt.datetime.combine(day, clock),
                    f"期限“{text}”按{name}假期最后一天（{last.month}月{last.day}日）后的第一个工作日（只跳过周六、周日，"
                    f"未计调休），即{day.month}月{day.day}日{said(clock)}截止，请核对")


# 下周三前, 本周五下午5点前, 这个星期一前: the weeks (Monday to Sunday) counted from the notice's
# date; not 本周五（9月5日）前, whose own date is read instead
WEEK_RE = re.compile(r"(?P<which>本|这|下)个?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])(?!\s*[(（]\s*[\d一二三四五六七八九十])"
                     + TIME + r"(?P<end>\s*(?:之前|以前|前))?")


def weekday_deadline(m: re.Match, notice_date: dt.date | None) -> Deadline:
    base = notice_date or dt.date.today()
    monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(days=7 if m.group("which") == "下" else 0)
    day = monday + dt.timedelta(days=WEEKDAYS.index(m.group("wd").replace("天", "日")))
    clock = clock_of(m)[0] or LATEST
    at = said(clock)
    return Deadline(m.start(), m.end(), m.group().strip(), dt.datetime.combine(day, clock),
                    f"期限“{m.group().strip()}”按通知日期（{base.month}月{base.day}日，星期{WEEKDAYS[base.weekday()]}）"
                    f"所在周起算，即{day.month}月{day.day}日{at}截止，请核对")


# 7月份第一个星期五下班前, 9月最后一个周三前: a weekday counted within a month
NTH_WEEKDAY_RE = re.compile(rf"(?:(?P<y>\d{{4}}|{CN_YEAR})\s*年\s*)?(?P<m>{MD})\s*月份?\s*(?:的)?\s*"
                            r"(?:第(?P<n>[一二三四1-4])|(?P<last>最后一?))\s*个?\s*(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])"
                            + TIME + r"(?P<end>\s*(?:之前|以前|前))?")


def nth_weekday_deadline(m: re.Match, notice_date: dt.date | None) -> Deadline:
    month = cn_int(m.group("m"))
    year = year_of(m.group("y"), month, notice_date)
    wanted = WEEKDAYS.index(m.group("wd").replace("天", "日"))
    days = [dt.date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)]
    matching = [d for d in days if d.weekday() == wanted]
    day = matching[-1] if m.group("last") else matching[cn_int(m.group("n")) - 1]
    clock, note = clock_of(m)
    clock = clock or LATEST
    text = m.group().strip()
    return Deadline(m.start(), m.end(), text, dt.datetime.combine(day, clock),
                    with_note(f"期限“{text}”即{year}年{month}月{day.day}日{said(clock)}截止，请核对", note))


# 请于明天上午10点前 (a 紧急通知): counted from the notice's date, the clerk checks it was sent that day
NEAR_DAY_RE = re.compile(r"(?P<which>今天|今日|明天|明日|后天)" + TIME + r"(?P<end>\s*(?:之前|以前|前))")
NEAR_DAYS = {"今天": 0, "今日": 0, "明天": 1, "明日": 1, "后天": 2}


def near_day_deadline(m: re.Match, notice_date: dt.date | None) -> Deadline:
    base = notice_date or dt.date.today()
    day = base + dt.timedelta(days=NEAR_DAYS[m.group("which")])
    clock = clock_of(m)[0] or LATEST
    return Deadline(m.start(), m.end(), m.group().strip(), dt.datetime.combine(day, clock),
                    f"期限“{m.group().strip()}”按通知日期{base.month}月{base.day}日计为{day.month}月{day.day}日"
                    f"{said(clock)}，请核对通知实际发出的日期")


# 2354/6/5（星期六）15:00前: the weekday's bracket between the date and its hour, as after 6月5日
DOTTED_WEEKDAY = r"(?:\s*[(（]\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)）])?"
# 于5.20前, 在2026.5.20之前: a dotted month.day, only after 于 / 在 / 截止 / 截至 / 最迟 / 请 and
# before 前 / 之前 / 以前, not inside a longer number (增长3.5以前, 1.2.3, V2.1); 2031-06-20 / 2031-6-20 (ISO-like,
# a hyphen only after a year, the same separator twice; any year 2000–2999: 2344-09-15 18:00:00)
_DOTTED = (r"(?<![\d.．/A-Za-z-])(?:(?P<y>2\d{3})(?P<sep>[.．/-]))?(?P<m>1[0-2]|0?[1-9])(?(sep)(?P=sep)|[.．/])"
           r"(?P<d>3[01]|[12]\d|0?[1-9])(?:(?![\d.．/-])|(?=\d{1,2}[:：]\d{2}))" + DOTTED_WEEKDAY + TIME)  # 2032.5.20 17:00 reads 2032.5.2017:00 once spaces go
DOTTED_RE = re.compile(r"(?:(?<=于)|(?<=在)|(?<=截止)|(?<=截至)|(?<=最迟)|(?<=请))\s*" + _DOTTED
                       + r"(?P<end>\s*(?:之前|以前|前))")
# 三、截止时间：2032.5.20 17:00, 报送截止：2485/3/14（周三）前 — a label that says the date is the deadline needs no 前
DOTTED_LABELLED_RE = re.compile(r"(?:(?<=报送截止)|(?<=上报截止)|(?<=提交截止)|(?<=报名截止)|(?<=申报截止)|(?<=截止时间)|(?<=截止日期)|(?<=报送时间)|(?<=报送截止时间))\s*[:：为]\s*"
                                + _DOTTED + r"(?P<end>\s*(?:之前|以前|前))?")


def dotted_deadline(m: re.Match, notice_date: dt.date | None) -> Deadline:
    month, day = int(m.group("m")), int(m.group("d"))
    date, stale = stale_year(dt.date(year_of(m.group("y"), month, notice_date), month, day), m.group("y"), notice_date)
    clock, assumed = clock_of(m)
    if clock is None:
        clock = LATEST
        assumed = f"期限“{m.group().strip()}”读作{month}月{day}日，未写时刻，按24时（23:59:59）截止，请核对"
    return Deadline(m.start(), m.end(), m.group().strip(), dt.datetime.combine(date, clock), with_note(assumed, stale))


