"""Clauses of one sentence, each opened by its own senders and date: `请各乡镇、县直各部门将工作总结报送至…，各乡镇于3月20日前
报送，县直各部门于3月22日前报送`. The sentence's opening asks both groups for the paper; each date is its clause's group's
alone. Read only where two clauses or more name senders of their own, no unit in two of them."""

from __future__ import annotations

import re

from .dates import Deadline

CLAUSE_START = re.compile(r"[，,；;（(：:]")


def senders_of_each_clause(sentence: str, deadlines: list[Deadline], names) -> dict[int, list[str]]:
    """For each of ``deadlines`` (by index) whose clause names its senders before its date, those units (``names``: the
    roster units of some words); {} unless two clauses or more do and none shares a unit with another."""
    own = {}
    for k, d in enumerate(deadlines):
        before = sentence[: d.start]
        starts = [m.end() for m in CLAUSE_START.finditer(before)]
        if units := names(before[starts[-1] if starts else 0:]):
            own[k] = units
    named = [u for units in own.values() for u in units]
    return own if len(own) >= 2 and len(named) == len(set(named)) else {}
