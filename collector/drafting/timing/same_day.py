"""Deadlines given by reference to the one said before them:

- a second group's, on the day said before it, at an hour of its own: `请各乡镇于6月10日中午12时前、县直各单位于同日
  下午5时前，将…发送至…` (同日 = 6月10日, 17:00);
- another material some of the units send at the same time, in the sentence after the dated one: `请各单位于3月18日前
  报送自查报告。其中，县教育局须同时报送《食堂统计表》；…` (due when the 自查报告 is); after a table of rows, one
  that says what it comes besides (`其中，建昌镇、八家子镇作为城区镇，还须在自查表之外，同时报送…截图`) is due with that
  material's row (the towns' 自查表 row), not the last row's."""

from __future__ import annotations

import datetime as dt
import re

from .dates import MD, TIME, Deadline, clock_of, said

# 于同日下午5时前, 在当天16时前: after 于 / 在, an hour and 前 (…。当日下午5时30分截止, the hour of the one deadline
# before it, is timed_after's)
SAME_DAY_RE = re.compile(r"(?<=[于在])\s*(?P<day>同日|同一天|同一日|当日|当天)" + TIME + r"\s*(?:之前|以前|前|为止|止)")


def same_day_deadlines(sentence: str, found: list[Deadline], taken: list[tuple[int, int]]) -> list[Deadline]:
    """The deadlines the sentence says by 同日 with an hour, each on the day of the last dated deadline before it."""
    out: list[Deadline] = []
    for m in SAME_DAY_RE.finditer(sentence):
        clock, _ = clock_of(m)
        earlier = [d for d in found + out if d.due and d.end <= m.start()]
        if clock is None or not earlier or any(a <= m.start() < b for a, b in taken):
            continue
        day = max(earlier, key=lambda d: d.end).due.date()
        out.append(Deadline(m.start("day"), m.end(), m.group().strip(), dt.datetime.combine(day, clock),
                            f"期限“{m.group().strip()}”读作同句前面的{day.month}月{day.day}日{said(clock)}，请核对"))
    return out


# 其中，县教育局、县机关事务中心须同时报送《…统计表》； at the opening of the sentence after a dated one, its subject
# units by name, ending as units end (以上材料请将Excel版和扫描件一并发送至… is one package sent together; 各单位同时报送
# …书面材料, the units of the sentence before, add to their own submission)
SENT_AT_THE_SAME_TIME = re.compile(r"^\s*(?:\d{1,2}\s*[.．、]|[(（][一二三四五六七八九十\d]{1,3}[)）])?\s*(?:其中|另外|此外)?\s*[，,]?\s*"
                                   r"(?P<who>(?![各\d(（])[^，,；;。请将]{1,40}?(?:局|委|办|中心|乡镇|镇|乡|"
                                   r"单位|部门|管委会|院|所|站))(?:作为[^，,；;。]{1,12}?)?\s*[，,]?\s*(?:还|也|另)?(?:须|需|要|应)?"
                                   r"(?:在(?P<besides>[^，,；;。]{1,16}?)(?:之外|以外)\s*[，,]?\s*)?(?P<when>同时|同步)(?:报送|提交|上报|发送)[^；;。]{2,60}(?:[；;。]|$)")


def sent_at_the_same_time(sentences: list[str], dated: list[list[Deadline]]) -> None:
    """A sentence opening with a clause that sends another material 同时, with no date of its own, right after a dated
    sentence: that clause is due when the last deadline of the sentence before is (added to ``dated`` in place)."""
    for i in range(1, len(sentences)):
        m = SENT_AT_THE_SAME_TIME.match(sentences[i])
        before = [d for d in dated[i - 1] if d.due]
        if not m or not before or any(d.start < m.end() for d in dated[i]):
            continue
        last = besides_the_material(sentences, dated, i, m.group("besides")) or before[-1]
        dated[i].insert(0, Deadline(m.start("when"), m.end("when"), m.group("when"), last.due,
                                    f"“{m.group().strip('；;。')}”读作与{'“' + m.group('besides') + '”' if last is not before[-1] else '前句'}同时报送，期限{last.due.month}月{last.due.day}日"
                                    f"{said(last.due.time())}，请核对"))


def besides_the_material(sentences: list[str], dated: list[list[Deadline]], i: int, besides: str | None) -> Deadline | None:
    """The last deadline of the nearest dated sentence (a table's row) among those just before ``i`` naming the material
    the 同时 clause comes besides (在自查表之外), or None."""
    if not besides:
        return None
    k = i - 1
    while k >= 0 and dated[k] and i - k <= 8:
        if besides.strip() in sentences[k] and (due := [d for d in dated[k] if d.due]):
            return due[-1]
        k -= 1
    return None


# 请于7月5日前报送上半年…总结，县应急局、县住建局同时报送…台账（Excel格式）: the same 同时 clause after a comma (or a
# semicolon) of the dated sentence itself (a lead's probe)
DATED = re.compile(rf"{MD}\s*月\s*{MD}\s*日|{MD}\s*日(?:前|之前|以前)")


def the_same_time_clause_apart(sentence: str) -> list[str]:
    """The sentence, cut before a clause of some units sending another material 同时 (SENT_AT_THE_SAME_TIME) when the
    words before it give a date and the clause none: that clause is read as the sentence after a dated one is."""
    for m in re.finditer(r"[，,；;]", sentence):
        head, tail = sentence[: m.start()], sentence[m.end():]
        if SENT_AT_THE_SAME_TIME.match(tail) and DATED.search(head) and not DATED.search(tail):
            return [head, tail]
    return [sentence]
