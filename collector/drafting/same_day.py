"""A second group's deadline given by reference to the day said before it, at an hour of its own:
`请各乡镇于6月10日中午12时前、县直各单位于同日下午5时前，将…发送至…` (同日 = 6月10日, 17:00)."""

from __future__ import annotations

import datetime as dt
import re

from .dates import TIME, Deadline, clock_of, said

# 于同日下午5时前, 在当天16时前: after 于 / 在, an hour and 前 (…。当日下午5时30分截止, the hour of the one deadline
# before it, is timed_after's)
SAME_DAY_RE = re.compile(r"(?<=[于在])\s*(?P<day>同日|同一天|同一日|当日|当天)" + TIME + r"\s*(?:之前|以前|前|为止|止)")


def same_day_deadlines(sentence: str, found: list[Deadline], taken: list[tuple[int, int]]) -> list[Deadline]:
    """The deadlines the sentence says by 同日 with an hour, each on the day of the last dated deadline before it."""
    out: list[Deadline] = []
    for m in SAME_DAY_RE.finditer(sentence):
        clock, _ = clock_of(m)
        earlier = [d for d in found + out if d.due and d.end <= m.start()]
        if clock is None or not earlier or any(a <= m.start() < b for a, b in taken):
            continue
        day = max(earlier, key=lambda d: d.end).due.date()
        out.append(Deadline(m.start("day"), m.end(), m.group().strip(), dt.datetime.combine(day, clock),
                            f"期限“{m.group().strip()}”读作同句前面的{day.month}月{day.day}日{said(clock)}，请核对"))
    return out
