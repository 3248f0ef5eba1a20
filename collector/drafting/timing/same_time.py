"""A deadline said as the moment named just before it: `平台公告：“…填报截止时间：2344-09-15 18:00:00…”请各乡镇在平台截止时间
前完成填报，并于同一时间前将…发送至…` (同一时间 / 同一时限 / 相同时间 / 上述时间: 2344-09-15 18:00), or said to be the one before
(`…还需报送…说明（Word格式），报送时限同前`: 同前 / 同上 / 与前项相同), or only its day (`（二）县市场局于同日前，将…发送`:
同日 / 同一天 / 同一日 with no hour, the end of that day), or its day with an hour of its own (`（三）县文旅局…，于同日下午3时前
报送（Word格式）`, the day of the item before: same_day.py reads it within one sentence), or the day of another unit's
requirement, no 于, its hour in a clause of its own (`…提出意见（Word格式），与各乡镇同日报送，时间为17:30前`, 2098). The moment is the last
deadline read before the words, in their sentence or the one before (past an item's heading: `一、…于9月18日前报送。二、培训计划。
…，时间同上`); with none, the words stay no deadline. A sentence
before that only gives a platform's or a system's closing (no mailbox in it) is then no requirement of its own: entries
on a platform are none, and its moment is the mail's."""

from __future__ import annotations

import datetime as dt
import re

from collector.numerals import cn_int

from .dates import LATEST, TIME, Deadline, clock_of, said

# 于同一时间前, 在同一截止时间之前, 于上述时间前: after 于 / 在, a time named before, then 前
# 报送时限同前, 报送时间同上, 时限与前项相同: the time limit said to be the one before
SAME_TIME_RE = re.compile(r"(?<=[于在])\s*(?:同一|相同|上述|前述|该)(?:截止)?(?:时间|时限|期限|时点)\s*(?:之前|以前|前)"
                          r"|(?:报送|截止)?(?:时间|时限|期限)(?:要求)?\s*(?:同前|同上|与前项相同|与上项相同|与上述相同)")
# 报送时间同第二条, 时限与第（二）项相同: the time of the item so numbered, before it
SAME_AS_ITEM_RE = re.compile(r"(?:报送|截止)?(?:时间|时限|期限)(?:要求)?\s*(?:同|与)\s*第\s*[(（]?\s*(?P<n>[一二三四五六七八九十]{1,3}|\d{1,2})"
                             r"\s*[)）]?\s*(?:条|项|点)(?:相同|一致)?")
# 县市场局于同日前，将…发送至上述邮箱: the day said before, at its end; （三）县住建局…，于同日上午9时前报送调查表: at an hour
# of its own (same_day.py reads 于同日下午5时前 within one sentence; 当日 / 当天 with an hour, 。当日17时前截止, is that
# deadline's own hour, timed_after's, not another's deadline)
# （二）同日下午5时前，报送…签名页扫描件: opening its item or clause, no 于 (2124)
# 三、请县文旅局于同日将…照片发送至…: 于同日 with no 前, then 将 what is sent and a verb of sending in its clause (the day's
# end), or a verb of sending right after it and a paper in its file format (建昌县农业农村局请于同日报送…说明（Word格式）,
# 2636's shape; 纸质材料于同日报送县…中心（…308室）, 于同日报送…配送数据 with no format, are left as they were read);
# 现场推进会将于同日召开 (no sending) is an event's day, no deadline
SAME_DAY_RE = re.compile(r"(?:(?<=[于在])|(?<![^\s，,；;：:)）、．.]))\s*(?:同日|同一天|同一日)" + TIME
                         + r"(?:\s*(?:之前|以前|前|为止|止)|(?<=[于在]同日)(?=\s*(?:将|把)[^。；;]{1,80}?(?:报送|发送|提交|上报)"
                         r"|\s*(?:报送|发送|提交|上报)[^。；;，,]{1,60}?[（(][^（）()]{0,12}?(?:格式|Word|Excel|PDF|WPS|word|excel|pdf)))")
# …将纸质台账于同日前送…办公室，同时通过邮箱报送电子版: the day is the paper's; what is mailed is asked before
PAPER = re.compile(r"纸质|纸本|原件")
# （二）县公安局…提出意见（Word格式），与各乡镇同日报送，时间为17:30前: the day of whose requirement is named (no 于), its
# hour in a clause of its own right after (时间为 / 时限为 / 截止时间为), else the day's end
SAME_DAY_AS = re.compile(r"与(?P<whose>[^，,。；;与]{2,20}?)(?:在)?(?:同日|同一天|同一日)(?:报送|提交|上报|发送|报)"
                         r"(?:[，,]\s*(?:截止)?(?:时间|时限)\s*(?:为|是|：|:)?" + TIME + r"\s*(?:之前|以前|前|为止|止))?")
# …将纸质登记表加盖公章后扫描，以PDF格式于同日前报送: the paper scanned, its scan mailed
SCANNED = re.compile(r"扫描|PDF|pdf")
PLATFORM = re.compile(r"平台|系统")
MAIL = re.compile(r"邮箱|邮件|@")


def deadlines_at_the_same_time(sentences: list[str], dated: list[list[Deadline]]) -> None:
    """Each 于同一时间前 a deadline of its sentence, at the moment of the last deadline before it (于同日前: at the end of
    its day), added to ``dated``."""
    for i, sentence in enumerate(sentences):
        for m in [*SAME_TIME_RE.finditer(sentence), *SAME_DAY_RE.finditer(sentence), *SAME_DAY_AS.finditer(sentence)]:
            if any(d.start <= m.start() < d.end for d in dated[i]) or (m.re is SAME_DAY_RE and PAPER.search(sentence)
                                                                      and not SCANNED.search(sentence)):
                continue
            moment = _moment_of_whose(sentences, dated, i, m) if m.re is SAME_DAY_AS else None
            if not (moment := moment or moment_before(sentences, dated, i, m.start())):
                continue
            due = moment.due if m.re is SAME_TIME_RE else dt.datetime.combine(moment.due.date(), _hour_said(m))
            dated[i].append(Deadline(m.start(), m.end(), m.group().strip(), due,
                                     f"期限“{m.group().strip()}”读作前面所写的{due.month}月{due.day}日{said(due.time())}，请核对"))
            dated[i].sort(key=lambda d: d.start)


def deadlines_as_a_numbered_item(sentences: list[str], dated: list[list[Deadline]]) -> None:
    """Each 报送时间同第二条 a deadline of its sentence, at the moment of item 二's (the first deadline of the item so
    numbered before it: 二、 / （二） / 2.), added to ``dated``; with no such item dated, no deadline."""
    for i, sentence in enumerate(sentences):
        for m in SAME_AS_ITEM_RE.finditer(sentence):
            if any(d.start <= m.start() < d.end for d in dated[i]):
                continue
            if not (moment := _moment_of_item(sentences, dated, i, cn_int(m.group("n")))):
                continue
            dated[i].append(Deadline(m.start(), m.end(), m.group().strip(), moment.due,
                                     f"期限“{m.group().strip()}”读作第{m.group('n')}条所写的{moment.due.month}月"
                                     f"{moment.due.day}日{said(moment.due.time())}，请核对"))
            dated[i].sort(key=lambda d: d.start)


def _moment_of_item(sentences: list[str], dated: list[list[Deadline]], i: int, n: int) -> Deadline | None:
    """The first deadline of item ``n``: from the last sentence before ``i`` its number opens, up to ``i``."""
    opens = [j for j in range(i) if (k := ITEM_NUMBER.match(sentences[j])) and cn_int(k.group("n") or k.group("m")) == n]
    for j in range(opens[-1], i) if opens else ():
        if due := [d for d in dated[j] if d.due and not d.superseded]:
            return due[0]
    return None


# 二、 / （二） / 2. / 2、 opening a sentence: its item's number
ITEM_NUMBER = re.compile(r"^\s*(?:(?P<n>[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．]|[(（]\s*(?P<m>[一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）])")


def _hour_said(m: re.Match) -> dt.time:
    """The hour 于同日下午3时前 gives its day (15:00), else the day's end (于同日前)."""
    return clock_of(m)[0] or LATEST


def _moment_of_whose(sentences: list[str], dated: list[list[Deadline]], i: int, m: re.Match) -> Deadline | None:
    """与各乡镇同日报送: the last deadline of the nearest sentence before (or words before, in this one) naming 各乡镇."""
    whose = m.group("whose").strip()
    if whose in sentences[i][: m.start()] and (same := [d for d in dated[i] if d.due and d.end <= m.start()]):
        return max(same, key=lambda d: d.end)
    for j in range(i - 1, -1, -1):
        if whose in sentences[j] and (named := [d for d in dated[j] if d.due]):
            return named[-1]
    return None


def moment_before(sentences: list[str], dated: list[list[Deadline]], i: int, at: int,
                  platforms_taken: bool = True) -> Deadline | None:
    """The last deadline before ``at`` in sentence ``i``, else the sentence before's last one (taken out of it when that
    sentence is a platform's closing, sending nothing by mail, unless not ``platforms_taken``)."""
    if same := [d for d in dated[i] if d.due and d.end <= at]:
        return max(same, key=lambda d: d.end)
    j = i - 1
    while j > 0 and not dated[j] and ITEM_HEADING.match(sentences[j]):
        j -= 1  # 一、…于9月18日前报送。二、培训计划。…，时间同上: past the next item's heading, to the item above
    before = [d for d in dated[j] if d.due] if i else []
    if not before:
        return None
    moment = before[-1]
    if platforms_taken and PLATFORM.search(sentences[j]) and not MAIL.search(sentences[j]):
        dated[j].remove(moment)
    return moment


# 二、培训计划: an item's heading on its own, a few words under its number
ITEM_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、])\s*[\u4e00-\u9fa5]{1,12}\s*$")


# ，于同一时间前 / 在上述时间之前 / ，报送时限同前 ending the words before the verb: the due, glued to what is sent
SAME_TIME_TAIL = re.compile(r"[，,、\s]*(?:[于在]\s*(?:同一|相同|上述|前述|该)(?:截止)?(?:时间|时限|期限|时点)\s*(?:之前|以前|前)?"
                            r"|(?:报送|截止)?(?:时间|时限|期限)(?:要求)?\s*(?:同前|同上|与前项相同|与上项相同|与上述相同))\s*$")


def without_a_same_time_clause(words: str) -> str:
    """配合推进综治中心建设情况说明,于同一时间前 → 配合推进综治中心建设情况说明: the material, without the due said as
    the one before (which is a deadline, read by ``deadlines_at_the_same_time``, not part of the material's name)."""
    return SAME_TIME_TAIL.sub("", words)


# …提出意见（Word格式），与各乡镇同日报送: whose day it is, in a clause after the subject's; those units do not send it
DAY_OF_OTHERS = re.compile(r"(?<=[，,])\s*与[^，,。；;与]{2,20}?(?=(?:同日|同一天|同一日)(?:报送|提交|上报|发送|报))")


def without_whose_day_it_is(segment: str) -> str:
    """县公安局…提出意见，与各乡镇同日报送 → 县公安局…提出意见，同日报送: the units whose day is named are not its senders."""
    return DAY_OF_OTHERS.sub("", segment)
