"""The deadline's hour said by the sentence after it, as the moment past which a mail is late: `…于5月20日（星期日）前
发送至…。报送时间以邮件到达时间为准，5月20日17时后到达的视为逾期。` — the day closes at 17时, not at its end. Only the
sentence right after, naming the same day (or 当日 / 当天) with an hour and then 后 … 逾期 (不予受理, 不再受理, 视为未报);
an hour after another day, or a 逾期 clause without an hour, leaves the deadline as it is. The same rule in a bracket right
after the date, with no day of its own (`6月18日（星期三）前（以邮件发送时间为准，17:00以后发送的视为逾期）`), is that date's hour."""

from __future__ import annotations

import datetime as dt
import re

from collector.numerals import cn_int

from .dates import DATE, LATEST, TIME, Deadline, clock_of

LATE_PAST = re.compile(r"(?:(?:" + DATE + r")|(?P<same>当日|当天|该日))" + TIME
                       + r"\s*(?:以|之)?后[^。；;]{0,12}?(?:视为逾期|视同逾期|按逾期|不予受理|不再受理|不予接收|视为未报)")
# 6月18日前（以邮件发送时间为准，17:00以后发送的视为逾期）: the late rule in the date's own bracket, no day named in it
LATE_PAST_IN_BRACKETS = re.compile(r"\s*[(（][^()（）日]{0,20}?[，,]?" + TIME
                                   + r"\s*(?:以|之)?后[^()（）]{0,12}?(?:视为逾期|视同逾期|按逾期|不予受理|不再受理|不予接收|视为未报)"
                                   + r"[^()（）]{0,8}[)）]")


def timed_by_a_bracketed_late_rule(sentences: list[str], dated: list[list[Deadline]]) -> None:
    """A date due at its day's end gets the hour of the late rule in the bracket right after it."""
    for sentence, deadlines in zip(sentences, dated):
        for d in deadlines:
            if d.due is None or d.recurring or d.due.time() != LATEST:
                continue
            m = LATE_PAST_IN_BRACKETS.match(sentence[d.end:])
            clock = clock_of(m)[0] if m else None
            if clock is not None and clock != LATEST:
                d.closes_at_the_hour_said_after(clock, m.group().strip("()（） "))


def timed_by_the_late_clause(sentences: list[str], dated: list[list[Deadline]]) -> None:
    """The last date of a sentence, due at its day's end, gets the hour the next sentence's late clause gives it."""
    for i, deadlines in enumerate(dated[:-1]):
        last = deadlines[-1] if deadlines else None
        if last is None or last.due is None or last.recurring or last.due.time() != LATEST:
            continue
        m = LATE_PAST.search(sentences[i + 1])
        clock = clock_of(m)[0] if m else None
        if clock is None or clock == LATEST or not _same_day(m, last.due.date()):
            continue
        last.closes_at_the_hour_said_after(clock, m.group())


def _same_day(m: re.Match, day: dt.date) -> bool:
    if m.group("same"):
        return True
    return bool(m.group("m") and m.group("d")) and (cn_int(m.group("m")), cn_int(m.group("d"))) == (day.month, day.day)
