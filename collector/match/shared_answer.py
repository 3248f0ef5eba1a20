"""Words that answer two campaigns' typed questions alike.

Two 征求意见 of one office take their answers the same way, each a field whose pattern finds 修改意见, 建议 or 无意见.
A town's late 反馈表 on the first draft, its body saying 现补报我乡对…供水…办法的修改意见（见附件反馈表）, answers the
campaign its file answers: its 修改意见 is that campaign's word too, no answer typed for the other one. Only words the
chosen campaign's own typed parts find as well are set aside, and only where the body does not name the other
campaign by words of its own (另：对重大行政决策程序规定无意见 answers that one too); a 联络员's mobile typed below a 台账
for another notice is still that notice's facts.
"""

from __future__ import annotations

import re

from collector.campaign import Campaign
from collector.match.text import normalize


def _typed_parts(c: Campaign, unit: str) -> list:
    """The unit's parts in ``c`` given as words: the fields of its requirements of fields only."""
    return [p for r in c.requirements_for(unit) if r.parts and all(p.kind == "field" for p in r.parts)
            for p in r.parts if p.pattern]


def answered_alike(text: str, chosen: Campaign, other: Campaign, unit: str, naming_other: list[str]) -> bool:
    """Every answer ``text`` gives ``other``'s typed parts is one the chosen campaign's typed parts read too, and
    ``text`` names ``other`` by none of ``naming_other`` (its words the chosen campaign does not share)."""
    if any(w in normalize(text) for w in naming_other):
        return False
    theirs = [m.group() for p in _typed_parts(other, unit) for m in re.finditer(p.pattern, text)]
    ours = _typed_parts(chosen, unit)
    return bool(theirs) and all(any(re.search(p.pattern, said) for p in ours) for said in theirs)
