"""Items pointed back at by the section they stand in and their numbers: `第二部分第（一）项材料，请各乡镇于…前报送`
(二、报送材料 （一）…汇总表（Excel格式）；（二）…照片（…打包成压缩包报送）), `各乡镇于…前将前述核查内容第（一）（二）项材料报送`
(the section named by its heading, 一、核查内容), and `县卫健局于…前报送第二部分所述材料` (a section listing no items: its
clauses naming a material, `检测报告加盖公章后扫描成PDF`). Each is written out in its place, so the items' formats make the
parts. A section or item the notice does not have, or one naming no material, leaves the words as written; so does a
let-off (`不再报送第二部分第（二）项材料`, read by excused_items.py) and a pointer above.py reads (`上述第一部分所列三项材料`)."""

from __future__ import annotations

import re

from collector.numerals import cn_int

from .. import requirements as req
from .above import FILL_VERB, form_clauses, open_clause
from ..senders.excused_items import LET_OFF_VERB
from ..reading.numbered_sections import CN, COUNT, numbered_sections
from ..senders.units import UnitResolver, named_units

ITEMS = rf"[(（]{CN}[)）](?:\s*(?:[、,，和及]|至|到)?\s*第?\s*[(（]{CN}[)）])*"
# 第二部分第（一）项材料, 第二部分所述材料 (no 上述 before: above.py reads those); 前述核查内容第（一）（二）项材料
POINTED = re.compile(rf"(?:(?<![上前以列述])第(?P<part>{CN})部分|(?:前述|上述|以上|上列)(?P<head>[\u4e00-\u9fa5]{{2,8}}?))"
                     rf"(?:中的?|的)?(?:第(?P<items>{ITEMS})项(?:所列|所述)?|(?P<all>所述|所列|列出)(?:(?:全部|所有)?(?P<count>{COUNT})项)?)"
                     rf"的?(?:材料|资料)")
ITEM_LINE = re.compile(rf"^\s*[(（](?P<n>{CN})[)）]\s*(?P<text>.+)$")
EXCUSED_WORDS = re.compile(r"不需|无需|不必|不用|不再|不单独|不另行|免于|免予")
# 检测报告加盖公章后扫描成PDF报送: the verb closing a clause that names what is sent
CLOSING_VERB = re.compile(r"(?:后|并)?(?:报送|上报|发送|提交|报)$")
# 不再报送第二部分第（二）项材料: a let-off just before the pointer (excused_items.py reads it)
LET_OFF_BEFORE = re.compile(LET_OFF_VERB + r"\s*$")


def _as_phrase(item: str) -> str:
    """An item as a phrase of the sentence it is written into: its opening clause and the clauses saying its form,
    the commas of its brackets made 、 (so the sentence's clauses are cut where its own commas are)."""
    item = item.strip().rstrip(";；。.")
    if req.material_names(rest := FILL_VERB.sub("", item)):  # 填写《…信息表》, 拍摄…照片: the thing, not the work
        item = rest
    opening = open_clause(item)
    phrase = opening + form_clauses(item, opening)
    return re.sub(r"[(（][^()（）]*[)）]", lambda b: re.sub(r"[,，]", "、", b.group()), phrase).replace("，", "、")


def _items_of(under: list[str]) -> dict[int, str]:
    return {cn_int(m.group("n")): m.group("text") for line in under if (m := ITEM_LINE.match(line))}


def _what_a_section_says(heading: str, under: list[str], resolver: UnitResolver | None) -> str:
    """A section listing no items: its clauses naming a material (not 材料 alone), each less the verb closing it; a
    clause naming a unit (县民政局提供…名录: who does what) or letting one off (不单独报送材料) is none; "" when a clause
    naming a unit names a material too (the section says who sends what, not one thing)."""
    clauses = [c.strip() for c in re.split(r"[，,。；;]", "。".join([heading, *under])) if c.strip()]
    named = [c for c in clauses if set(req.material_names(c)) - req.GENERIC and not EXCUSED_WORDS.search(c)]
    if resolver is None or any(named_units(c, resolver) for c in named):
        return ""
    return "、".join(s for s in (CLOSING_VERB.sub("", c) for c in named) if s)


def _written_out(m: re.Match, sections: list[tuple[int, str, list[str]]], resolver: UnitResolver | None) -> str:
    if m.group("part"):
        found = [s for s in sections if s[0] == cn_int(m.group("part"))]
    else:
        found = [s for s in sections if s[1].rstrip("：:。") == m.group("head")]
    if len(found) != 1:
        return m.group()
    _, heading, under = found[0]
    items = _items_of(under)
    if m.group("items"):
        numbers = [cn_int(n) for n in re.findall(CN, m.group("items"))]
        if re.search(r"至|到", m.group("items")) and len(numbers) == 2:
            numbers = list(range(numbers[0], numbers[1] + 1))
        chosen = [items.get(n) for n in numbers]
    else:
        chosen = list(items.values()) or [_what_a_section_says(heading, under, resolver)]
        if m.group("count") and len(chosen) != cn_int(m.group("count")):
            return m.group()  # 所列全部三项材料 under a section of two items: not what it says
    if not all(chosen) or not all(req.material_names(c) for c in chosen):
        return m.group()
    return "、".join(_as_phrase(c) for c in chosen)


# 第二部分所列工作站人员名单及照片发送至…: things named as a section lists them (二 says 名单（附件1，Excel格式）)
NAMED_IN_A_PART = re.compile(rf"(?<![上前以列述])第(?P<part>{CN})部分(?:中)?(?:所列|所述|列出|要求)的?"
                             r"(?P<names>[^，,。；;()（）]{2,30}?)(?=(?:发送|报送|上报|提交|于|在)|[，,。；;]|$)")


def _named_as_the_part_lists_them(m: re.Match, sections: list[tuple[int, str, list[str]]]) -> str:
    """The things pointed at as a section lists them, each with the format bracket the section gives it; the words as
    written when the notice has no such section or the section names none of them (or only 材料: POINTED reads it)."""
    names = [n for n in req.material_names(m.group("names")) if n not in req.GENERIC]
    found = [s for s in sections if s[0] == cn_int(m.group("part"))]
    if len(found) != 1 or not names:
        return m.group()
    said = "。".join([found[0][1], *found[0][2]])
    if not any(n in said for n in names):
        return m.group()
    out = m.group("names")
    for n in names:
        if b := re.search(re.escape(n) + r"[(（][^()（）]*[)）]", said):
            out = out.replace(n, re.sub(r"[,，]", "、", b.group()), 1)
    return out


def items_of_a_part_written_out(body: str, resolver: UnitResolver | None = None) -> str:
    """Each 第二部分第（一）项材料 / 前述核查内容第（一）（二）项材料 / 第二部分所述材料 written as what it points at."""
    lines = body.split("\n")
    sections = numbered_sections(lines)
    for i, line in enumerate(lines):
        lines[i] = POINTED.sub(lambda m: m.group() if LET_OFF_BEFORE.search(line[: m.start()])
                               else _written_out(m, sections, resolver), line)
        lines[i] = NAMED_IN_A_PART.sub(lambda m: m.group() if LET_OFF_BEFORE.search(lines[i][: m.start()])
                                       else _named_as_the_part_lists_them(m, sections), lines[i])
    return "\n".join(lines)
