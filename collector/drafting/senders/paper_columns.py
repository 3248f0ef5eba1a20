"""The rows of a table that send the paper a clause asks, where each paper has a column of its own saying whether the
row's unit sends it: `请下表所列单位于9月14日前报送…自查报告（Word格式）；需要整改的，于10月26日前报送整改报告…` above
`单位 | 驿站数量 | 自查报告 | 整改报告（附截图）` with `报送` / `—（无需整改）` cells (held-out 3077). The clause sending the
整改报告 is the rows whose 整改报告 cell says they send it; a row whose cell is a dash (with or without a bracketed reason),
无, 否 or 不报送 is left out of it. Other columns (a count such as 驿站数量) are not read. A table whose paper column holds
anything but such marks (dates, names), or a clause naming no column's paper or two of them, takes every row. A head no
paper word ends (`维修更换计划`, `…预案`, `…承诺书`) is a paper's column when the clause sends it in a format (held-out 3319).
A row that lets its unit off whatever the column (`5 | 县农业农村局 | 本次不报送` under `序号 | 单位 | 排查重点`, no paper
column at all: held-out 3391) sends none of any paper the table's rows are asked (let_off_rows)."""

from __future__ import annotations

import re

from ..reading.table_grids import LET_OFF_WORDS, MARKS, NONE_MARK, PAPER, VERB_CELL
from .let_off_rows import row_lets_off

# 报送, 需报送, a bare 报 (须报), ✓, 是: the row sends the column's paper
SENDS = re.compile(rf"{VERB_CELL.pattern}|^(?:{MARKS})$")
# —, —（无需整改）, 无, 否, 不报送, 本次不报送: the row sends none of it (a reason may follow in brackets)
SENDS_NONE = re.compile(rf"^(?:{NONE_MARK}|否|{LET_OFF_WORDS})?\s*(?:\([^()]{{0,16}}\))?$")
BRACKETED = re.compile(r"\([^()]*\)")


def rows_not_sending_left_out(sentences: list[str], segment: str) -> list[str]:
    """``sentences`` without the table rows whose cell under the paper ``segment`` asks says they send none of it."""
    out: list[str] = []
    table: list[str] = []
    for s in sentences:
        if "\t" in s:
            table.append(s)
            continue
        out += _rows_sending(table, segment) if table else []
        table = []
        out.append(s)
    return out + (_rows_sending(table, segment) if table else [])


def _rows_sending(table: list[str], segment: str) -> list[str]:
    table = [table[0], *(row for row in table[1:] if not row_lets_off(row))]
    header = [c.strip() for c in table[0].split("\t")]
    k = _the_papers_column(header, table[1:], segment)
    if k is None:
        return table
    return [table[0], *(row for row in table[1:] if not SENDS_NONE.match(_cell(row, k)))]


def _the_papers_column(header: list[str], rows: list[str], segment: str) -> int | None:
    """The one column headed by a paper the clause names (`整改报告（附截图）` for …报送整改报告…) whose cells are all
    marks of sending or not; None when no column or several are so named."""
    named = [k for k, head in enumerate(header)
             if len(name := BRACKETED.sub("", head).strip()) >= 3 and name in segment
             and (PAPER.search(name) or PAPER.search(head) or _sent_in_its_format(name, segment))]
    # 整改报告（附截图）, or 应急预案修订稿（Word）: a paper by its format bracket
    if len(named) != 1:
        return None
    cells = [_cell(row, named[0]) for row in rows]
    if not any(SENDS.match(c) for c in cells) or not all(SENDS.match(c) or SENDS_NONE.match(c) for c in cells):
        return None
    return named[0]


def _sent_in_its_format(name: str, segment: str) -> bool:
    """维修更换计划 over …报送维修更换计划（Word格式）: a head whose name no paper word ends is still the paper the clause
    sends in a format (held-out 3319)."""
    return bool(re.search(re.escape(name) + r"\s*\([^()]*(?:Excel|Word|PDF|WPS|格式|版)[^()]*\)", segment, re.I))


def _cell(row: str, k: int) -> str:
    cells = row.split("\t")
    return cells[k].strip() if k < len(cells) else ""
