"""A day's hour written inside the bracket after it, with its weekday or alone: `请各乡镇于11月14日（星期二，下午3时前）将…
发送` (held-out 2534), `11月14日（下午3时前）`, `9月5日（周二16:00前）`. The hour is that day's: the bracket is written out as
`11月14日（星期二）下午3时前`, so the weekday's bracket is skipped as any is and the hour after it is read. Only a bracket
holding nothing but the weekday and an hour (and 前 / 截止); one saying what happens at the hour (`（星期二，上午9时召开）`) or
holding no hour (`（星期二，暂定）`) stays as written."""

from __future__ import annotations

import re

# 14日, 十四日, 14号: a day's number right before the bracket
DAY = r"(?P<day>[\d一二三四五六七八九十]\s*[日号])"
WEEKDAY = r"(?:(?P<wd>(?:星期|周|礼拜)[一二三四五六日天])\s*[,，、;；]?\s*)"
# 下午3时, 下午3时30分, 16:00, 下午四点半, 下班: an hour as the deadline readers take it after a day (dates.TIME)
HOUR = (r"(?P<hour>(?:上午|下午|中午|晚上|早上|傍晚|午后|当晚|晚)?\s*"
        r"(?:(?:\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:[:：]\s*\d{2}|[时点]\s*(?:半|整|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*分?)?)"
        r"|下班))")
BY = r"(?P<by>\s*(?:之前|以前|前|截止|为止|止))?"
HOUR_IN_THE_BRACKET = re.compile(DAY + r"\s*(?P<open>[(（])\s*" + WEEKDAY + "?" + HOUR + BY + r"\s*(?P<close>[)）])")


def _written_out(m: re.Match) -> str:
    weekday = f"{m.group('open')}{m.group('wd')}{m.group('close')}" if m.group("wd") else ""
    return f"{m.group('day')}{weekday}{m.group('hour')}{m.group('by') or ''}"


def spelled_out(text: str) -> str:
    """Each day's bracket holding its hour written out as the day, its weekday's bracket, then the hour."""
    return HOUR_IN_THE_BRACKET.sub(_written_out, text)
