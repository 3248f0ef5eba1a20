"""名额 by kind in a clause that names what is nominated: `各镇推荐先进集体1个、先进个人1名` (a town's 名额 is the
clause's counts added, 2: the 集体 counts as one of them), `各乡推荐先进个人1名` (1), and the county units' own
`县直有关部门各推荐先进个人1名` (1 for each kind of county unit the campaign has: the 部门, and an institution the
notice addresses among them). The plain `各镇推荐2名` is drafting/asks/quota.py's."""

from __future__ import annotations

import re

from collector.match.quota import ITEM, added
from collector.roster import Roster

# what a clause counts, as a mail counts its nominees: 先进集体1个、先进个人1名 / 2人
CLAUSE = r"(?:推荐|推选|限报)((?:" + ITEM + r"[、和及])*" + ITEM + ")"
# 各镇推荐先进集体1个、先进个人1名 / 每个乡推荐先进个人1名
BY_KIND = re.compile(r"(?:各|每个?)(乡镇|镇|乡)各?" + CLAUSE)
# 县直有关部门各推荐先进个人1名 / 县直各单位推荐1名
COUNTY = re.compile(r"县直(?:有关|各)?(?:部门|单位)各?" + CLAUSE)
KINDS = {"镇": ("town",), "乡": ("township",), "乡镇": ("town", "township")}
LOCAL = ("town", "township", "zone")


def clause_quota(text: str, roster: Roster, units: list[str]) -> dict[str, int]:
    """``{kind: n}`` from the notice's 名额 clauses that name what each unit nominates (a 名额 of 0 is none)."""
    out: dict[str, int] = {}
    for m in BY_KIND.finditer(text):
        for kind in KINDS[m.group(1)]:
            out.setdefault(kind, added(m.group(2)))
    if m := COUNTY.search(text):
        for kind in _county_kinds(roster, units):
            out.setdefault(kind, added(m.group(1)))
    return {k: n for k, n in out.items() if n}


def _county_kinds(roster: Roster, units: list[str]) -> list[str]:
    kinds = {u.name: u.kind for u in roster.units}
    return sorted({kinds[u] for u in units if u in kinds and kinds[u] not in LOCAL})
