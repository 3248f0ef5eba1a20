"""A PDF page's tables read cell by cell, as a .docx table is read: one line per row, its cells
joined by tabs, the lines a cell wraps over joined back into one.

A notice exported from Word or WPS draws its tables with ruling lines. Read as plain text, such a
table comes out one wrapped line at a time, a cell's second line under the next cell's first
(`道德模范候选人推` / `荐表及事迹照片`), and which words belong to which row is lost. pdfplumber finds the
table by its lines and gives each cell whole. The text around the tables is kept exactly as pypdf
reads it (the rest of the drafter is tuned to that text), only the words inside a table are
replaced by its rows. A table drawn without lines is found by where its words stand (pdf_columns); a page
with neither gives None, and is read as before."""

from __future__ import annotations

import re

from .pdf_columns import aligned_tables, cell_text

# how far (in points) a word may stand outside the ruled box and still be the table's
_EDGE = 1.0


def page_with_tables(pypdf_page, plumber_page) -> str | None:
    """The page's text with each table as tab-joined rows, or None if the page has none: its ruled tables, else
    the tables its words line up in (pdf_columns)."""
    ruled = [t for t in plumber_page.find_tables() if _has_cells(t)]
    if ruled:
        return _spliced(pypdf_page, plumber_page, [(t.bbox, _rows(t)) for t in ruled])
    aligned = aligned_tables(plumber_page)
    if aligned:
        return _spliced(pypdf_page, plumber_page, [(t.bbox, _joined(t.rows)) for t in aligned])
    return None


def _spliced(pypdf_page, plumber_page, tables: list[tuple[tuple, str]]) -> str:
    """pypdf's text of the page, each table's words replaced by its rows where its first word stood."""
    height = float(plumber_page.height)
    boxes = [_pdf_box(bbox, height) for bbox, _ in tables]
    rows = [text for _, text in tables]
    pieces: list[str] = []
    placed: set[int] = set()

    def keep_or_replace(text, cm, tm, font, size) -> None:
        x, y = _origin(cm, tm)
        inside = next((i for i, box in enumerate(boxes) if _within(x, y, box)), None)
        if inside is None:
            pieces.append(text)
        elif inside not in placed:
            placed.add(inside)
            pieces.append("\n" + rows[inside] + "\n")

    pypdf_page.extract_text(visitor_text=keep_or_replace)
    # a table whose words pypdf never reported (a table of empty cells) still stands at the end
    pieces += ["\n" + rows[i] + "\n" for i in range(len(tables)) if i not in placed]
    return re.sub(r"\n{2,}", "\n", "".join(pieces)).strip("\n")


# a page's number at its foot: `- 2 -`, `— 3 —`, `2`, `第2页`, `第 2 页 共 5 页`
PAGE_NUMBER = re.compile(r"\s*(?:[-—–]\s*\d+\s*[-—–]|\d+|第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?)\s*")


def pages_joined(pages: list[str]) -> str:
    """The pages' texts in one, a table running over a page break read as one: its header row repeated at the top
    of the next page (Word's 重复标题行) left out, and a row that the break cut in two made whole again (Word lets a
    row run onto the next page, and the next page's table then opens on the rest of the row, its first cell empty:
    `\t\t账\t`; each cell's rest is put back after its start)."""
    lines: list[str] = []
    for page in pages:
        page_lines = page.split("\n")
        last = _last_row(lines)
        if last is not None and page_lines and page_lines[0] == _header_of(lines, last):
            page_lines = page_lines[1:]
        if last is not None and page_lines and _rest_of_a_row(page_lines[0], lines[last]):
            lines[last] = _cells_joined(lines[last], page_lines[0])
            page_lines = page_lines[1:]
        lines += page_lines
    return "\n".join(lines)


def _last_row(lines: list[str]) -> int | None:
    """The index of the last line when it is a table row, a page number under it let by."""
    i = len(lines) - 1
    while i >= 0 and PAGE_NUMBER.fullmatch(lines[i]):
        i -= 1
    return i if i >= 0 and "\t" in lines[i] else None


def _header_of(lines: list[str], last: int) -> str:
    """The first row of the table whose last row is ``last``."""
    first = last
    while first > 0 and "\t" in lines[first - 1]:
        first -= 1
    return lines[first]


def _rest_of_a_row(line: str, row: str) -> bool:
    cells = line.split("\t")
    return len(cells) == len(row.split("\t")) and not cells[0].strip() and any(c.strip() for c in cells)


def _cells_joined(row: str, rest: str) -> str:
    return "\t".join(cell_text(a + "\n" + b) for a, b in zip(row.split("\t"), rest.split("\t")))


def _has_cells(table) -> bool:
    """A box drawn round a paragraph is a 'table' of one cell: it holds no rows to read."""
    return len(table.cells) > 1


def _rows(table) -> str:
    return _joined([_cells(row) for row in table.extract()])


def _cells(row: list[str | None]) -> list[str]:
    """A row's cells; a cell merged across the whole row (a table's title, `附件1 报送材料清单`) one cell, as Word
    keeps it, while a cell merged down from the row above stays an empty cell in its column."""
    if len(row) > 1 and row[0] and all(c is None for c in row[1:]):
        return [cell_text(row[0])]
    return [cell_text(c) for c in row]


def _joined(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(row) for row in rows)


def _pdf_box(bbox, height: float) -> tuple[float, float, float, float]:
    """pdfplumber measures from the page's top, pypdf's text matrices from its bottom."""
    x0, top, x1, bottom = bbox
    return x0 - _EDGE, height - bottom - _EDGE, x1 + _EDGE, height - top + _EDGE


def _origin(cm, tm) -> tuple[float, float]:
    """Where pypdf's piece of text starts on the page: its text matrix placed by the current matrix."""
    x, y = tm[4], tm[5]
    return x * cm[0] + y * cm[2] + cm[4], x * cm[1] + y * cm[3] + cm[5]


def _within(x: float, y: float, box) -> bool:
    x0, y0, x1, y1 = box
    return x0 <= x <= x1 and y0 <= y <= y1
