"""A PDF table drawn without ruling lines, read by where its words stand on the page.

Word and WPS place every cell's text at its column's left edge, so the words of a table line up in columns; a cell
too long for its column wraps where the next words no longer fit. That gives the table back cell by
cell, as pdf_tables reads a ruled one:

- a table is a run of lines, the first of three or more cells and another of two or more, each line's cells
  starting at the first line's column starts and none running past the next column (a sentence across the page
  ends the table);
- a line goes on with the row above when it stands right under it (one line's height) and every cell it has
  continues a cell of the line above whose room, to the next column, was too short for the line's first unbreakable
  words (`民爆企业安全承诺` / `书`; `六月十日（星期` / `一）`, a closing bracket never opening a line; `…报名表` /
  `（Excel格式）`, a bracketed word going whole); any other line starts a new row.

Tables that do not line up so (centred cells, two columns) are left to the plain text (wrapped_cells)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# what a line cannot break inside: opening brackets with what follows, one Latin word or one character, and the
# closing brackets and stops after it
FIRST_GROUP = re.compile(r"[（(《“‘\[【]*(?:[A-Za-z0-9.%@_-]+|.)[）)》”’\]】、，。：；,.:;]*")
# points: words nearer than this on a line are one cell's (a Latin space); cells of a row stand further apart
_CELL_GAP = 6.0
# points: how far a cell may stand from its column's start (rounding of the layout)
_ALIGN = 2.5
# a line is a new visual line when its top is this many points below the line's first word
_SAME_LINE = 3.0
# a cell's wrapped line stands one line's height under the line above (~1.3 characters); rows with space between
# them stand further apart, and a line that far under the one above starts a row
_WRAPPED_LINE = 1.7


@dataclass
class Chunk:
    x0: float
    x1: float
    text: str
    size: float  # the height of its characters (a Chinese character's width), for the room a line leaves


@dataclass
class Table:
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom, as pdfplumber measures
    rows: list[list[str]]


def aligned_tables(plumber_page) -> list[Table]:
    """The page's tables without lines, as rows of cells."""
    lines = _visual_lines(plumber_page.extract_words(keep_blank_chars=False, use_text_flow=False))
    right_edge = max((c.x1 for _, chunks in lines for c in chunks), default=0.0)
    tables, i = [], 0
    while i < len(lines):
        found = _table_from(lines, i, right_edge)
        if found is None:
            i += 1
            continue
        table, i = found
        tables.append(table)
    return tables


def cell_text(cell: str | None) -> str:
    """A cell's wrapped lines joined back: Chinese runs on with no space (`推` + `荐表` is 推荐表), two
    Latin words keep the space between them (`Excel` + `format`). A merged cell's covered part is None."""
    if not cell:
        return ""
    lines = [line.strip() for line in cell.split("\n") if line.strip()]
    text = lines[0] if lines else ""
    for line in lines[1:]:
        text += (" " if _latin(text[-1]) and _latin(line[0]) else "") + line
    return text


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _visual_lines(words: list[dict]) -> list[tuple[float, list[Chunk]]]:
    """Words grouped into lines (by their tops), each line's words into cells (by the gaps between them)."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and word["top"] - lines[-1][0]["top"] <= _SAME_LINE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [(line[0]["top"], _chunks(sorted(line, key=lambda w: w["x0"]))) for line in lines]


def _chunks(words: list[dict]) -> list[Chunk]:
    chunks: list[Chunk] = []
    for w in words:
        size = w["bottom"] - w["top"]
        if chunks and w["x0"] - chunks[-1].x1 < _CELL_GAP:
            last = chunks[-1]
            last.text = cell_text(last.text + "\n" + w["text"])
            last.x1 = w["x1"]
        else:
            chunks.append(Chunk(w["x0"], w["x1"], w["text"], size))
    return chunks


def _table_from(lines, i: int, right_edge: float):
    """The table whose header is line ``i``, and the index after it; None when line ``i`` heads no table."""
    top, head = lines[i]
    if len(head) < 3 or i + 1 >= len(lines):
        return None
    starts = [c.x0 for c in head]
    rows: list[list[str]] = [[c.text for c in head]]
    last_line = dict(enumerate(head))
    bottom, j, widest = top, i + 1, 0
    while j < len(lines):
        cells = _columns_of(lines[j][1], starts)
        if cells is None:
            break
        widest = max(widest, len(cells))
        if lines[j][0] - bottom <= _WRAPPED_LINE * head[0].size and _goes_on(cells, last_line, starts, right_edge):
            for k, chunk in cells.items():
                rows[-1][k] = cell_text(rows[-1][k] + "\n" + chunk.text)
        else:
            rows.append(["" for _ in starts])
            for k, chunk in cells.items():
                rows[-1][k] = chunk.text
        last_line, bottom, j = cells, lines[j][0], j + 1
    if len(rows) < 2 or widest < 2:  # (no line under the header lines up: one row, no table)
        return None  # `联系人：… 电话：… 邮箱：…` over the issuer's name is no table
    size = max(c.size for c in head)
    bbox = (starts[0] - _ALIGN, top - _ALIGN, right_edge + _ALIGN, bottom + size + _ALIGN)
    return Table(bbox, rows), j


def _columns_of(chunks: list[Chunk], starts: list[float]) -> dict[int, Chunk] | None:
    """Each cell of the line under its column, or None if a cell stands off every column start or runs into the next."""
    cells: dict[int, Chunk] = {}
    for chunk in chunks:
        k = next((k for k, s in enumerate(starts) if abs(chunk.x0 - s) <= _ALIGN), None)
        if k is None or k in cells or (k + 1 < len(starts) and chunk.x1 > starts[k + 1] - _ALIGN):
            return None
        cells[k] = chunk
    return cells


def _goes_on(cells: dict[int, Chunk], above: dict[int, Chunk], starts: list[float], right_edge: float) -> bool:
    """Every cell of the line continues a cell of the line above that its first words did not fit after."""
    return all(k in above and _wrapped_before(cells[k], above[k], k, starts, right_edge) for k in cells)


def _wrapped_before(chunk: Chunk, above: Chunk, k: int, starts: list[float], right_edge: float) -> bool:
    """The room left after the line above (to the next column's start; the last column: to the text's right margin)
    is less than the line's first unbreakable words need, with the cell's margins: `六月十日（星期` / `一）` (a closing
    bracket never opens a line), `…汇总表` / `（Excel）` (a bracketed word goes whole)."""
    edge = starts[k + 1] if k + 1 < len(starts) else right_edge + _ALIGN
    return edge - above.x1 < _width_of_first_group(chunk) + 1.5 * chunk.size


def _width_of_first_group(chunk: Chunk) -> float:
    group = FIRST_GROUP.match(chunk.text)
    share = len(group.group()) / len(chunk.text) if group and chunk.text else 1.0
    return (chunk.x1 - chunk.x0) * share
