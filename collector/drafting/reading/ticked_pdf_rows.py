"""A PDF's table of ticks, its blank cells placed again: the text layer writes a row `3 大屯镇 √` with its blank cells
dropped, so under `序号 乡镇 山洪灾害避险演练 水库防汛抢险演练` a lone tick could stand in either column. The page's layout
text (cells at their places on the line) shows under which header each cell stands; each row holding a tick, and its
header, are written back tab-joined with the blanks in place, as a Word table's rows are read. A row whose cells cannot
be set one to a column, or a table the layout text does not show, is left as the text layer gives it."""

from __future__ import annotations

import re

TICKS = "√✓✔☑"
CELL = re.compile(r"\S+(?: \S+)*")  # cells of a layout line: two spaces or more apart


def _cells(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in CELL.finditer(line)]


def _placed(row: list[tuple[int, str]], header: list[tuple[int, str]]) -> list[str] | None:
    """The row's cells under the header's columns (each at the column whose start is nearest), blanks between; None
    when two cells fall under one column."""
    out = [""] * len(header)
    for at, cell in row:
        k = min(range(len(header)), key=lambda j: abs(header[j][0] - at))
        if out[k]:
            return None
        out[k] = cell
    return out


def ticked_rows_placed(plain: str, layout: str) -> str:
    """``plain`` (a page's text layer) with the rows of each tick table, and the table's header, written tab-joined
    with their blank cells in place, as ``layout`` (the page's layout text) sets them."""
    if not any(t in plain for t in TICKS):
        return plain
    lines = plain.split("\n")
    header: list[tuple[int, str]] = []
    for line in layout.split("\n"):
        cells = _cells(line)
        if not cells:
            continue
        ticked = any(c in TICKS for _, c in cells)
        if not ticked and header and cells[0][1].isdigit():  # a row with no tick: the table goes on
            continue
        if not ticked:
            header = cells if len(cells) >= 3 and not re.search(r"[，,。；;：:]", line) else []
            continue
        if not header or len(cells) < 2 or not cells[0][1].isdigit():
            continue
        placed = _placed(cells, header)
        if placed is None:
            continue
        _rewrite(lines, [c for _, c in cells], placed)
        _rewrite(lines, [c for _, c in header], [c for _, c in header])
    return "\n".join(lines)


def _rewrite(lines: list[str], cells: list[str], placed: list[str]) -> None:
    """The plain line that is ``cells`` space-parted, rewritten as ``placed`` tab-joined (the first such line only)."""
    said = " ".join(cells)
    for i, line in enumerate(lines):
        if line.strip() == said:
            lines[i] = "\t".join(placed)
            return
