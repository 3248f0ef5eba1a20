"""A second salutation partway through the body: after the paragraph for the notice's addressees, a line of roster units
and a colon alone (`县林草局、县农业农村局：`) opens a paragraph written to those units only, its request naming no one
(`请你们于十一月十九日前将…说明发送至上述邮箱`, held-out 3255; also `请你单位…`, or a bare `请于…` / `请将…`). That request is
theirs, not the addressee line's: their names are written in where it says 你们 / 你单位, or after its bare 请, and the
salutation line goes. A line that names no roster unit (`报送单位：`, `各乡镇：`), one that is an item's heading
(`（二）县林草局：`), or a paragraph whose request names its own sender (`请各乡镇于…`), is left as written.

A salutation opening the body right under the addressee line is a fuller one, the addressees spelt out
(`各乡镇人民政府，县直有关部门：` over `各乡镇人民政府，县工信局、县农业农村局、县水利局、县交通局、县文旅局：`): the addressee
line's undecided word means the units it names of that word's kind (`addressed.addressed_units` reads it by
units_of_the_opening_salutation)."""

from __future__ import annotations

import re

from .unit_lists import read_addressees
from .units import UnitResolver

# 县林草局、县农业农村局： on a line of its own: names joined by 、 or ， (not 和: 县林业和草原局 is one name), a colon
# closing the line
SALUTATION = re.compile(r"^\s*(?P<who>[\u4e00-\u9fa5]{3,30}(?:\s*[、，,]\s*[\u4e00-\u9fa5]{3,30}){0,9})\s*[:：]\s*$")
NAME_JOIN = re.compile(r"\s*[、，,]\s*")
# 各乡镇人民政府，县工信局、县农业农村局： / 各乡（镇）人民政府，县教育局： the whole line, names and group words joined
# by 、 or ，, a colon closing it
OPENING_SALUTATION = re.compile(r"^\s*(?P<who>[\u4e00-\u9fa5（）()]{3,30}(?:\s*[、，,]\s*[\u4e00-\u9fa5（）()]{3,30}){0,29})\s*[:：]\s*$")
# 你们 / 你单位 / 你局 / 贵单位: the units the salutation names, said as "you"
YOU = re.compile(r"你们|[你贵](?:单位|部门|局)")
# a 请 at the paragraph's opening that names no one: 请于 / 请将 / 请在 / 请按 / 请务必
BARE_ASK = re.compile(r"^(\s*(?:另|还|并|同时)?请)(?=于|在|将|把|按|务必|尽快|抓紧)")


def second_salutations_written_in(body: str, resolver: UnitResolver) -> str:
    """``body`` with each mid-body salutation's units written into the request of its paragraph (see the docstring)."""
    lines = body.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        units = _units_saluted(lines[i], resolver) if out and any(line.strip() for line in out) else []
        below = lines[i + 1] if i + 1 < len(lines) else ""
        asked = _asked_by_name(below, "、".join(units)) if units else below
        if units and asked != below:
            out.append(asked)
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def _units_saluted(line: str, resolver: UnitResolver) -> list[str]:
    """The roster units a salutation line names, every name of it a roster unit's; [] for any other line."""
    m = SALUTATION.match(line)
    if not m:
        return []
    units = [resolver.resolve(name) for name in NAME_JOIN.split(m.group("who"))]
    return [u for u in units if u] if all(units) else []


def _asked_by_name(line: str, names: str) -> str:
    """``line`` with ``names`` where it says 你们 / 你单位, or after its bare opening 请; ``line`` itself when it
    asks no one by such words (its 请 names its own sender)."""
    if YOU.search(line):
        return YOU.sub(names, line)
    return BARE_ASK.sub(lambda m: m.group(1) + names, line, count=1)


def units_of_the_opening_salutation(body: str, resolver: UnitResolver) -> list[str]:
    """The roster units the body's first line names one by one when that line is a salutation of its own (every piece a
    roster unit or a group word such as 各乡镇人民政府, a colon closing it), spelling out the addressee line above it;
    [] for any other first line (`一、参加单位：`, `报送单位：`, a sentence) or a salutation with a piece no roster reads."""
    first = next((line for line in body.split("\n") if line.strip()), "")
    m = OPENING_SALUTATION.match(first)
    if not m:
        return []
    said = read_addressees(m.group("who"), resolver)
    return list(said.names) if said.names and not said.undecided and not said.unknown else []
