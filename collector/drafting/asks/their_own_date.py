"""Materials listed by unit, one date for all, and some unit's materials by a date of their own:
`一、报送材料 （一）各乡镇人民政府：…台账（Excel格式）。（二）县民政局：…文件（PDF扫描件）。（三）县财政局：…明细（Excel格式）。
二、报送时间 上述材料请于5月17日前报送…；其中，县民政局的材料…请于5月10日下午5时前报送。` Each item is a requirement of its
units (above.unit_items); the item of the units the `其中，X的材料` clause names is due by that clause's date, in its place
among the items, and by no other: the clause asks nothing more than that item."""

from __future__ import annotations

import re
from collections.abc import Callable

from .above import Section
from ..timing.dates import Deadline

# 其中，县民政局的材料因…，请于5月10日…前报送: the materials of some of the units, by the date of this clause
THEIR_MATERIALS = re.compile(r"^\s*[;；。]?\s*其中\s*[，,]?\s*(?P<who>[^，,。；;]{2,40}?)(?:报送)?的(?:材料|资料)")


def dates_of_the_items(deadline: Deadline, sections: list[Section], later: list[tuple[Deadline, str]],
                       units_of: Callable[[str], list[str]]) -> list[tuple[Deadline, Section]]:
    """Each of ``sections`` (items of their units) with its date: ``deadline``, or the date of a ``later`` clause
    (deadline, clause) opening `其中，X的材料` whose units X are exactly the item's."""
    owned = [(d, set(units_of(m.group("who")))) for d, clause in later if (m := THEIR_MATERIALS.match(clause))]
    out = []
    for s in sections:
        units = set(units_of(s.who))
        own = next((d for d, who in owned if who and who == units), None)
        out.append((own or deadline, s))
    return out


def dates_given_to_items(dated_items: list[tuple[Deadline, Section]], deadline: Deadline) -> list[Deadline]:
    """The later dates the items took: their clauses ask nothing more."""
    return [d for d, _ in dated_items if d is not deadline]


def clause_opening_the_next(sentences: list[str], dated: list[list[Deadline]], i: int) -> list[tuple[Deadline, str]]:
    """`…5月17日前报送。其中，县民政局的材料请于5月10日前报送。`: the next sentence's one date with its clause, when that
    sentence opens with `其中，X的材料`; none else."""
    if i + 1 < len(sentences) and len(dated[i + 1]) == 1 and THEIR_MATERIALS.match(sentences[i + 1]):
        return [(dated[i + 1][0], sentences[i + 1])]
    return []
