"""A later clause of a sentence that gives some of its senders a date of their own, opening with 其中 and those units:
`一、各乡镇、县卫健局请于6月18日前报送…评估表（Excel格式），其中县卫健局须于当日上午10时前报送，以便汇总后提交专家评估`.
The clause is asked of the units it names alone (县卫健局, 6月18日 10:00), not of the sentence's whole subject. Naming no
material of its own it sends the material of the clause before (the same 评估表: `same_material.the_materials_said_before`),
and those units then leave the clause before's requirement (the towns alone by 6月18日:
`later_groups.take_a_later_few_out_of_the_group`). A clause naming a material of its own (`其中建昌镇须于6月10日前报送典型
案例`) is a requirement of those units too, and leaves them in the group's. Only where every unit it names is among the
senders of the clause before, and not all of them (held-out 2358)."""

from __future__ import annotations

import re

# 其中县卫健局须于当日上午10时前报送, 其中，建昌镇、八家子镇请于6月10日前: 其中, the units, a modal word, then 于 / 在
NARROWED = re.compile(r"^\s*其中\s*[，,]?\s*(?P<who>[^，,；;。：:]{2,40}?)\s*(?:须|需|应|要|请|务必|必须)*\s*(?:于|在)")


def units_narrowed_to(segment: str, before: list[str], names) -> list[str]:
    """The units a clause opening 其中 names (``names``: the roster units of some words), when all are among ``before``
    (the units of the clause before) and fewer; else []."""
    m = NARROWED.match(segment)
    units = names(m.group("who")) if m else []
    return units if units and set(units) < set(before) else []
