"""A deadline said as the day after the date just named, no date of its own: `一、开发区管委会于10月10日前报送…监测表。
二、各乡镇人民政府结合开发区监测数据，于次日上午10时前报送…简报（Word格式）` (次日 / 翌日 / 第二天 / 第二日 after 于 / 在, or
opening its clause: 10月11日 10:00; with no hour, that day's end). The date is the last deadline read before the words, in
their sentence or the one before, as for 同日 (same_time.py); with none, the words stay no deadline. After an event
(`会议次日`, `假期结束次日上午10时前`) the day is the event's, read by events.py. So is `当日` / `同日` with an hour in
the sentence after the dated one (`…于6月18日前报送…评估表。其中，县卫健局须于当日上午10时前报送。`: 6月18日 10:00); in
its own sentence it is same_day.py's. A relative day with its date in a bracket after it (`于座谈会结束后第二天（10月15日，
星期二）上午10时前`, `次日（6月3日）17时前`) is that date at the hour said: the bracket tells the day, with no event's or
earlier deadline's date needed (dated_relative_day)."""

from __future__ import annotations

import datetime as dt
import re

from collector.numerals import cn_int

from .dates import DATE, LATEST, TIME, Deadline, clock_of, said, year_and_month
from .events import EVENT
from .same_day import SAME_DAY_RE
from .same_time import moment_before

# 于次日上午10时前, 在翌日下班前, （二）次日17时前报送…: the day after the one named before, at its hour
NEXT_DAY_RE = re.compile(r"(?:(?<=[于在])|(?<![^\s，,；;：:)）、．.]))\s*(?P<day>次日|翌日|第二天|第二日)" + TIME
                         + r"\s*(?:之前|以前|前|为止|止)")


# 座谈会结束后第二天（10月15日，星期二）上午10时前, 次日（6月3日）17时前: the relative day (an event's words before it taken in,
# so the event's reading of events.py is not made too) with the date it stands for in the bracket, a 前 after the hour
DATED_RELATIVE_DAY_RE = re.compile(rf"(?:(?:{EVENT})(?:结束后?|后)?\s*)?(?:次日|翌日|第二天|第二日|当天|当日)\s*[(（]\s*"
                                   + DATE + r"(?:\s*[，,、]?\s*(?:星期|周|礼拜)[一二三四五六日天])?\s*[)）]" + TIME
                                   + r"(?P<end>\s*(?:之前|以前|前|为止|止))")


def dated_relative_day(m: re.Match, notice_date: dt.date | None) -> Deadline:
    """座谈会结束后第二天（10月15日，星期二）上午10时前: the bracket's date at the hour said (else the day's end)."""
    year, month = year_and_month(m, notice_date)
    due = dt.datetime.combine(dt.date(year, month, cn_int(m.group("d"))), clock_of(m)[0] or LATEST)
    text = m.group().strip()
    return Deadline(m.start(), m.end(), text, due,
                    f"期限“{text}”按括号中的日期读作{due.month}月{due.day}日{said(due.time())}，请核对")


# 于各乡镇报送截止的次日上午10时前, 在自查报告提交截止日的第二天下班前: the day after whose deadline is named
DAY_AFTER_WHOSE_RE = re.compile(r"(?<=[于在])\s*(?P<whose>[\u4e00-\u9fa5《》]{2,16}?)(?:报送|提交|上报|报)?(?:截止|期限)"
                                r"(?:之日|日|时间|日期)?的?(?P<day>次日|翌日|第二天|第二日)" + TIME
                                + r"\s*(?:之前|以前|前|为止|止)")


def deadlines_on_the_day_after_whose(sentences: list[str], dated: list[list[Deadline]]) -> None:
    """Each 于各乡镇报送截止的次日…前 a deadline of its sentence, on the day after the deadline of the nearest sentence
    before naming whose (乡镇, 各 dropped: 一、各乡镇于8月15日前报送…), at the hour it says, else the day's end; with
    no sentence before naming them by a date, no deadline."""
    for i, sentence in enumerate(sentences):
        for m in DAY_AFTER_WHOSE_RE.finditer(sentence):
            if any(d.due and d.start <= m.start("day") < d.end for d in dated[i]):
                continue
            whose = re.sub(r"^各", "", m.group("whose").strip("《》"))
            before = next((d for s, ds in zip(reversed(sentences[:i]), reversed(dated[:i])) if whose in s
                           for d in ds if d.due and not d.recurring and not d.superseded), None)
            if before is None:
                continue
            day = before.due.date() + dt.timedelta(days=1)
            due = dt.datetime.combine(day, clock_of(m)[0] or LATEST)
            _read_in(dated, i, m, Deadline(m.start(), m.end(), m.group().strip(), due,
                                           f"期限“{m.group().strip()}”读作{m.group('whose')}报送截止的{before.due.month}月"
                                           f"{before.due.day}日的次日，即{day.month}月{day.day}日{said(due.time())}，请核对"))


def deadlines_on_the_day_after(sentences: list[str], dated: list[list[Deadline]]) -> None:
    """Each 于次日…前 a deadline of its sentence, on the day after the last deadline before it (at the hour it says,
    else the day's end), added to ``dated``."""
    for i, sentence in enumerate(sentences):
        for m in NEXT_DAY_RE.finditer(sentence):
            if any(d.start <= m.start("day") < d.end for d in dated[i]):
                continue
            if not (moment := moment_before(sentences, dated, i, m.start(), platforms_taken=False)):
                continue
            day = moment.due.date() + dt.timedelta(days=1)
            due = dt.datetime.combine(day, clock_of(m)[0] or LATEST)
            _read_in(dated, i, m, Deadline(m.start("day"), m.end(), m.group().strip(), due,
                                           f"期限“{m.group().strip()}”读作前面所写的{moment.due.month}月{moment.due.day}日的次日，"
                                           f"即{day.month}月{day.day}日{said(due.time())}，请核对"))


def deadlines_on_the_day_before_named(sentences: list[str], dated: list[list[Deadline]]) -> None:
    """Each 于当日…前 of a sentence with no dated deadline before it, on the last deadline's day of the sentence before (at
    the hour it says), added to ``dated`` in place of the undated reading of its hour."""
    for i, sentence in enumerate(sentences[1:], 1):
        for m in SAME_DAY_RE.finditer(sentence):
            clock = clock_of(m)[0]
            if clock is None or any(d.due and d.start < m.end() for d in dated[i]):
                continue
            if not (moment := moment_before(sentences, dated, i, m.start(), platforms_taken=False)):
                continue
            due = dt.datetime.combine(moment.due.date(), clock)
            _read_in(dated, i, m, Deadline(m.start("day"), m.end(), m.group().strip(), due,
                                           f"期限“{m.group().strip()}”读作前句所写的{moment.due.month}月{moment.due.day}日"
                                           f"{said(clock)}，请核对"))


def without_whose_deadline_it_follows(segment: str) -> str:
    """县自然资源局于各乡镇报送截止的次日上午10时前报送… → …于次日上午10时前报送…: the units whose deadline it follows are
    not its senders."""
    return DAY_AFTER_WHOSE_RE.sub(lambda m: m.group("day") + m.group()[m.end("day") - m.start():], segment)


def _read_in(dated: list[list[Deadline]], i: int, m: re.Match, deadline: Deadline) -> None:
    """``deadline``, read from the words ``m`` of sentence ``i``, put among its deadlines in their order, in place of an
    undated reading of those words (its hour read alone: `…写了期限“0时前”，但未能读出日期`)."""
    dated[i] = sorted([d for d in dated[i] if d.due or not (m.start() <= d.start < m.end())] + [deadline],
                      key=lambda d: d.start)
