"""Units pointed back at as a meeting's attendees: `请以上单位（县融媒体中心除外）于…报送` under a `参会单位：A、B、C` line,
`请以上参会单位于…报送` under a meeting table whose 参会单位 column holds `A、B、C`. The phrase is spelled out as the roster
units that line or cell names (less those its bracket leaves out), so every other rule reads them as named; with no such
line or cell above, or one naming no roster unit, the words are left as written."""

from __future__ import annotations

import re

from .units import UnitResolver, named_units

# 以上单位, 以上参会单位, 上述参训单位 (and the bracket leaving some out: （县融媒体中心除外）)
POINTER = re.compile(r"(?:以上|上述)(?P<role>参会|参训|参加会议的?|参加培训的?)?单位"
                     r"(?:\s*[(（](?P<out>[^()（）]{2,60}?)除外[)）])?")
# 参会单位：A、B、C, 参训单位: …: the attendees' line
ATTENDEE_LINE = re.compile(r"(?:参会|参训|参加)(?:单位|人员)\s*[:：](?P<who>[^\n]*)")
ATTENDEE_HEAD = re.compile(r"^(?:参会|参训|参加)(?:单位|人员)")


def _attendees_line(text: str) -> str:
    """The text of the last 参会单位：… line, or the 参会单位 cell of the last row of a table headed so; "" for none."""
    found = ""
    header: list[str] | None = None
    for line in text.split("\n"):
        if m := ATTENDEE_LINE.search(line):
            found, header = m.group("who").split("；")[0].split(";")[0], None
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 2:
            header = None
            continue
        if any(ATTENDEE_HEAD.match(c) for c in cells):
            header = cells
            continue
        if header and len(cells) == len(header):
            found = cells[next(k for k, c in enumerate(header) if ATTENDEE_HEAD.match(c))]
    return found


def attendees_spelled_out(body: str, resolver: UnitResolver, unsettled: list[str]) -> str:
    """``body`` with each `以上（参会）单位（X除外）` after an attendees' line or table written as those units."""
    def spelled(m: re.Match) -> str:
        source = _attendees_line(body[:m.start()])
        if not source:
            return m.group()
        left_out = set(named_units(m.group("out") or "", resolver))
        units = [u for u in dict.fromkeys(named_units(source, resolver)) if u not in left_out]
        if not units or (m.group("out") and not left_out):
            return m.group()
        unsettled.append(f"“{m.group()}”读作参会单位{'、'.join(units)}，请核对")
        return "、".join(units)
    return POINTER.sub(spelled, body)
