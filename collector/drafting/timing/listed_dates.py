"""Dates listed one after another under one 前 (`县发改局、县财政局、县住建局分别于5月12日（星期三）、5月14日（星期五）、
5月19日（星期三）前，将…报送`): the 前 after the last date is said of each, so every date of the list is a deadline, those
in its middle too (the first is read by its 于, the last by its 前). Read by `deadlines._is_deadline`. An hour said before that 前
(`分别于5月12日、5月19日下午5时前`) is said of each date too: `hour_of_the_last_date`. A later date of the list written
without its month (`分别于3月13日（星期一）、20日（星期一）前`) is in the month of the date before it: `days_listed_without_a_month`."""

from __future__ import annotations

import re

from .dates import LATEST, MD, TIME, WEEKDAY_NOTE, Deadline, clock_of

# 5月12日（星期三）, 2715年5月14日: one date of the list, no hour (an hour belongs to the date it follows)
ONE_DATE = rf"(?:\d{{4}}\s*年\s*)?{MD}\s*月\s*{MD}\s*日{WEEKDAY_NOTE}"
# 20日（星期一）: a later date of the list, its month left to the date before it
DAY_ONLY = rf"{MD}\s*日{WEEKDAY_NOTE}"
# 于5月12日、5月14日、5月19日前: after 于 / 在, two dates or more joined by 、 / 和 / 及 / 与, the last one's 前 closing them
DATES_LISTED = rf"(?<=[于在])\s*{ONE_DATE}(?:\s*(?:、|和|及|与)\s*(?:{ONE_DATE}|{DAY_ONLY}))+"
BEFORE = r"\s*(?:之前|以前|前(?![后往]))"
LISTED_UNDER_ONE_END = re.compile(DATES_LISTED + BEFORE)
# 于5月12日、5月19日下午5时前: the same list, an hour before its 前
LISTED_UNDER_ONE_HOUR = re.compile(DATES_LISTED + rf"(?P<hour>{TIME})" + BEFORE)


def within_a_list_of_dates(sentence: str, m: re.Match) -> bool:
    """The date ``m`` read is one of a list of dates that one 前 closes, an hour before it or none (`分别于6月3日、
    6月10日、6月17日下午4时前`: the 10th too)."""
    lists = [*LISTED_UNDER_ONE_END.finditer(sentence), *LISTED_UNDER_ONE_HOUR.finditer(sentence)]
    return any(lst.start() <= m.start() and m.end() <= lst.end() for lst in lists)


def hour_of_the_last_date(sentences: list[str], dated: list[list[Deadline]]) -> None:
    """The dates of such a list read with no hour close at the hour said after the last one, as its 前 closes each."""
    for sentence, deadlines in zip(sentences, dated):
        for lst in LISTED_UNDER_ONE_HOUR.finditer(sentence):
            clock = clock_of(lst)[0]
            if clock is None or clock == LATEST:
                continue
            for d in deadlines:
                if lst.start() <= d.start and d.end <= lst.start("hour") and d.due is not None and d.due.time() == LATEST:
                    d.closes_at_the_hour_said_after(clock, lst.group("hour"))


# 、20日（星期一）前 (its hour, if any, before the 前): a day of a list with no month of its own
DAY_OF_A_LIST = re.compile(rf"(?<=[、和及与])\s*(?P<d>{MD})\s*日" + WEEKDAY_NOTE + TIME + rf"(?P<end>{BEFORE})?")


def days_listed_without_a_month(sentence: str) -> list[re.Match]:
    """The days of a list of dates under one 前 written without their month (`3月13日、20日前`: the 20th of March),
    each read by the caller in the month of the date before it."""
    lists = [*LISTED_UNDER_ONE_END.finditer(sentence), *LISTED_UNDER_ONE_HOUR.finditer(sentence)]
    return [m for m in DAY_OF_A_LIST.finditer(sentence) if any(lst.start() <= m.start("d") < lst.end() for lst in lists)]
