"""The county government's departments said by their own word in an asking sentence (`请各乡镇、县政府各部门于3月6日前
将…报送`, `县政府各组成部门于…前报送`), under a salutation that names the institutions as a group of their own
(`各乡镇人民政府，县政府各部门、各直属单位：`, `…县政府各部门、各直属机构：`): the sentence asks the departments, not the
institutions the salutation sets apart by their group word, as the salutation itself reads 县政府各部门 (held-out 2424).
A bare 各部门 (`各乡镇、各部门要明确…`) still takes them in, and so do 各单位 / 县直各单位 / 各直属单位 said in the sentence,
an institution the sentence or the salutation names by name, and a sentence pointing back (上述单位, 有关单位)."""

from __future__ import annotations

import re

from ..requirements import DraftRequirement
from .units import ALL_WORDS, UnitResolver, named_units

# 县政府各部门, 县政府各组成部门, 县政府工作部门: the government's departments by their own word (not a bare 各部门)
GOVERNMENT_DEPARTMENTS = re.compile(r"县政府(?:各(?:组成|工作)?|组成|工作)部门")
# 各直属单位, 各直属机构, 县政府直属机构, 各（直属）事业单位, 县直各单位: the institutions said as a group
INSTITUTION_GROUP = re.compile(r"各直属(?:机构|单位)|县政府直属(?:事业)?(?:机构|单位)|各(?:直属)?事业单位|县直各[^，,、：:]{0,6}单位")
POINTS_BACK = re.compile(r"上述|以上|前述|上列|所列|有关|相关")


def institutions_not_said(salutation: str, named_in_salutation: list[str], requirements: list[DraftRequirement],
                          resolver: UnitResolver, unsettled: list[str]) -> None:
    """Take the institutions the salutation brings in by a group word out of each requirement whose sentence says
    县政府各部门 and no group of institutions, no 各单位, names none of them and points back at none; an unsettled line
    says so."""
    if not INSTITUTION_GROUP.search(salutation):
        return
    for r in requirements:
        if not a_sentence_of_the_departments_alone(r.said):
            continue
        by_name = set(named_units(r.said, resolver)) | set(named_in_salutation)
        out = [u for u in r.units if u not in by_name and getattr(resolver.roster.get(u), "kind", "") == "institution"]
        if out and len(out) < len(r.units):
            r.units = [u for u in r.units if u not in out]
            unsettled.append(f"要求“{r.title}”的句子只写“县政府各部门”，未含抬头另列的直属单位（{len(out)}个），请核对")


def a_sentence_of_the_departments_alone(said: str) -> bool:
    """``said`` names the government's departments by their own word, and no group of institutions, no 各单位 and
    nothing above."""
    return bool(GOVERNMENT_DEPARTMENTS.search(said)) and not (
        INSTITUTION_GROUP.search(said) or ALL_WORDS.search(said) or POINTS_BACK.search(said))
