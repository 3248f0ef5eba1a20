"""The office hours a notice states (本办冬季工作时间：上午8:30—11:30，下午13:00—16:30), for a deadline said by
the close of the morning's work (1月19日上午下班前): that is the end of the morning's hours, not 17:00 nor noon."""

from __future__ import annotations

import datetime as dt
import re

from .dates import MORNING_CLOSE, Deadline

# 工作时间：上午8:30—11:30 / 办公时间为上午8:00-12:00 / 作息时间 上午8时30分至11时30分
_CLOCK = r"(?P<{0}h>\d{{1,2}})\s*[:：时点]\s*(?P<{0}m>\d{{2}})?分?"
MORNING_HOURS = re.compile(r"(?:工作|办公|作息)时间\s*[:：为是]?\s*[^。；;\n]{0,8}?上午\s*" + _CLOCK.format("a")
                           + r"\s*[—\-－~～至到]+\s*" + _CLOCK.format("b"))


def morning_close(body: str) -> dt.time | None:
    """The hour the office's morning ends, as the notice states its hours, or None."""
    m = MORNING_HOURS.search(body)
    if not m:
        return None
    hour, minute = int(m.group("bh")), int(m.group("bm") or 0)
    return dt.time(hour, minute) if 9 <= hour <= 13 and minute < 60 else None


def close_mornings_by_office_hours(body: str, dated: list[list[Deadline]]) -> None:
    """上午下班前 in a notice stating its hours: due when its morning ends (11:30), with the clerk told why."""
    close = morning_close(body)
    if close is None:
        return
    for d in (d for ds in dated for d in ds):
        if d.due and d.due.time() == MORNING_CLOSE and re.search(r"上午\s*下班", d.text):
            d.due = dt.datetime.combine(d.due.date(), close)
            d.assumed = f"期限“{d.text.strip()}”按通知所写上午下班时间{close.hour}时{close.minute:02d}分截止，请核对"
