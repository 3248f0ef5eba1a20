"""A material's name read inside another's: `所属事业单位年度报告汇总表（Excel格式）` asks one sheet, though a 报告 is read in
its name (所属事业单位年度报告). The shorter name is a material of its own only where the text names it apart, outside
every longer name holding it (`年度报告Word版…《政府信息公开工作年度报告统计表》`: the report and its table, two files).
Places decide, not counts: a name written twice, each time inside the longer one, is still no file."""

from __future__ import annotations

import re


def named_apart(names: list[str], text: str) -> list[str]:
    """The names ``text`` names somewhere apart from the longer names of ``names`` holding them (a name the text does not
    hold as written, put together from its words, is kept), and those holding a shorter name so named: the fuller name
    of that material (`年度报告Word版…《政府信息公开工作年度报告统计表》`: the report is 政府信息公开工作年度报告)."""
    apart = [n for n in names if _somewhere_apart(n, names, text)]
    return [n for n in names if n in apart or any(short != n and short in n for short in apart)]


def _somewhere_apart(name: str, names: list[str], text: str) -> bool:
    starts = _starts(name, text)
    held = [(at, at + len(longer)) for longer in names if longer != name and name in longer
            for at in _starts(longer, text)]
    return not starts or any(not any(a <= at and at + len(name) <= b for a, b in held) for at in starts)


def _starts(name: str, text: str) -> list[int]:
    """Every place ``text`` names ``name``, overlapping ones too."""
    return [m.start() for m in re.finditer(f"(?={re.escape(name)})", text)]
