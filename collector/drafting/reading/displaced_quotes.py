"""A quotation mark a PDF's text layer moved into a number and its unit: LibreOffice, wrapping a line inside a quoted
phrase, may set the phrase's marks elsewhere on the line, leaving a space where each belongs, so that
`下午5点前，报送…“三个责任人”落实情况` comes out `下午5 “点前，报送…防汛 三个责` / `”任人 落实情况`, and
`市通知中“5月30日前报送工作总结”的要求` comes out `“四、市通知中5月30 ”日前报送工作总结 的要求`. A quote mark never stands
between a number and its unit (点, 时, 日, 月, 号, 分, 年), so one there is put back into the next gap the line leaves
between two Chinese characters (dropped when there is none), and the time is read; a mark anywhere else stays."""

from __future__ import annotations

import re

# 5 “点前, 6月 ”5日: a quote mark between a digit and a date's or clock's unit, or a unit and a digit, with the space the
# text layer puts after a digit (or before one) beside it (`“5”号` as typed stays)
BETWEEN_NUMBER_AND_UNIT = re.compile(r"(?<=\d)[ \t]+(?P<mark>[“”\"])[ \t]*(?=[点时日月号分年])"
                                     r"|(?<=[点时日月号])[ \t]*(?P<mark2>[“”])[ \t]+(?=\d)")
# the gap a moved mark left: a space between two Chinese characters
GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \t]+(?=[\u4e00-\u9fff])")


def _put_back(line: str) -> str:
    while m := BETWEEN_NUMBER_AND_UNIT.search(line):
        mark = m.group("mark") or m.group("mark2")
        line = line[:m.start()] + line[m.end():]
        gap = GAP.search(line, m.start())
        if gap:
            line = line[:gap.start()] + mark + line[gap.end():]
    return line


def dropped_from_numbers(text: str) -> str:
    """The text with each quote mark standing between a number and its unit put back into the next gap of its line
    between two Chinese characters (or taken out, the line having none)."""
    return "\n".join(_put_back(line) if BETWEEN_NUMBER_AND_UNIT.search(line) else line for line in text.split("\n"))
