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
from ..materials.parts import parts_for
from ..requirements import DraftRequirement
from .respectively import UNIT_END, of_one_thing, photos_beside_a_writing, units_respectively


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


def each_its_own_material(requirements: list[DraftRequirement]) -> None:
    """Each requirement whose units 分别 send materials of different formats split into one requirement a unit."""
    out: list[DraftRequirement] = []
    for r in requirements:
        pairs = _paired(r)
        if not pairs:
            out.append(r)
            continue
        taken = {q.id for q in requirements + out if q is not r}
        names = [name for _, name in pairs]
        for unit, name in pairs:
            rid = req.requirement_id(name, taken)
            taken.add(rid)
            out.append(dataclasses.replace(r, id=rid, title=name, units=[unit], hints=req.hints_for([name]),
                                           parts=parts_for(_without_the_others(r.said, name, names), [name])))
    requirements[:] = out
