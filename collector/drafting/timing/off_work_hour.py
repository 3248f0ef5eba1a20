"""The hour a notice writes in brackets right after 下班前 (`7月17日（星期三）下班前（17:30）`, `下班前（下午5:30）`,
`下班前（17时30分前）`): that is when the office's day ends, so the deadline is that hour, stated by the notice and asked
about no more. A plain 下班前 stays 17:00 with its question; a bracket saying more of the hours (`（下班时间为17:30）`) is
read by deadlines.OFF_WORK_AT."""

from __future__ import annotations

import datetime as dt
import re

# （17:30） / （下午5:30） / （17时30分前）: a bracket holding an hour alone, maybe with 前
HOUR_ALONE = re.compile(r"\s*[(（]\s*(?:下午|傍晚)?\s*(?P<h>\d{1,2})\s*(?:[:：]\s*(?P<min>\d{2})|[点时]\s*(?P<cn_min>\d{1,2}分|半)?)"
                        r"\s*(?:之前|以前|前)?\s*[)）]")


def hour_in_brackets_after(after: str) -> dt.time | None:
    """The hour of a bracket holding an hour alone at the start of ``after`` (the text right after 下班前), read in the
    afternoon (an office's day ends then: （5:30） is 17:30); None when there is none or it is no hour."""
    m = HOUR_ALONE.match(after)
    if not m:
        return None
    minute_said = m.group("min") or (m.group("cn_min") or "0").rstrip("分")
    minute = 30 if minute_said == "半" else int(minute_said)
    hour = int(m.group("h"))
    hour += 12 if hour < 12 else 0
    return dt.time(hour, minute) if hour <= 23 and minute <= 59 else None
