"""Papers named in a sentence around a deadline's clause that the clause does not take, when it sends the facts of a
matter of its own (`县卫健局、县应急局请于5月6日前将本部门指导检查情况报送县民政局`, `请各单位于每月5日前报送上月工作进展情况`):
a clause naming no material takes the paper named around it (`报送2月份情况` under `《…月报表》`: the facts go in that
form), but not a paper the units only make there and never send (`一、…建立欠薪线索台账。`), nor one the body asks of other
units already (the annex list `附件：1.养老机构安全隐患排查表` under the towns' `填写《养老机构安全隐患排查表》（附件1）`).
Those facts are then its paper, a document."""

from __future__ import annotations

import re

from .. import requirements as req
from ..heading.addresses import SUBMIT
from ..materials.made_not_sent import MADE
from ..requirements import DraftRequirement


def made_and_kept(context: str) -> bool:
    """Every paper ``context`` names it has the units make (`建立欠薪线索台账`, `制定…整改方案`: 建立 / 制定 … in the
    paper's clause), and it sends nothing: the units' own work, kept."""
    names = req.material_names(context)
    return bool(names) and not SUBMIT.search(context) and all(
        re.search(rf"(?:{MADE.pattern})[^，,。；;]{{0,30}}?{re.escape(n)}", context) for n in names)


def _the_same_paper(name: str, title: str) -> bool:
    return bool(name and title) and (name.endswith(title) or title.endswith(name))


def asked_of_others(context: str, units: list[str], found: list[DraftRequirement]) -> bool:
    """Every paper ``context`` names is a part of a requirement drafted before it asks of other units, none of ``units``."""
    names = req.material_names(context)
    return bool(names and units) and all(
        any(r.units and not set(units) & set(r.units) and any(_the_same_paper(n, p.get("title") or "") for p in r.parts)
            for r in found)
        for n in names)


def lends_its_facts_no_paper(context: str, units: list[str], found: list[DraftRequirement]) -> bool:
    """The papers ``context`` names are none that a clause of ``units`` sending facts of its own sends: made and kept
    by the units, or asked of other units already."""
    return made_and_kept(context) or asked_of_others(context, units, found)
