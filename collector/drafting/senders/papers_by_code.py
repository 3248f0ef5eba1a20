"""Units that name the papers they send by codes in a table's cells: a legend of the papers, each under its code with its
format and day (`A．…情况报告（Word格式），八月十一日（星期四）十六时前报送；` / `B．近三年建设项目清单（Excel格式），…前报送；`),
and a table giving each unit the codes of what it sends (`序号 | 单位 | 报送材料（代号）` over `1 | 建昌县生态环境局 | A、B`,
a row let off by a dash: `—（本次不报送）`). Each legend item is written with its own units as its subject
(`A．建昌县生态环境局、八家子经济开发区管委会报送…情况报告…`), so each day asks the rows naming its code and no other row
(held-out 3339). The codes are letters (A, B, C …) or numbers (1, 2, 3 …) of one legend of the body, running on from the
first; a cell holding anything but codes or a let-off (a paper's name, a tick, a date), a code the legend lacks, or a
table with no column of units' names leaves the notice as written. The table's 序号 (1, 2, 3 down the rows) is no
column of codes."""

from __future__ import annotations

import re

from ..reading.table_grids import UNIT_NAME
from .paper_columns import SENDS_NONE
from .papers_by_number import nearest_holding, sent_by

CODE = r"(?:[A-Z]|\d{1,2})"
# A、B, A，C, 1、2: a cell naming codes alone
CODES_CELL = re.compile(rf"^{CODE}(?:\s*[、，,/和及]\s*{CODE})*$")
# A．…, A、…, (A)…, 1．…: a legend item opening with its code
LEGEND_ITEM = re.compile(rf"^(?P<pad>\s*)(?P<open>\()?(?P<code>{CODE})(?P<mark>(?(open)\)|[.．、:：]))\s*(?P<rest>\S.*)$")
CODES_HEAD = re.compile(r"代号|编号|代码")


def units_written_into_their_coded_papers(body: str) -> str:
    """``body`` with each legend item given the units whose table cells name its code (see the module's docstring)."""
    lines = body.split("\n")
    for start, end in _tables(lines):
        rows = [lines[k].split("\t") for k in range(start, end)]
        senders = _senders_of_each_code(rows)
        if not senders:
            continue
        legend = _nearest_legend_holding(lines, start, set(senders))
        for code, where in (legend or {}).items():
            if senders.get(code):
                lines[where] = _with_its_senders(lines[where], senders[code])
    return "\n".join(lines)


def _tables(lines: list[str]) -> list[tuple[int, int]]:
    """Each run of two or more tab rows as (first line, line after the last)."""
    runs: list[tuple[int, int]] = []
    start = None
    for at, line in enumerate(lines + [""]):
        if "\t" in line and start is None:
            start = at
        elif "\t" not in line and start is not None:
            runs += [(start, at)] if at - start > 1 else []
            start = None
    return runs


def _senders_of_each_code(rows: list[list[str]]) -> dict[str, list[str]]:
    """{code: the units of the rows naming it} for a table with a column of units and a column of codes, or {}."""
    header, data = rows[0], [[c.strip() for c in r] for r in rows[1:]]
    if not data or any(len(r) != len(header) for r in data):
        return {}
    units_at = next((k for k in range(len(header)) if all(UNIT_NAME.match(r[k]) for r in data)), None)
    codes_at = next((k for k in range(len(header)) if _is_a_codes_column(header[k], [r[k] for r in data])), None)
    if units_at is None or codes_at is None:
        return {}
    senders: dict[str, list[str]] = {}
    for r in data:
        for code in re.findall(CODE, r[codes_at]) if CODES_CELL.match(r[codes_at]) else []:
            senders.setdefault(code, []).append(r[units_at])
    return senders


def _is_a_codes_column(head: str, cells: list[str]) -> bool:
    """Every cell codes or a let-off, one at least codes. Numbers are codes under a head saying so (代号, 编号) or where a
    cell lists two: a column of counts (报送份数: 2, 1) or the 序号 is none."""
    if not any(map(CODES_CELL.match, cells)) or not all(CODES_CELL.match(c) or SENDS_NONE.match(c) for c in cells):
        return False
    return (any(re.search("[A-Z]", c) for c in cells) or bool(CODES_HEAD.search(head))
            or any(len(re.findall(CODE, c)) > 1 for c in cells))


def _legends(lines: list[str]) -> list[dict[str, int]]:
    """Each legend of the body as {code: line index}, its codes running A, B, C … (or 1, 2, 3 …) in order."""
    legends: list[dict[str, int]] = []
    for at, line in enumerate(lines):
        m = LEGEND_ITEM.match(line) if "\t" not in line else None
        if not m:
            continue
        code = m.group("code")
        if code in ("A", "1"):
            legends.append({code: at})
        elif legends and code == _next_code(list(legends[-1])[-1]):
            legends[-1][code] = at
    return legends


def _next_code(code: str) -> str:
    return str(int(code) + 1) if code.isdigit() else chr(ord(code) + 1)


def _nearest_legend_holding(lines: list[str], at: int, wanted: set[str]) -> dict[str, int] | None:
    """The legend nearest to the table at line ``at`` that has every code wanted, or None."""
    return nearest_holding(_legends(lines), at, wanted)


def _with_its_senders(item: str, senders: list[str]) -> str:
    m = LEGEND_ITEM.match(item)
    return f"{m.group('pad')}{m.group('open') or ''}{m.group('code')}{m.group('mark')}{sent_by(senders, m.group('rest'))}"
