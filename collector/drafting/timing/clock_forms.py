"""Clock times with quarters, as spoken time counts them, spelled out as the drafter reads them: `下午4点三刻前` is
16:45, `早7点一刻` 7:15 (一刻 / 两刻 / 三刻 after 点 or 时; a bare 一刻钟 is a span of time, not a clock time). The
four-digit clock (`1800前`) is military_hours.py's."""

from __future__ import annotations

import re

# 4点三刻, 七点一刻, 5时两刻: the hour, then its quarters (not 一刻钟, a span)
QUARTERS = re.compile(r"(?P<h>\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?P<unit>[点时])\s*"
                      r"(?P<q>[一二两三123])\s*刻(?!钟)")


def spelled_out(text: str) -> str:
    return QUARTERS.sub(_quarters, text)


def _quarters(m: re.Match) -> str:
    quarters = {"一": 1, "1": 1, "二": 2, "两": 2, "2": 2, "三": 3, "3": 3}[m.group("q")]
    return f"{m.group('h')}{m.group('unit')}{15 * quarters}分"
