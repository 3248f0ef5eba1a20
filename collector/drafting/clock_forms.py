"""Clock times written in forms other than 16时30分 / 16:30, spelled out as the drafter reads them:

- the hour with quarters, as spoken time counts them: `下午4点三刻前` is 16:45, `早7点一刻` 7:15 (一刻 / 两刻 / 三刻
  after 点 or 时; a bare 一刻钟 is a span of time, not a clock time);
- the four-digit form with no separator, as the forces and the railways write it: `8月12日（星期四）1800前` is
  18:00 (only right after a date and before 前 / 截止 / 止, so 8月12日2000余人 and a year stay as written).
"""

from __future__ import annotations

import re

from .dates import DATE, WEEKDAY_NOTE

# 4点三刻, 七点一刻, 5时两刻: the hour, then its quarters (not 一刻钟, a span)
QUARTERS = re.compile(r"(?P<h>\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?P<unit>[点时])\s*"
                      r"(?P<q>[一二两三123])\s*刻(?!钟)")
# 8月12日（星期四）1800前: a date, then HHMM and the word closing a deadline
FOUR_DIGITS = re.compile(rf"(?P<date>{DATE}{WEEKDAY_NOTE})\s*(?P<h>[01]\d|2[0-3])(?P<min>[0-5]\d)"
                         r"(?=\s*(?:之前|以前|前|截止|止))")


def spelled_out(text: str) -> str:
    return FOUR_DIGITS.sub(_four_digits, QUARTERS.sub(_quarters, text))


def _quarters(m: re.Match) -> str:
    quarters = {"一": 1, "1": 1, "二": 2, "两": 2, "2": 2, "三": 3, "3": 3}[m.group("q")]
    return f"{m.group('h')}{m.group('unit')}{15 * quarters}分"


def _four_digits(m: re.Match) -> str:
    return f"{m.group('date')}{int(m.group('h'))}时{int(m.group('min'))}分"
