"""A table copied with every cell on a line of its own, as a PDF viewer or a web page gives it (no tabs): a header
line `序号`, the column labels one to a line (`报送材料` / `报送单位` / `报送时限`), then each row as its number and as many
lines as there are columns left. Read back as tab-separated rows, so each row's material, senders and date are read
together as one row's, not across rows. Lines after `序号` that are no labels (a sentence, a long line), or rows that do
not come numbered 1, 2, 3 … with their full count of cells, leave the lines as written."""

from __future__ import annotations

import re

from .line_runs import runs_rewritten

HEADER_START = re.compile(r"^\s*序号\s*$")
# a column label: a few words, no sentence's punctuation
LABEL = re.compile(r"^\s*[^\s，,。；;：:\d][^，,。；;：:]{0,9}\s*$")
MOST_COLUMNS = 8


def rows_put_together(text: str) -> str:
    return runs_rewritten(text, _tab_rows_at)


def _tab_rows_at(lines: list[str], i: int) -> tuple[list[str], int] | None:
    table = _table_at(lines, i) if HEADER_START.match(lines[i]) else None
    if table is None:
        return None
    rows, end = table
    return ["\t".join(cell.strip() for cell in row) for row in rows], end


def _table_at(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """The header and the rows of a table of one cell a line whose 序号 is on line ``i``, and the index of the line
    after it; None when the lines after 序号 are no such table."""
    labels = []
    j = i + 1
    while j < len(lines) and len(labels) < MOST_COLUMNS and LABEL.match(lines[j]):
        labels.append(lines[j])
        j += 1
    if len(labels) < 2:
        return None
    width = len(labels) + 1
    rows = [[lines[i], *labels]]
    while j + width <= len(lines) and lines[j].strip() == str(len(rows)) and \
            all(lines[k].strip() for k in range(j + 1, j + width)):
        rows.append(lines[j:j + width])
        j += width
    return (rows, j) if len(rows) > 1 else None
