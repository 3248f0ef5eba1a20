"""A deadline said only as a lead on a higher office's date, the one date the notice writes:
`市普查办…要求各县（市、区）于3月30日（星期五）前报送市普查办` and then `请各乡镇…较市普查办规定时限提前3个工作日报送`
— three working days before 3月30日, Tuesday 3月27日 (the county's own sending to the city stays no requirement)."""

from __future__ import annotations

import datetime as dt
import re

from collector.numerals import cn_int

from .dates import LATEST, Deadline, days_before

# 较市普查办规定时限提前3个工作日, 比市局要求的时间提前5天, 早于市里规定期限2个工作日
AHEAD_OF = re.compile(r"(?:较|比|早于)\s*(?P<whose>[^，,。；;\s]{1,12}?)(?:规定|要求|确定)的?(?:时限|期限|时间|截止时间|日期)"
                      r"\s*提前\s*(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*个?(?P<unit>工作日|日|天)")


def deadlines_ahead_of_a_higher_date(sentences: list[str], dated: list[list[Deadline]]) -> None:
    """Each sentence with no date of its own that sends N (working) days ahead of the date an earlier sentence gives
    the body it names: a deadline that many days before that date, at the day's end."""
    for i, sentence in enumerate(sentences):
        m = AHEAD_OF.search(sentence)
        if dated[i] or not m:
            continue
        theirs = _their_date(m.group("whose"), sentences[:i], dated[:i])
        if theirs is None:
            continue
        n, working = cn_int(m.group("n")), m.group("unit") == "工作日"
        day = days_before(theirs, n, working)
        dated[i] = [Deadline(m.start(), m.end(), m.group(), dt.datetime.combine(day, LATEST),
                             f"期限“{m.group()}”按{m.group('whose')}的{theirs.month}月{theirs.day}日提前{n}个"
                             f"{'工作日' if working else '天'}计，为{day.month}月{day.day}日，请核对")]


def _their_date(whose: str, earlier: list[str], dated: list[list[Deadline]]) -> dt.date | None:
    """The day of the last deadline an earlier sentence naming ``whose`` gives."""
    for sentence, deadlines in zip(reversed(earlier), reversed(dated)):
        days = [d.due.date() for d in deadlines if d.due and not d.recurring]
        if whose in sentence and days:
            return days[-1]
    return None
