"""Clauses right above a sending sentence, each opening with a group of units and the verb that sends its own papers:
`一、各乡镇报送安全生产工作总结和考核自评表；二、县直各部门报送行业领域安全生产工作总结；` (items of their own) or
`各乡镇报送…，县直各部门报送…。` (one sentence), over `请于12月15日前将上述材料发送至…`, or before the clause of
the sentence's own date (`…，截止时间均为12月15日下午4点`), or under a line that only gives the date (`报送截止时间为…。请各乡镇
报送…，县交通局、县财政局报送…。`): each group owes its own
clause's papers by that date, not every paper of all (found by the lead by hand, 2026-12-07). Read only where two or
more clauses do so, each naming a paper, none dated, no group twice, the papers not all of one kind (`县卫健局提供…名单
（Excel），县教育局提供…名单（Excel）`: one requirement serves both, as with 分别), and the sending sentence names no unit
or all of theirs. A unit inside a group may have a clause of its own (`（三）县应急局报送…分析报告`): it owes both. A clause that
sends nothing of its own (`县直各部门配合`), or one unit sending what the groups hand it (`请县应急局…将上述材料汇总后
发送`), leaves the sentences as they are."""

from __future__ import annotations

import re

from .. import requirements as req
from ..materials.groups_materials import GROUP_SENDS, group_sending
from ..reading.item_numbers import ARABIC_ITEM, BRACKETED_ITEM, CHINESE_ITEM
from ..senders.units import UnitResolver, named_units
from ..words.nouns import NOUN_AT_END
from ..timing.dates import Deadline
from .above import FRONTED_POINTER, Section

# 一、, （一）, 1．: the item's number before the group it opens with
NUMBER = re.compile(rf"^\s*(?:{CHINESE_ITEM}|{BRACKETED_ITEM}|{ARABIC_ITEM})\s*")


def clauses_of_groups_just_above(sentences: list[str], dated: list[list[Deadline]], i: int,
                                 resolver: UnitResolver) -> list[Section]:
    """The group clauses of the undated sentences right above sentence ``i`` that open with a group sending, one
    section each; none unless every clause of them opens so (see the module's doc)."""
    run: list[int] = []
    j = i - 1
    while j >= 0 and not dated[j] and GROUP_SENDS.match(NUMBER.sub("", sentences[j])):
        run.insert(0, j)
        j -= 1
    sections = [Section(who + "：", clause, [k]) for k in run for who, clause in _group_clauses(sentences[k])]
    sections += [Section(who + "：", clause, [i]) for who, clause in _clauses_before_the_date(sentences[i], dated[i])]
    # 报送截止时间为11月15日下午4:30。请各乡镇报送…，县交通局、县财政局报送…: a date line over the clauses below it
    sections = sections or [Section(who + "：", clause, [k]) for k in _clauses_just_below(sentences, dated, i, resolver)
                            for who, clause in _group_clauses(sentences[k])]
    groups = [group_sending(s.text, resolver) for s in sections]
    if len(sections) < 2 or not all(groups) or not all(req.material_names(s.text) for s in sections):
        return []
    if len(set(map(frozenset, groups))) < len(groups):
        return []  # one group twice: its clauses are not the groups apart
    if len({_kind_of_papers(s.text) for s in sections}) == 1:
        return []  # 县卫健局提供…名单（Excel），县教育局提供…名单（Excel）: papers of one kind, one requirement serves all
    senders = set(named_units(sentences[i], resolver))
    if senders and senders != set().union(*groups):
        return []  # 请县应急局…将上述材料汇总后发送: one unit sends what the groups hand it
    return sections


def sends_the_group_clauses(sentences: list[str], dated: list[list[Deadline]], i: int, resolver: UnitResolver) -> bool:
    """Sentence ``i`` sends the group clauses with no 将 pointing back: it opens on the pointer (`上述材料请于12月15日前
    发送至…` under `县教育局报送…；县卫健局报送…。`) or its own clauses are theirs (`各乡镇报送…，县直各部门报送…，截止时间
    均为12月15日下午4点`)."""
    return (bool(FRONTED_POINTER.match(sentences[i])) or bool(_clauses_before_the_date(sentences[i], dated[i]))
            or bool(_clauses_just_below(sentences, dated, i, resolver))) \
        and bool(clauses_of_groups_just_above(sentences, dated, i, resolver))


def _clauses_just_below(sentences: list[str], dated: list[list[Deadline]], i: int, resolver: UnitResolver) -> list[int]:
    """The undated sentences right below sentence ``i`` that open with a group of units sending, when ``i`` only gives
    the date (`报送截止时间为11月15日下午4:30`: no paper, no sender named in it); [] otherwise. `材料报送至…` opens with
    no units: the run ends there."""
    if req.material_names(sentences[i]) or GROUP_SENDS.match(NUMBER.sub("", sentences[i])):
        return []
    run: list[int] = []
    j = i + 1
    while j < len(sentences) and not dated[j] and group_sending(NUMBER.sub("", sentences[j]), resolver):
        run.append(j)
        j += 1
    return run


def _clauses_before_the_date(sentence: str, deadlines: list[Deadline]) -> list[tuple[str, str]]:
    """`各乡镇报送…，县直各部门报送…，截止时间均为12月15日下午4点`: the group clauses of the sentence before the clause of
    its one date, when that clause opens with no group of its own (`县直各部门于12月20日前报送…` dates its own clause)."""
    starts = {sentence.find(d.text) for d in deadlines}
    if len(starts) != 1 or -1 in starts or not GROUP_SENDS.match(NUMBER.sub("", sentence)):
        return []
    before = sentence[:starts.pop()]
    cut = max(before.rfind(c) for c in "，,；;")
    if cut < 0 or GROUP_SENDS.match(sentence[cut + 1:]):
        return []
    return _group_clauses(before[:cut + 1])


def _group_clauses(sentence: str) -> list[tuple[str, str]]:
    """The sentence cut before each clause that opens with a group sending (`…自评表，县直各部门报送…`): each clause with
    the group it opens with; a piece opening with none stays with the clause before it."""
    clauses: list[tuple[str, str]] = []
    for piece in re.split(r"(?<=[，,；;])", NUMBER.sub("", sentence)):
        if m := GROUP_SENDS.match(piece):
            clauses.append((m.group("who").strip(), piece))
        elif clauses:
            clauses[-1] = (clauses[-1][0], clauses[-1][1] + piece)
    return [(who, clause.rstrip(" ，,；;。")) for who, clause in clauses]


FORMAT = re.compile(r"Excel|EXCEL|excel|Word|WORD|word|PDF|pdf|照片|图片|视频|扫描件")


def _kind_of_papers(clause: str) -> tuple[str, ...]:
    """The last characters of the nouns the clause's papers end in, and the formats it names: 结 and 表 beside word, say
    (统计表 and 数据表 are both tables)."""
    nouns = {m.group()[-1] for n in req.material_names(clause) if (m := NOUN_AT_END.search(n))}
    return tuple(sorted(nouns | {f.lower() for f in FORMAT.findall(clause)}))
