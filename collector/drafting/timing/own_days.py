"""A deadline each unit counts from its own day in the notice's schedule: 请各乡镇于本乡镇验收日前一日17时前报送…, under a
table 批次 | 验收日期 | 乡镇 that gives each unit its day. One deadline a row, for that row's units."""

from __future__ import annotations

import datetime as dt
import re

from collector.numerals import cn_int

from .dates import DATE, END, LATEST, TIME, Deadline, clock_of, days_before, said, year_of
from ..senders.units import UnitResolver, named_units

# 本乡镇验收日前一日17时前, 各自检查日期前2个工作日: N days before the unit's own day of an event
OWN_DAY_RE = re.compile(r"(?:本|各自|该)(?:乡镇|单位|部门|镇|乡)?的?(?P<event>[\u4e00-\u9fa5]{2,4}?)(?:日期|时间|日|当日)前"
                        r"(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*个?(?P<unit>工作日|日|天)" + TIME + END)
DAY_CELL = re.compile(DATE)


def deadlines_of_own_days(sentence: str, sentences: list[str], notice_date: dt.date | None,
                          resolver: UnitResolver) -> list[Deadline]:
    """The deadlines of a sentence that counts back from each unit's own day, one per row of the schedule that gives
    the days; none when no table of the notice gives the event's days."""
    m = OWN_DAY_RE.search(sentence)
    if not m:
        return []
    clock = clock_of(m)[0] or LATEST
    out = []
    for day, units in schedule(sentences, m.group("event"), notice_date, resolver):
        due = days_before(day, cn_int(m.group("n")), m.group("unit") == "工作日")
        out.append(Deadline(m.start(), m.end(), m.group().strip(), dt.datetime.combine(due, clock),
                            f"期限“{m.group().strip()}”按各单位{m.group('event')}日期（{day.month}月{day.day}日）往前推算，"
                            f"{'、'.join(units)}为{due.month}月{due.day}日{said(clock)}截止，请核对", units=tuple(units)))
    return out


def schedule(sentences: list[str], event: str, notice_date: dt.date | None,
             resolver: UnitResolver) -> list[tuple[dt.date, list[str]]]:
    """The rows of the table whose header has a column of the event's days (验收日期): each row's day and units."""
    for i, header in enumerate(sentences):
        cells = header.split("\t")
        column = next((k for k, c in enumerate(cells) if event in c and re.search(r"日期|时间|日$", c)), None)
        if "\t" not in header or column is None:
            continue
        rows = []
        for row in (r.split("\t") for r in _rows_below(sentences, i)):
            day = DAY_CELL.search(row[column]) if column < len(row) else None
            units = [n for k, c in enumerate(row) if k != column for n in named_units(c, resolver)]
            if day and units:
                month = cn_int(day.group("m")) if day.group("m") else None
                if month:
                    rows.append((dt.date(year_of(day.group("y"), month, notice_date), month, cn_int(day.group("d"))),
                                 units))
        if rows:
            return rows
    return []


def _rows_below(sentences: list[str], i: int) -> list[str]:
    rows = []
    for sentence in sentences[i + 1:]:
        if "\t" not in sentence:
            break
        rows.append(sentence)
    return rows
