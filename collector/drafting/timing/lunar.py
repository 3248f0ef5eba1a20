"""Deadlines said by the lunar calendar: 正月十五（元宵节）下班前, 腊月二十三前, 农历八月十五前, the
lunar festivals (元宵节, 端午节, 中秋节, 春节) a 于…前 names, and the 24 solar terms (今年冬至当天下班前).
The calendar is lunar-python's.

A lunar date's year is the lunar year whose date falls next on or after the notice's date (a notice
of 2032年1月19日 asking for 正月十五 means 2032-02-25); a year written before it (2032年正月十五,
农历2032年…) is that lunar year."""

from __future__ import annotations

import datetime as dt
import re

from lunar_python import Lunar, Solar

from collector.numerals import cn_int

from .dates import LATEST, TIME, Deadline, clock_of, said

LUNAR_MONTHS = {"正": 1, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
                "十": 10, "冬": 11, "十一": 11, "腊": 12, "十二": 12}
LUNAR_DAY = r"(?:初[一二三四五六七八九十]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|十[一二三四五六七八九]?|三十)"
# 农历八月十五, 正月十五, 腊月二十三: without 农历 / 阴历 only a month no solar date has (正月, 冬月,
# 腊月), and never followed by 日 (十一月三十日 is a solar date in Chinese numerals)
LUNAR_DATE_RE = re.compile(
    r"(?:(?P<lunar>农历|阴历)\s*)?(?:(?P<y>\d{4})\s*年\s*)?(?:(?P<lunar2>农历|阴历)\s*)?"
    rf"(?P<lm>正|冬|腊|十[一二]?|[一二三四五六七八九])月(?P<ld>{LUNAR_DAY})(?P<ri>日)?(?![\d一二三四五六七八九十])"
    r"(?P<festival>\s*[(（](?:[^()（）]|[(（][^()（）]{1,8}[)）]){1,24}[)）])?" + TIME + r"(?P<end>\s*(?:之前|以前|前))?")
# the lunar festivals by their lunar day (deadlines.HOLIDAY_RE: 于中秋节前 is the eve of the festival)
FESTIVALS = {"元宵": (1, 15), "端午": (5, 5), "中秋": (8, 15), "春节": (1, 1)}


def solar_of(year: int, month: int, day: int) -> dt.date:
    """The calendar day of a lunar date (a day the lunar month has not, or a year out of the
    library's range, raises ValueError)."""
    try:
        s = Lunar.fromYmd(year, month, day).getSolar()
    except Exception as e:  # lunar-python raises a bare Exception: "only 29 days in lunar year …"
        raise ValueError(str(e)) from None
    return dt.date(s.getYear(), s.getMonth(), s.getDay())


def next_lunar(month: int, day: int, on_or_after: dt.date) -> dt.date:
    """The first calendar day on or after ``on_or_after`` that is lunar ``month``/``day``."""
    for year in (on_or_after.year - 1, on_or_after.year, on_or_after.year + 1):
        try:
            solar = solar_of(year, month, day)
        except ValueError:
            continue  # a 三十 this lunar month has not: the next year's
        if solar >= on_or_after:
            return solar
    raise ValueError(f"lunar {month}/{day} not found after {on_or_after}")


def lunar_date_is_meant(m: re.Match) -> bool:
    """农历 / 阴历 said, or a month only the lunar calendar names, and no 日 after a plain month."""
    said_lunar = m.group("lunar") or m.group("lunar2")
    return bool(said_lunar) or (m.group("lm") in ("正", "冬", "腊") and not m.group("ri"))


def lunar_day_number(word: str) -> int:
    """初五 5, 十五 15, 廿三 / 二十三 23, 三十 30."""
    return cn_int(word.replace("廿", "二十").removeprefix("初"))


def lunar_deadline(m: re.Match, notice_date: dt.date | None) -> Deadline:
    """正月十五（元宵节）下班前: that day of the lunar year whose date comes next, at the time given
    or 23:59:59, with an unsettled line naming the calendar day."""
    month, day = LUNAR_MONTHS[m.group("lm")], lunar_day_number(m.group("ld"))
    base = notice_date or dt.date.today()
    date = solar_of(int(m.group("y")), month, day) if m.group("y") else next_lunar(month, day, base)
    clock = clock_of(m)[0] or LATEST
    text = m.group().strip()
    if written := solar_date_in_brackets(m.group("festival") or "", date):
        return Deadline(m.start(), m.end(), text, dt.datetime.combine(written, clock),
                        f"期限“{text}”是农历日期，按括号所写公历{written.year}年{written.month}月{written.day}日{said(clock)}截止，请核对")
    return Deadline(m.start(), m.end(), text, dt.datetime.combine(date, clock),
                    f"期限“{text}”是农历日期，按公历{date.year}年{date.month}月{date.day}日{said(clock)}截止，请核对")


# 腊月二十（即1月27日，星期五）前, 正月十五（公历2月24日）: the calendar day the notice writes beside the lunar one
SOLAR_IN_BRACKETS = re.compile(r"^\s*[(（]\s*(?:即|也就是|亦即|公历|阳历|新历)*\s*(?:(?P<y>\d{4})\s*年\s*)?"
                               r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]")


def solar_date_in_brackets(bracket: str, lunar_day: dt.date) -> dt.date | None:
    """The Gregorian date a bracket after a lunar date writes, in the year (of the two around it) nearest
    the lunar day: a clerk goes by the date written out, whatever the calendar says of it."""
    m = SOLAR_IN_BRACKETS.match(bracket)
    if not m:
        return None
    month, day = int(m.group("m")), int(m.group("d"))
    years = [int(m.group("y"))] if m.group("y") else [lunar_day.year - 1, lunar_day.year, lunar_day.year + 1]
    try:
        return min((dt.date(y, month, day) for y in years), key=lambda d: abs((d - lunar_day).days))
    except ValueError:  # 2月30日: no calendar day, the lunar reading stays
        return None


SOLAR_TERMS = ("小寒", "大寒", "立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至", "小暑",
               "大暑", "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至")
# 今年冬至当天下班前, 于2028年立春前, 冬至日17时前, 立冬前一日下班前: a solar term's day (its eve when
# only 前 follows); a term's word before anything else (于大雪天气前) is no date
SOLAR_TERM_RE = re.compile(r"(?:(?P<y>\d{4})\s*年|(?P<rel>今年|明年))?\s*(?P<term>" + "|".join(SOLAR_TERMS) + r")"
                           r"(?=\s*(?:节|当天|当日|之日|日|前|[上下中]午|晚上|\d|下班))(?:节)?"
                           r"(?:(?P<on>\s*(?:当天|当日|之日|日))|前(?P<back>[一二两三1-3])[日天])?" + TIME
                           + r"(?P<end>\s*(?:之前|以前|前))?")


def solar_term_in(year: int, term: str) -> dt.date:
    """The calendar day of ``term`` in calendar ``year``: the table of the lunar year around June runs
    from the December before to the March after, so it holds every term of the calendar year."""
    for d in Solar.fromYmd(year, 6, 1).getLunar().getJieQiTable().values():
        if d.getYear() == year and d.getLunar().getJieQi() == term:
            return dt.date(year, d.getMonth(), d.getDay())
    raise ValueError(f"{term} not found in {year}")


def solar_term_deadline(m: re.Match, notice_date: dt.date | None) -> Deadline:
    """冬至当天下班前: that day at that time; 冬至前: its eve, 23:59:59 (as 国庆节前). Without a year, the
    first one on or after the notice's date; 今年 / 明年 / 2028年: that year's."""
    base = notice_date or dt.date.today()
    term = m.group("term")
    if m.group("y") or m.group("rel"):
        day = solar_term_in(int(m.group("y")) if m.group("y") else base.year + (m.group("rel") == "明年"), term)
    else:
        day = solar_term_in(base.year, term)
        day = day if day >= base else solar_term_in(base.year + 1, term)
    clock = clock_of(m)[0]
    due = day
    if m.group("back"):  # 立冬前一日下班前
        due = day - dt.timedelta(days=cn_int(m.group("back")))
    elif clock is None and not m.group("on"):
        due = day - dt.timedelta(days=1)  # 冬至前: by the end of the day before
    clock = clock or LATEST
    text = m.group().strip()
    return Deadline(m.start(), m.end(), text, dt.datetime.combine(due, clock),
                    f"期限“{text}”按{day.year}年{term}（{day.month}月{day.day}日）读作{due.month}月{due.day}日{said(clock)}截止，请核对")
