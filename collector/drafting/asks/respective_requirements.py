"""分别 pairing units with materials of different formats: `县财政局、县审计局于3月22日下午5时30分前，分别将扶持资金拨付明细
（Excel格式）和审计发现问题清单（Word格式）发送至中心邮箱` — each unit sends its own material, and one requirement's parts
cannot fit both (a spreadsheet from one, a Word file from the other), so each unit is a requirement of its own, with its own
material, at the same time. Where the paired materials share a format (`…分别报送本部门已备案民宿名录、已办理营业执照的民宿
经营户名录（Excel格式）`) one requirement still serves both (respectively.one_each), and where the counts differ, or the
materials are files of one thing (`…防空地下室统计表（Excel格式）和防空地下室平面图（Word格式）`), each unit sends them all."""

from __future__ import annotations

import dataclasses
import re

from .. import requirements as req
from ..hints_and_ids import hints_for, requirement_id
from ..materials.parts import parts_for
from ..requirements import DraftRequirement
from ..senders.requirement_units import requirement_units_named
from ..senders.units import DEPT_WORDS, LOCAL_WORDS, UnitResolver, units_opening
from .respectively import UNIT_END, UNIT_GIVES, of_one_thing, photos_beside_a_writing, units_respectively

# 两项数据请于5月19日…前发送, 以上两张表均于…前报送: the date said of the papers together, a subject of its own after the
# clauses that gave each unit its paper
THE_PAPERS = (r"(?:以上|上述|这|此)?(?:两|二|三|四|几|各)?(?:项|份|张|个|类)?"
              r"(?:数据|材料|资料|表格?|报表|清单|名单|文件)")
PAPERS_DATED = re.compile(rf"[，,。；;]\s*(?:{THE_PAPERS}(?:均|都|请|须|务必)*|(?:均|都)(?:请|须|务必)?)(?:于|在)")

# 各乡镇报送…，县政府各部门报送…: a clause opening with a group of the county's bodies (its units those of the requirement)
GROUP_OPENING = re.compile(rf"^(?:县(?:政府|直))?(?:{LOCAL_WORDS.pattern}|{DEPT_WORDS.pattern})")


# （二）请…: an item's number and a 请 before the clause's units
OPENING = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]、|\d{1,2}[.、])?\s*请?")


def _paired_by_unit_lists(r: DraftRequirement, resolver: UnitResolver) -> list[tuple[list[str], str]]:
    """(units, material) where each clause opens with a 、-list of roster units of its own and names one material, the
    date said of the papers together (held-out 2954: `县市场监督管理局、…税务局、县人力资源和社会保障局按统一模板填写《涉企
    数据归集清单》（Excel格式），县统计局填写《统计名录库企业比对表》（Excel格式），两类表格均于3月18日16时前报送`; a
    clause may open with a group word instead, and the date follow with no subject: `…，均于2月24日前发送`); the
    requirement's units each among them (a clause's units the requirement lost are taken back; a 请 opening the clause
    read past: `请建昌镇、大屯镇填写…用地情况表，玲珑塔镇…填写…用工情况表，上述材料均于5月8日前报送`); [] otherwise."""
    names = [n for n in req.material_names(r.said) if not re.fullmatch(THE_PAPERS, n)]
    if len(names) < 2 or not PAPERS_DATED.search(r.said) or photos_beside_a_writing(names):
        return []
    owners: dict[str, list[str]] = {}
    for clause in re.split(r"[,，;；。]", r.said):
        held = [n for n in names if n in clause]
        if len(held) == 1 and (units := _units_opening_the_clause(clause, r, resolver)) and held[0] not in owners:
            owners[held[0]] = units
    every = [u for n in names for u in owners.get(n, [])]
    if len(owners) != len(names) or len(set(every)) != len(every) or not set(r.units) <= set(every):
        return []
    return [(owners[n], n) for n in names]


def _units_opening_the_clause(clause: str, r: DraftRequirement, resolver: UnitResolver) -> list[str]:
    """The roster units a clause opens with, or the requirement's units of the group it opens with (held-out 3306: `各乡镇
    报送…统计表（Excel格式），县政府各部门报送…方案（Word格式），均于2月24日前发送`)."""
    words = OPENING.sub("", clause)
    if units := units_opening(words, resolver):
        return units
    if not (group := GROUP_OPENING.match(words.strip())):
        return []
    return [u for u in requirement_units_named(group.group(), resolver, {}, r.units)[0] if u in r.units]


def _paired(r: DraftRequirement) -> list[tuple[str, str]]:
    """(unit, material) pairs a 分别 in the requirement's words makes one to one, in order; [] unless the materials'
    own brackets give them different formats."""
    found = units_respectively(r.said)
    if not found:
        return []
    units, end = found
    names = [n for n in req.material_names(r.said[end:]) if r.said.find(n, end) >= 0]
    if len(units) < 2 or len(units) != len(names) or not all(UNIT_END.search(u) for u in units) \
            or photos_beside_a_writing(names) or of_one_thing(names):
        return []
    own = [req.format_after(r.said, n) for n in names]
    if not all(own) or len(set(own)) < 2:
        return []
    senders = [next((s for s in r.units if u.endswith(s.removeprefix("县")) or s == u), "") for u in units]
    if not all(senders) or sorted(senders) != sorted(r.units):
        return []
    return list(zip(senders, names))


def _without_the_others(text: str, name: str, names: list[str]) -> str:
    """The words with every other paired material and its bracket left out, so its format is not this one's."""
    for other in names:
        if other != name:
            text = re.sub(re.escape(other) + r"\s*(?:[(（][^()（）]*[)）])?", "", text)
    return text


def each_its_own_material(requirements: list[DraftRequirement], resolver: UnitResolver) -> None:
    """Each requirement whose units 分别 send materials of different formats split into one requirement a unit; one
    whose clauses give each list of units its own paper, the date said of the papers together, one a list."""
    out: list[DraftRequirement] = []
    for r in requirements:
        pairs = [([u], n) for u, n in _paired(r)] or _paired_by_unit_lists(r, resolver)
        if not pairs:
            out.append(r)
            continue
        taken = {q.id for q in requirements + out if q is not r}
        names = [name for _, name in pairs]
        for units, name in pairs:
            own = _without_the_others(r.said, name, names)
            name = UNIT_GIVES.sub("", name, count=1) or name  # 建昌县水利局请提供…数据表: the paper, not who gives it
            rid = requirement_id(name, taken)
            taken.add(rid)
            out.append(dataclasses.replace(r, id=rid, title=name, units=list(units), hints=hints_for([name]),
                                           parts=parts_for(own, [name])))
    requirements[:] = out
