"""Two units given their dates by 前者 / 后者: `县林草局、县气象局分别报送《A》和《B》（均为Word格式），前者于4月24日前，后者于
4月17日下午3时前，报送至上述邮箱` — the former date is the first unit's, the latter the second's, whichever date is earlier.
The sentence is read into one requirement a date, each still holding both units; each keeps only the unit its date
belongs to (and, when the sentence names two materials, that unit's material)."""

from __future__ import annotations

import re

from .deadlines import find_deadlines
from ..requirements import DraftRequirement
from ..hints_and_ids import hints_for
from ..senders.units import UnitResolver, named_units

# …，前者于4月24日前，后者于4月17日下午3时前: each clause up to the next comma
FORMER_LATTER = re.compile(r"前者(?P<former>[^，,。；;]*?)[，,；;]\s*后者(?P<latter>[^，,。；;]*)")
SENTENCE_END = re.compile(r"[。\n]")


def _moment(due) -> tuple[int, int, int, int]:
    return due.month, due.day, due.hour, due.minute


def _dated_clauses(m: re.Match) -> list[tuple[int, int, int, int] | None]:
    """The moment each of the two clauses sets (None when a clause sets none, or more than one)."""
    out = []
    for clause in (m.group("former"), m.group("latter")):
        read = [d for d in find_deadlines(clause, None) if d.due is not None]
        out.append(_moment(read[0].due) if len(read) == 1 else None)
    return out


def dates_by_former_and_latter(body: str, requirements: list[DraftRequirement], resolver: UnitResolver) -> None:
    """Each requirement holding both units of a 前者…后者… sentence keeps only the unit whose clause sets its date."""
    for sentence in SENTENCE_END.split(body):
        m = FORMER_LATTER.search(sentence)
        if not m:
            continue
        pair = named_units(sentence[: m.start()], resolver)
        moments = _dated_clauses(m)
        if len(pair) != 2 or None in moments or moments[0] == moments[1]:
            continue
        materials = re.findall(r"《([^》]{2,60})》", sentence[: m.start()])
        for r in requirements:
            if sorted(r.units) != sorted(pair) or _moment(r.due) not in moments:
                continue
            k = moments.index(_moment(r.due))
            r.units = [pair[k]]
            if len(materials) == 2:
                r.title, r.hints = materials[k], hints_for([materials[k]])
