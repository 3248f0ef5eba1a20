"""Two shapes a notice's text takes when a part of it was not typed as prose, read back as lines of prose and rows.

- A table copied out of a spreadsheet whose cell holds line breaks: the cell comes quoted and spread over lines
  (`1⇥《…情况表》⇥"玲珑塔镇` / `药王庙镇` / `要路沟乡"⇥7月17日前`). The row is one line again, the cell's lines joined by 、
  (`玲珑塔镇、药王庙镇、要路沟乡`), its quotes dropped.
- A flow chart typed as one line of steps joined by arrows (`入户摸底（即日起至4月20日）→报送《…汇总表》（4月27日前）→…`):
  each step is a sentence of its own, so a step's date is read with that step's words only.
"""

from __future__ import annotations

import re

from . import cell_lines, line_forms
from .line_runs import runs_rewritten

# an opening quote at the start of a cell, the cell running on past the line's end
OPENED = re.compile(r'(?:^|\t)"(?P<start>[^"\t]*)$')
MOST_LINES = 12  # a cell of more lines than this is no cell but a quotation left open


def read_as_prose(text: str) -> str:
    text = cell_lines.rows_put_together(text)  # a table of one cell a line (cell_lines.py)
    return line_forms.as_prose(_steps_apart(_quoted_cells_joined(text)))  # balloons, trees, dated lines


def _quoted_cells_joined(text: str) -> str:
    return runs_rewritten(text, _quoted_row_at)


def _quoted_row_at(lines: list[str], i: int) -> tuple[list[str], int] | None:
    row = _row_of_a_quoted_cell(lines, i)
    return None if row is None else ([row[0]], row[1])


def _row_of_a_quoted_cell(lines: list[str], i: int) -> tuple[str, int] | None:
    """The row whose cell opens with a quote on line ``i`` and closes on a later line, as one line, and the index of
    the line after it; None when line ``i`` opens no such cell."""
    m = OPENED.search(lines[i])
    if not m:
        return None
    pieces = [m.group("start")]
    j = i + 1
    while j < len(lines) and j - i <= MOST_LINES and '"' not in lines[j] and "\t" not in lines[j]:
        pieces.append(lines[j])
        j += 1
    if j >= len(lines) or '"' not in lines[j]:
        return None
    close = lines[j].index('"')
    rest = lines[j][close + 1:]
    if "\t" in lines[j][:close] or ("\t" not in lines[i] and not rest.startswith("\t")):
        return None  # a quotation in prose, not a cell of a table's row
    pieces.append(lines[j][:close])
    head = lines[i][: m.start("start") - 1]
    return head + _cell(pieces) + rest, j + 1


def _cell(pieces: list[str]) -> str:
    """A cell's lines as one: names one to a line joined by 、, a line that ends a clause or a bracket's opening kept
    as it is joined."""
    cell = ""
    for piece in (p.strip() for p in pieces):
        if not piece:
            continue
        glue = "" if not cell or re.search(r"[、，,；;：:（(《]$", cell) or re.match(r"[、，,；;：:）)》]", piece) else "、"
        cell += glue + piece
    return cell


# → ⇒ ➔ ➝ ➞ ➡ ⟶: an arrow between two steps of a flow chart
ARROW = re.compile(r"\s*[→⇒➔➝➞➡⟶]\s*")


def _steps_apart(text: str) -> str:
    """A line of three steps or more joined by arrows: each step a sentence of its own (parted by 。)."""
    return "\n".join(ARROW.sub("。", line) if len(ARROW.findall(line)) >= 2 else line for line in text.split("\n"))
