"""A table of who sends what and when (`序号 | 单位 | 报送材料 | 报送时间`) whose paper and time are written once for a
group of rows, on the group's first row, the rows under it giving their unit alone: a Word table with those cells merged
down the group, flattened (held-out 3149). A row that asks nothing of its own in any column (its paper and time cells
all blank), under a row that asks, is of the same group: it takes the row above's cells. A row with a paper of its own
and no time (held-out 2911 with no note) stays as read, and so does every blank row under a note saying a blank cell
asks nothing (`表中空白的单位本次不报送`).

A table's last row that is one cell merged across the table (`报送时间：以上材料均于…前报送` over the row's width, the
other cells blank as the copy leaves them) is a note set in the table's frame, not a row (held-out 3139): it is made a
line of its own, closed as the cell closes it, so the line under the table is not run into it."""

from __future__ import annotations

import re

from .table_grids import HEADING, MATERIAL_COLUMN, SERIAL, UNIT_COLUMN, UNIT_NAME, WHEN_COLUMN, rows_under_their_header

# 注：表中空白的单位本次不报送 / 留空的无需报送: blank cells said to ask nothing
BLANK_ASKS_NOTHING = re.compile(r"(?:空白|为空|留空|未填)[^。\n]{0,12}(?:不报送|无需|不需|不用|免报)")


# a closing cell's words end with no stop: the cell's edge ended them
ENDS_A_SENTENCE = re.compile(r"[。！!？?；;：:.]$")


def closing_rows_set_apart(text: str) -> str:
    """``text`` with each table's closing one-cell row (see the module) a line of its own."""
    lines = text.split("\n")
    for i, header, cells in rows_under_their_header(lines):
        if _a_closing_row(cells, header, lines[i - 1], lines[i + 1] if i + 1 < len(lines) else ""):
            words = lines[i].strip()
            lines[i] = words if ENDS_A_SENTENCE.search(words) else f"{words}。"
    return "\n".join(lines)


def _a_closing_row(cells: list[str], header: list[str], above: str, below: str) -> bool:
    """The row is the table's last, under a row of data, its first cell alone filled with words (not a number, not a
    unit's name with its other cells left blank)."""
    first = cells[0].strip()
    return (len(header) > 1 and "\t" not in below and [c.strip() for c in above.split("\t")] != header and len(first) >= 8
            and not first.isdigit() and not UNIT_NAME.match(first) and not HEADING.match(first)
            and not any(c.strip() for c in cells[1:]))


def filled_down(text: str) -> str:
    """``text`` with each row of a group (see the module) given the paper and time cells of the group's first row."""
    lines = text.split("\n")
    if any(BLANK_ASKS_NOTHING.search(line) for line in lines if "\t" not in line):
        return text
    for i, header, cells in rows_under_their_header(lines):
        lines[i] = _row_filled_down(header, cells, lines[i - 1].split("\t")) or lines[i]
    return "\n".join(lines)


def _row_filled_down(header: list[str], cells: list[str], above: list[str]) -> str | None:
    """The row with the asking cells of the row above, if it names its unit and asks nothing of its own."""
    unit = next((k for k, c in enumerate(header) if UNIT_COLUMN.match(c)), None)
    asking = [k for k, c in enumerate(header) if MATERIAL_COLUMN.match(c) or WHEN_COLUMN.match(c)]
    if unit is None or not any(MATERIAL_COLUMN.match(header[k]) for k in asking) or len(above) != len(header):
        return None
    if len(cells) > len(header) or unit >= len(cells) or not cells[unit].strip() or HEADING.match(cells[unit]):
        return None  # 三、联系方式 | | |: the next section's heading, caught in the table's frame by a PDF's reader
    cells = cells + [""] * (len(header) - len(cells))  # a row whose last cells were blank, dropped by the copy
    if any(cells[k].strip() for k in asking) or not all(above[k].strip() for k in asking):
        return None
    if any(c.strip() for k, c in enumerate(cells) if k != unit and k not in asking and not SERIAL.match(header[k])):
        return None  # a remark or a count of its own: a row of another shape
    return "\t".join(above[k] if k in asking else c for k, c in enumerate(cells))
