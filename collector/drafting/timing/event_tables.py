"""An event's day given in a table row: `会议名称 | 时间 | 地点 | 参会单位` with `…推进会 | 11月11日（星期一）上午9时 | …`, so
that `于会议召开前两个工作日` counts back from it. The row names the event (its first cell ends in an event word) and the
header names the column of its time; a row of no event word, or a table with no 时间 / 日期 column, gives no day."""

from __future__ import annotations

import datetime as dt
import re

from collector.numerals import cn_int

from .dates import DATE, year_of

# 时间, 会议时间, 召开日期: the header cell over the event's day
WHEN_HEAD = re.compile(r"^[\u4e00-\u9fa5]{0,4}(?:时间|日期)$")
DAY = re.compile(DATE)


def table_event_days(text: str, notice_date: dt.date | None, event_words: str) -> list[tuple[str, dt.date]]:
    """(the event word closing a row's first cell, the day in its time column) for each such row, in order."""
    out: list[tuple[str, dt.date]] = []
    when = None
    for line in text.split("\n"):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 2:
            when = None
            continue
        heads = [k for k, c in enumerate(cells) if WHEN_HEAD.match(c)]
        if heads and not DAY.search(line):
            when = heads[0]
            continue
        event = re.search(rf"(?:{event_words})$", cells[0])
        if when is None or when >= len(cells) or not event or not (m := DAY.search(cells[when])) or not m.group("m"):
            continue
        try:
            month = cn_int(m.group("m"))
            out.append((event.group(), dt.date(year_of(m.group("y"), month, notice_date), month, cn_int(m.group("d")))))
        except ValueError:
            continue
    return out
