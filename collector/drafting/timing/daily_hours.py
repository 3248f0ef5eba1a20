"""A submission window over several days with daily hours: `请各单位于9月13日至15日（星期二至星期四）每日8:30—11:30、
14:00—17:00期间，将计划表发送至…，其他时段发送的邮件不予受理`. The window closes on its last day at the last hour the
office takes mail (17:00), not at the day's end; a single day's hours (`每日…`) after a date that is no span are left
alone."""

from __future__ import annotations

import datetime as dt
import re

from collector.numerals import cn_int

from .dates import LATEST, Deadline

# 8:30, 下午5时, 上午八时三十分, 下午两点半: an hour of the day, in digits or in words (a PDF's dates are in words)
HOUR_N = r"(?:\d{1,2}|[一二三四五六七八九十两]{1,3})"
MIN_N = r"(?:\d{2}|[一二三四五六七八九十]{1,3})"
CLOCK = rf"(?:上午|下午|中午)?\s*{HOUR_N}\s*[:：时点]\s*(?:{MIN_N}\s*分?|半)?"
# 每日8:30—11:30、14:00—17:00, 每天上午9时至12时、下午2时至5时: one or more spans of the day, the last one's end read
# (after a comma too: 11月12日至11月16日，每日8:30—17:00)
DAILY_HOURS = re.compile(rf"^\s*[，,]?\s*(?:每日|每天|每个工作日|工作日)\s*(?P<spans>{CLOCK}\s*[—\-~至到－]+\s*{CLOCK}"
                         rf"(?:\s*[、，,和及]\s*{CLOCK}\s*[—\-~至到－]+\s*{CLOCK})*)")
LAST_CLOCK = re.compile(rf"(?P<h>{HOUR_N})\s*[:：时点]\s*(?:(?P<min>{MIN_N})\s*分?|(?P<half>半))?\s*$")
A_SPAN_OF_DAYS = re.compile(r"日\s*(?:[(（][^()（）\d]{1,8}[)）])?\s*(?:至|到|—|-|~)\s*"
                            r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")


def closed_at_the_last_hour(sentence: str, deadlines: list[Deadline]) -> None:
    """Move each span of days without a time, followed by its daily hours, to the last day's closing hour."""
    for d in deadlines:
        if not d.due or d.due.time() != LATEST or not A_SPAN_OF_DAYS.search(d.text):
            continue
        m = DAILY_HOURS.match(sentence[d.end:])
        last = LAST_CLOCK.search(m.group("spans")) if m else None
        if not last:
            continue
        hour, minute = cn_int(last.group("h")), 30 if last.group("half") else cn_int(last.group("min") or "0")
        said = re.findall(r"上午|下午|中午", m.group("spans"))  # 下午2时至5时: the 下午 said at the span's start
        hour += 12 if hour < 12 and (said[-1:] == ["下午"] or hour < 7) else 0
        if hour > 23 or minute > 59:
            continue
        d.due = dt.datetime.combine(d.due.date(), dt.time(hour, minute))
        d.assumed = f"期限“{d.text.strip()}”是每日定时受理的时段，按最后一日{hour}时{minute:02d}分截止，请核对"
