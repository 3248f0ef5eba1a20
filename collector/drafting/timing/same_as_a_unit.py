"""A deadline said as another unit's: `（三）县卫健局将…数据（Excel格式）报送至…，报送时限同县市场局` (时限同X, 时间与X相同,
期限与X一致, 时间与各乡镇同步: a group as written). The moment is that of the deadline of the nearest sentence before that asks X (the first of its
deadlines after X's name); with no such sentence, or words naming no unit or group, the words stay no deadline.
A unit whose whole ask is said as another's (`县农业农村局报送要求同县水利局`, 要求与县水利局相同) is one more unit of that
unit's requirements."""

from __future__ import annotations

import re

from .dates import Deadline, said
from ..requirements import DraftRequirement
from ..senders.units import UnitResolver, named_units, names_no_one

# 报送时限同县市场局, 报送时间与县市场局相同, 时限与县市场局一致
# 县农业农村局 | 秋冬蔬菜生产情况（Word） | 同县市场局: a table's cell, 同 opening it (after a tab, a space or the bracket of
# the cell before, as a PDF glues them; not 会同县市场局)
SAME_AS_A_UNIT = re.compile(r"(?:(?:报送|截止)?(?:时间|时限|期限)(?:要求)?\s*(?:同|与|和)|(?<=[\t )）])同)\s*(?P<who>[\u4e00-\u9fa5]{2,16}?)"
                            r"(?:相同|一致|同步|同)?(?=$|[，,。；;）)])")


def deadlines_same_as_a_units(sentences: list[str], dated: list[list[Deadline]], resolver: UnitResolver) -> None:
    """Each 时限同县市场局 with no deadline of its own a deadline of its sentence, at that unit's moment."""
    for i, sentence in enumerate(sentences):
        for m in SAME_AS_A_UNIT.finditer(sentence):
            if any(d.start <= m.start() < d.end for d in dated[i]) or names_no_one(m.group("who"), resolver):
                continue
            who = named_units(m.group("who"), resolver) or [m.group("who")]  # 与各乡镇同步: the group as written
            before = sentence[: m.start()]  # a row above in the same table (a PDF's rows glued into one sentence)
            if not (moment := _the_units_deadline([*sentences[:i], before], [*dated[:i], [d for d in dated[i] if d.end <= m.start()]],
                                                  m.group("who"), who[0])):
                continue
            due = moment.due
            # 县气象局报送…，报送时间与各乡镇同步: the units named before the words send, not the group they name
            own = tuple(named_units(before, resolver)) if who == [m.group("who")] else ()
            dated[i].append(Deadline(m.start(), m.end(), m.group().strip(), due,
                                     f"期限“{m.group().strip()}”读作{who[0]}的{due.month}月{due.day}日{said(due.time())}，请核对",
                                     units=own))
            dated[i].sort(key=lambda d: d.start)


def _the_units_deadline(sentences: list[str], dated: list[list[Deadline]], written: str, unit: str) -> Deadline | None:
    """The first deadline after the unit's name, as written (各乡镇) or as the roster has it."""
    for sentence, deadlines in zip(reversed(sentences), reversed(dated)):
        at = sentence.find(written) if written in sentence else sentence.find(unit)
        if at >= 0 and (after := [d for d in deadlines if d.due and d.start >= at]):
            return after[0]
    return None


# 县农业农村局报送要求同县水利局, 县农业农村局的报送要求与县水利局一致: the whole ask, not only its date (时限同…)
ASKED_AS_ANOTHER = re.compile(r"(?P<who>[^，,。；;\n]{2,40}?)的?(?:报送|上报|填报)要求\s*(?:同|与|和)\s*(?P<as>[\u4e00-\u9fa5]{2,16}?)"
                              r"(?:相同|一致|同)?(?=$|[，,。；;）)\n])")


def units_asked_as_another(body: str, requirements: list[DraftRequirement], resolver: UnitResolver) -> None:
    """Each unit said to have another's 报送要求 added to every requirement of that other unit."""
    for m in ASKED_AS_ANOTHER.finditer(body):
        who, other = named_units(m.group("who"), resolver), named_units(m.group("as"), resolver)
        if len(other) != 1:
            continue
        for r in requirements:
            if other[0] in r.units:
                r.units += [u for u in who if u not in r.units]
