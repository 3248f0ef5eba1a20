"""Clauses of one sentence, each opened by its own senders and date: `请各乡镇、县直各部门将工作总结报送至…，各乡镇于3月20日前
报送，县直各部门于3月22日前报送`. The sentence's opening asks both groups for the paper; each date is its clause's group's
alone. Read only where two clauses or more name senders of their own, no unit in two of them. A statement closed by
`；` may name its senders a comma before its date (`…分三批报送：第一批为A镇、B镇，于7月8日前报送；第二批为C镇、D镇，于7月12日前
报送`): the clause of the date naming no one, its statement's opening is its senders (never the batch before's)."""

from __future__ import annotations

import re

from ..timing.dates import Deadline

CLAUSE_START = re.compile(r"[，,；;（(：:]")
STATEMENT_START = re.compile(r"[；;：:]")


def senders_of_each_clause(sentence: str, deadlines: list[Deadline], names, says_who=None) -> dict[int, list[str]]:
    """For each of ``deadlines`` (by index) whose clause names its senders before its date, those units (``names``: the
    roster units of some words); {} unless two clauses or more do and none shares a unit with another. ``says_who``
    (words -> whether they name any sender), when given, lets a clause naming no one take its statement's opening."""
    own = {}
    for k, d in enumerate(deadlines):
        if units := names(_senders_said(sentence[: d.start], says_who)):
            own[k] = units
    named = [u for units in own.values() for u in units]
    return own if len(own) >= 2 and len(named) == len(set(named)) else {}


def _senders_said(before: str, says_who) -> str:
    """The clause of a date (``before``: the sentence up to it), or its statement since the last `；` / `：` when the
    clause names no one and the statement does (第二批为C镇、D镇，于…)."""
    clause = _opening(before, CLAUSE_START)
    if says_who is None or says_who(clause):
        return clause
    statement = _opening(before, STATEMENT_START)
    return statement if says_who(statement) else clause


def _opening(before: str, starts: re.Pattern) -> str:
    """The words of ``before`` (a sentence up to a date) since the last mark of ``starts``."""
    at = [m.end() for m in starts.finditer(before)]
    return before[at[-1] if at else 0:]
