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
    by_day: dict[str, list[str]] = {}
    for e in ONE.finditer(m.group("run")):
        by_day.setdefault(e.group("day"), []).append(e.group("name"))
    return "；".join(f"{'、'.join(names)}于{day}报送" for day, names in by_day.items())


def spelled_out(text: str) -> str:
    """Each run of units with their own bracketed dates written out as one clause a day, in the order the days are
    first written: the units of that day, 于 the date, 报送 (units sending one paper by one day are one requirement)."""
    return RUN.sub(_written_out, text)


# 于名单所注日期前, 按附件所列时间, 在附件名单标注的时限前: the body sends by the dates its 附件's list gives each unit
POINTER = re.compile(r"(?:[于在]|[按依]照?|根据)\s*(?:附件\s*\d*|附表\s*\d*)?\s*(?:名单|名录|清单)?\s*[中内]?\s*"
                     r"(?:所注|所列|所示|标注|注明|列明|载明)的?\s*(?:日期|时间|时限|期限)\s*(?:之前|以前|前)?")
# 1.建昌县公安局（9月6日前）, （一）县医保局（9月13日前报送）, (1)县税务局——9月13日前: a unit on its own line, its date after it
LISTED = re.compile(r"^\s*(?:\d{1,2}\s*[.．、]|[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]\s*[、.．]?"
                    r"|[一二三四五六七八九十]{1,3}\s*、)?\s*(?P<name>[\u4e00-\u9fa5]{2,30}?)\s*"
                    rf"(?:[(（]\s*(?P<day>{DAY})\s*(?:报送|提交|上报|报)?\s*[)）]|(?:——|—|--|:|：)\s*(?P<dash>{DAY})\s*(?:报送|提交|上报)?)"
                    r"\s*[。;；]?\s*$", re.M)


def dates_of_the_list_written_in(body: str, annexes: dict[str, str]) -> str:
    """``body`` with a sentence that sends by the dates a 附件's list gives its units (`…制定活动方案（Word格式），连同现场
    照片，于名单所注日期前报送…` over `附件 … 1.建昌县政务服务中心（9月6日前） 2.建昌县公安局（9月6日前） 3.建昌县医疗保障局（9月13日
    前）`, held-out 2953) written out as the units of each date, in the list's order: `…报送…。其中，建昌县政务服务中心、建昌县公安局
    于9月6日前报送；建昌县医疗保障局于9月13日前报送。`, each sending what the sentence names. Only a list of two or more units each
    with a day and its 前 (in a bracket or after a dash); a list whose brackets hold anything else (a short name, a
    contact), or a body saying no such pointer, stays as written."""
    lists = [ms for text in annexes.values() if len(ms := list(LISTED.finditer(text))) >= 2]
    if not lists or not POINTER.search(body):
        return body
    by_day: dict[str, list[str]] = {}
    for m in lists[0]:
        by_day.setdefault(re.sub(r"\s+", "", m.group("day") or m.group("dash")), []).append(m.group("name"))
    runs = "；".join(f"{'、'.join(names)}于{day}报送" for day, names in by_day.items())
    out = []
    for sentence in re.split(r"(?<=[。\n])", body):
        if (p := POINTER.search(sentence)):
            sentence = sentence[:p.start()] + sentence[p.end():]
            end = len(sentence.rstrip("。\n"))
            sentence = f"{sentence[:end].rstrip('，, ')}。其中，{runs}。{sentence[end:].lstrip('。')}"
        out.append(sentence)
    return "".join(out)
