"""A sending window in a section of its own, the materials and their senders in the next: `一、报送时间 6月14日（星期一）至
6月18日（星期五），逾期不再受理。二、报送材料 各乡镇报送…统计表（Excel格式）和…照片。县林草局报送…（Word格式），报送时间同上。`
The window's line is a span of days and names no material, no sender and no sending verb; each undated sentence of the next section that names its senders and
a material is sent by the window's end (at its 同上 / 同前, where it says so). The window's line is then no requirement of
its own. A window whose line sends something itself (请于…至…期间将…发送), or whose next section names no sender, is left
as it is."""

from __future__ import annotations

import dataclasses
import re

from .. import requirements as req
from ..heading.addresses import SUBMIT
from .around import SENDING_TIME_HEADING
from ..timing.dates import Deadline
from ..timing.same_time import SAME_TIME_RE
from ..senders.units import UnitResolver, names_no_one

# 6月14日（星期一）至6月18日（星期五）: a span of days, not one day
SPAN = re.compile(r"日[^至到—~]{0,8}(?:至|到|—|~)")
TOP_HEADING = re.compile(r"^\s*[一二三四五六七八九十]+、")


def window_given_to_the_next_section(sentences: list[str], dated: list[list[Deadline]], resolver: UnitResolver) -> None:
    """Move each lone window under a sending-time heading to the sending sentences of the section after it."""
    for i, deadlines in enumerate(dated):
        if not (i and len(deadlines) == 1 and SENDING_TIME_HEADING.match(sentences[i - 1])
                and SPAN.search(deadlines[0].text) and not SUBMIT.search(sentences[i])
                and not req.material_names(sentences[i]) and names_no_one(sentences[i], resolver)):
            continue
        senders = [j for j in _next_section(sentences, i) if not dated[j] and SUBMIT.search(sentences[j])
                   and req.material_names(sentences[j]) and not names_no_one(sentences[j], resolver)]
        if not senders:
            continue
        window = deadlines[0]
        for j in senders:
            said = SAME_TIME_RE.search(sentences[j])
            at = (said.start(), said.end()) if said else (len(sentences[j]), len(sentences[j]))
            dated[j].append(dataclasses.replace(window, start=at[0], end=at[1],
                                                text=said.group().strip() if said else window.text))
        deadlines.clear()


def _next_section(sentences: list[str], i: int) -> list[int]:
    """The sentences after ``i`` up to the second top heading (一、 二、 …) after it: the next section's."""
    out, headings = [], 0
    for j in range(i + 1, len(sentences)):
        if TOP_HEADING.match(sentences[j]):
            headings += 1
            if headings == 2:
                break
            continue
        out.append(j)
    return out


# 在此期间, 在上述时间内, 于该时段内: the window said just before, pointed back at by what is sent in it
THIS_WINDOW = re.compile(r"(?:在|于)(?:此|该|这一?|上述|前述)(?:期间|时间段|时段|时限|(?:时间|期限)(?=内))内?")
CLAUSE = re.compile(r"[，,；;]")


def windows_pointed_back_at(sentences: list[str], dated: list[list[Deadline]], read) -> None:
    """`二、申报时间 4月10日至4月21日。请各单位在此期间将…申报表（Excel格式）发送至…`: a span of days with no 前 closes the
    sending that points back at it (在此期间), said in the next sentence or a clause after it in its own; its end is that
    sending's deadline, put where the pointer is (``read``: the deadlines of some words, as the body's are read). A
    sentence dated already, one sending nothing, or a span said of the work (…至…开展核查, no pointer) is left as it is."""
    for j, sentence in enumerate(sentences):
        m = THIS_WINDOW.search(sentence)
        if dated[j] or not m or not SUBMIT.search(sentence[m.end():]) or not req.material_names(sentence[m.end():]):
            continue
        span = _span_clause(sentence[:m.start()]) or (j and not dated[j - 1] and _a_bare_span(sentences[j - 1]))
        closed = [d for d in read(span + "，逾期不予受理") if d.due] if span else []
        if len(closed) == 1:
            dated[j].append(dataclasses.replace(closed[0], start=m.start(), end=m.end(), text=closed[0].text))


def _span_clause(words: str) -> str:
    """The last clause of ``words`` that is a span of days (申报时间为4月10日至4月21日), or ""."""
    clauses = [c for c in CLAUSE.split(words) if SPAN.search(c)]
    return clauses[-1] if clauses else ""


def _a_bare_span(sentence: str) -> str:
    """The sentence when it is a span of days and no more (4月10日至4月21日, 申报时间：4月10日至4月21日): no material, no
    verb of sending; or ""."""
    return sentence if SPAN.search(sentence) and not SUBMIT.search(sentence) and not req.material_names(sentence) \
        and len(CLAUSE.split(sentence)) == 1 else ""
