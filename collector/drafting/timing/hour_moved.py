"""The hour of a day moved, the day kept, as a 补充通知 says it: `…日期不变，仍为7月12日（星期五），但截止时间由原通知规定的当日
下班前提前至当日中午12时前`. The day closes at the hour it is moved to (12:00), not at its end. Only a move from one hour
to another of the same day (由…提前至 / 调整为 / 推迟到 / 改为 当日…), after the date in its sentence; an hour moved to
another day is a date of its own and is read as one."""

from __future__ import annotations

import re

from .dates import LATEST, TIME, Deadline, clock_of

# 截止时间由原通知规定的当日下班前提前至当日中午12时前, 时间由当日17时调整为当日12时
SAME_DAY_HOUR_MOVED = re.compile(r"由[^。；;，,]{0,24}?(?:提前|调整|推迟|延后|延长|顺延|改|变更)(?:至|为|到)\s*"
                                 r"(?:当日|当天|该日|同日)" + TIME + r"\s*(?:之前|以前|前|截止|为止|止)")


def hours_moved_on_the_day(sentences: list[str], dated: list[list[Deadline]]) -> None:
    """A date without a time gets the hour the rest of its sentence moves that day's close to."""
    for sentence, deadlines in zip(sentences, dated):
        for k, d in enumerate(deadlines):
            if d.due is None or d.recurring or d.due.time() != LATEST:
                continue
            rest = sentence[d.end: deadlines[k + 1].start if k + 1 < len(deadlines) else None]
            m = SAME_DAY_HOUR_MOVED.search(rest)
            clock = clock_of(m)[0] if m else None
            if clock is not None and clock != LATEST:
                d.closes_at_the_hour_said_after(clock, m.group())
