"""A matrix of units down and papers across, a mark in each cell saying whether the row's unit sends the column's
paper: `单位 | 权力清单（Excel格式） | 运行流程图照片 | 自查报告（Word格式）` over `头道营子乡人民政府 | ✓ | ✓ | —` and
`建昌县民政局 | — | — | ✓` (held-out 2763; 序号 first or not, a 乡镇 / 部门 / 报送单位 head, marks ✓ √ ● ○ 是 for asked and
— － / 无 否 空 × or an empty cell for not). Written again as the table of units and their papers it is, one row per
set of papers, the units ticking the same papers together (`头道营子乡人民政府、黑山科乡人民政府 | 权力清单（Excel格式）、
运行流程图照片`), so a date said above or below the table is read for each row as for any `单位 | 报送材料` table. A
table whose head cells across are not papers (`山洪灾害避险演练`: ticked_rows reads those), or whose cells are not all
marks, is left as written."""

from __future__ import annotations

import re

from .table_grids import PAPER, UNIT_NAME, UNITS_HEAD, starts_a_table

NUMBER_HEAD = re.compile(r"^序号$")
YES = re.compile(r"^(?:✓|√|✔|☑|●|○|是)$")
NO = re.compile(r"^(?:[—–\-－]{1,2}|/|／|无|否|空|×|)$")


def matrices_grouped(text: str) -> str:
    """``text`` with each tick matrix in it written again as its `单位 | 报送材料` rows (the module's docstring)."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        found = _matrix_at(lines, i)
        if found is None:
            i += 1
            continue
        rows, end = found
        lines[i:end] = rows
        i += len(rows)
    return "\n".join(lines)


def _matrix_at(lines: list[str], i: int) -> tuple[list[str], int] | None:
    head = [c.strip() for c in lines[i].split("\t")]
    first = 1 if head and NUMBER_HEAD.match(head[0]) else 0
    if len(head) - first < 3 or not UNITS_HEAD.match(head[first]) or not all(PAPER.search(c) for c in head[first + 1:]) \
            or not starts_a_table(lines, i):
        return None
    papers = head[first + 1:]
    groups: dict[tuple[bool, ...], list[str]] = {}
    end = i + 1
    while end < len(lines) and lines[end].count("\t") == len(head) - 1:
        cells = [c.strip() for c in lines[end].split("\t")]
        unit, marks = cells[first], cells[first + 1:]
        if not UNIT_NAME.match(unit) or not all(YES.match(m) or NO.match(m) for m in marks):
            return None
        ticks = tuple(bool(YES.match(m)) for m in marks)
        if any(ticks):
            groups.setdefault(ticks, []).append(unit)
        end += 1
    if end - i < 3 or not groups:
        return None
    rows = ["单位\t报送材料"]
    rows += ["、".join(units) + "\t" + "、".join(p for p, t in zip(papers, ticks) if t) for ticks, units in groups.items()]
    return rows, end
