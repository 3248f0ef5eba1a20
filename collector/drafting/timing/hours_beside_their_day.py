"""A day's hour written in the bracket after the day, or before the day's bracket, put after the day as a notice
usually writes it, so the deadline readers take it as any (`dates.TIME` after a day):

- in the bracket, with its weekday or alone: `请各乡镇于11月14日（星期二，下午3时前）将…发送` (held-out 2534),
  `11月14日（下午3时前）`, `9月5日（周二16:00前）` → `11月14日（星期二）下午3时前`. Only a bracket holding nothing but the
  weekday and an hour (and 前 / 截止); one saying what happens at the hour (`（星期二，上午9时召开）`) or holding no hour
  (`（星期二，暂定）`) stays as written;
- before the day, the date in the bracket after the hour: `请于下午3时前（3月16日，星期二）报送` (held-out 2542),
  `16:00前（9月5日）` → `3月16日（星期二）下午3时前`. Only a bracket holding nothing but a date (with its weekday); one
  saying more (`下午3时前（3月16日起每天）`) stays as written, and so does an hour already after a date
  (`3月15日下午3时前（3月16日）` is no hour waiting for its day);
- after the day's 前, in the bracket that follows it: `于7月16日（星期三）前（下午4时）发送` (held-out 2704),
  `7月16日之前（16:00前）` → `7月16日（星期三）下午4时前`. Only a bracket holding nothing but the hour (and 前 / 截止); one
  holding no hour (`前（以邮件发送时间为准）`) stays as written, and so does a 前 not right after the day or its bracket
  (`下班前（17:30）`, off_work_hour.py)."""

from __future__ import annotations

import re

from .dates import MD, TIME

# 下午3时, 下午3时30分, 16:00, 下午四点半, 下班: an hour as the deadline readers take it after a day; it opens on a figure
# or a word of the day's parts (TIME alone may read nothing)
HOUR = rf"(?P<hour>(?=\s*(?:[上下中正晚早傍午当]|\d|[一二三四五六七八九十两])){TIME})"
BY = r"(?P<by>\s*(?:之前|以前|前|截止|为止|止))?"
WEEKDAY_NAME = r"(?P<wd>(?:星期|周|礼拜)[一二三四五六日天])"

# 14日（星期二，下午3时前）: the day's number, its bracket holding the weekday (or not) and the hour
DAY = r"(?P<day>[\d一二三四五六七八九十]\s*[日号])"
HOUR_IN_THE_BRACKET = re.compile(DAY + r"\s*(?P<open>[(（])\s*(?:" + WEEKDAY_NAME + r"\s*[,，、;；]?\s*)?" + HOUR + BY
                                 + r"\s*(?P<close>[)）])")

# 下午3时前（3月16日，星期二）: the hour, not already after a date or another figure (3月15日下午3时前（…） has its day), nor read
# from inside one (the 3时 of 下午3时, the 3:00 of 13:00), then the date alone in the bracket (2928年3月16日, 三月十六日, 16号)
DATE = (r"(?P<date>(?:(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*)?"
        rf"{MD}\s*月\s*{MD}\s*[日号])")
HOUR_BEFORE_ITS_DATE = re.compile(r"(?<![\d日号月年午上下晚早:：])" + HOUR + BY + r"\s*(?P<open>[(（])\s*" + DATE
                                  + r"(?:\s*[,，、;；]?\s*" + WEEKDAY_NAME + r")?\s*(?P<close>[)）])")

# 16日（星期三）前（下午4时）: the day's number, its weekday's bracket (or none), 前, then the hour alone in a bracket
HOUR_AFTER_ITS_BY = re.compile(DAY + r"(?:\s*(?P<open>[(（])\s*" + WEEKDAY_NAME + r"\s*(?P<close>[)）]))?"
                               + r"(?P<by>\s*(?:之前|以前|前))\s*[(（]\s*" + HOUR + r"(?:\s*(?:之前|以前|前|截止|为止|止))?"
                               + r"\s*[)）]")


def _written_out(m: re.Match) -> str:
    weekday = f"{m.group('open')}{m.group('wd')}{m.group('close')}" if m.group("wd") else ""
    day = m.groupdict().get("day") or m.group("date")
    return f"{day}{weekday}{m.group('hour')}{m.group('by') or ''}"


def spelled_out(text: str) -> str:
    """Each hour said in or before its day's bracket written out after the day: the day, its weekday's bracket, then
    the hour."""
    text = HOUR_AFTER_ITS_BY.sub(_written_out, text)
    return HOUR_BEFORE_ITS_DATE.sub(_written_out, HOUR_IN_THE_BRACKET.sub(_written_out, text))
