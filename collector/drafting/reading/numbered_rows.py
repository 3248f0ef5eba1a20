"""A table a PDF's text layer gave back with its cells wrapped, under a head row opening with 序号 (`序号 单位 材料 报送时间及
方式`): each row opens on a line of its own with its number (`1 各乡镇人民政府 护林员巡护台账` / `（Excel 格式）、` / `巡护照片` /
`二七二五年一月九` / `日（星期五）前，` / `电子邮件报送`), its unit the first word after the number, its time cell from the
words that open a date (Arabic or Chinese numerals) to the row's end, its material all between. Read back as tab-separated
rows, as a Word table gives them, so each row's unit, material and time are read together (held-out 2135). A row's
number may be written in Chinese numerals (`一 各乡镇 新市民、青年人住` / `房需求摸底表` / … / `二 八家子经济开发区 …`,
held-out 2351), and a unit may be a zone (`八家子经济开发区`, `…工业园区`). A table whose rows do not open 1, 2, 3 … (or
一, 二, 三 …), or whose row has no unit or date cell, is left as written; so is one of more than one
column between the unit and the time (which words are whose cannot be told), but for a format column (`序号 单位 报送材料
格式 报送时间`), whose cell is told by its words: the formats (`Word、照片`, `Excel`, `MP4`) just before the time (held-out
2367, 2375). A unit's name wrapped over lines (`三 县自然资源` / `局、县林草局`, `四 八家子经济开` / `发区`) is read whole,
its words joined until they end as a unit; a row that sends nothing (`四 县供销社 本次不报送材` / `料` / `— —`) has a dash
for its time (and its format)."""

from __future__ import annotations

import re

from collector.numerals import cn_int

from .format_gaps import closed_up
from .line_runs import runs_rewritten
from .table_grids import FORMAT_COLUMN, MATERIAL_COLUMN, NONE_CELL, SERIAL, UNIT_COLUMN, WHEN_COLUMN

# 二七二五年一月九日, 十二月十九日, 2725年1月9日, 12月19日: the words a date cell opens with
DATE_OPENS = re.compile(r"^(?:\d{4}\s*年|[二〇零][〇零一二三四五六七八九]{3}年|\d{1,2}\s*月|[一二三四五六七八九十]{1,3}月)")
UNIT_END = re.compile(r"(?:镇|乡|局|委|办|中心|管委会|政府|站|所|院|队|馆|社|单位|部门|开发区|园区)$")
# the table's end: a blank line, a label line (联系人：…), a sentence's end, a heading, a long line of prose
ENDS_THE_TABLE = re.compile(r"^\s*$|[:：]|。\s*$|^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")
MOST_LINES = 60
# Word、照片, Excel, MP4, PDF扫描件: a format cell, one format or several parted by 、 / 和 / 或
FORMAT = r"(?:Excel|Word|WPS|PDF|OFD|JPG|PNG|MP4|MOV|AVI|ZIP|RAR|照片|图片|视频|扫描件)(?:格式|版|文件|扫描件)?"
FORMAT_CELL = re.compile(rf"^{FORMAT}(?:[、/／和或及]{FORMAT})*$", re.IGNORECASE)
MOST_UNIT_WRAPS = 2


def tables_rebuilt(text: str) -> str:
    return runs_rewritten(text, _rows_at)


def _rows_at(lines: list[str], i: int) -> tuple[list[str], int] | None:
    head = lines[i].split()
    if not _is_head(head):
        return None
    end = _table_end(lines, i + 1)
    rows = _numbered_rows(lines[i + 1:end])
    if not rows or len(rows) < 2:
        return None
    cells = [_cells_of(n, row, has_format=len(head) == 5) for n, row in enumerate(rows, 1)]
    if not all(cells):
        return None
    return ["\t".join(head), *("\t".join(c) for c in cells)], end


def _is_head(head: list[str]) -> bool:
    """序号 单位 报送材料 报送时间, or 序号 单位 报送材料 格式 报送时间."""
    if len(head) == 5 and FORMAT_COLUMN.match(head[3]):
        head = head[:3] + head[4:]
    return len(head) == 4 and bool(SERIAL.match(head[0]) and UNIT_COLUMN.match(head[1])
                                   and MATERIAL_COLUMN.match(head[2]) and WHEN_COLUMN.match(head[3]))


def _table_end(lines: list[str], start: int) -> int:
    end = start
    while end < len(lines) and end - start < MOST_LINES and not ENDS_THE_TABLE.search(lines[end]) \
            and len(lines[end].strip()) <= 30:
        end += 1
    return end


def _numbered_rows(lines: list[str]) -> list[list[str]] | None:
    """The lines of each row, a row opening on the line that starts with its number (1, 2, 3 … or 一, 二, 三 … in turn)."""
    rows: list[list[str]] = []
    for line in lines:
        first = line.split()[0]
        if _is_number(first, len(rows) + 1) and len(line.split()) > 1:
            rows.append([line.strip()[len(first):]])
        elif rows:
            rows[-1].append(line)
        else:
            return None
    return rows


def _is_number(word: str, n: int) -> bool:
    """3 or 三 (十二 for 12): the row's number, in digits or in Chinese numerals."""
    if word == str(n):
        return True
    if not re.fullmatch(r"[一二三四五六七八九十]{1,3}", word):
        return False
    try:
        return cn_int(word) == n
    except ValueError:
        return False


def _cells_of(n: int, row: list[str], has_format: bool = False) -> list[str] | None:
    """序号, 单位, 材料, (格式,) 时间 of one row's lines: the unit its first words, the time from a date's first words on
    (or the row's last dash), the format the formats just before the time."""
    words = [w for line in row for w in closed_up(line).split()]
    unit = _unit_words(words)
    if unit is None:
        return None
    at = _time_at(words, unit + 1 + has_format)
    if at is None:
        return None
    formats = _format_words(words, unit + 1, at) if has_format else at
    if formats is None:
        return None
    cells = [str(n), "".join(words[:unit]), "".join(words[unit:formats])]
    if has_format:
        cells.append("".join(words[formats:at]))
    return [*cells, "".join(words[at:])]


def _unit_words(words: list[str]) -> int | None:
    """How many of the row's first words make its unit: the first, or the first few when its name wraps (`县自然资源` /
    `局、县林草局`); None when they never end as a unit."""
    for k in range(1, min(len(words), 2 + MOST_UNIT_WRAPS)):
        if UNIT_END.search("".join(words[:k])):
            return k
    return None


def _time_at(words: list[str], first: int) -> int | None:
    """Where the time cell opens: the first word a date opens with, or the last word when it is a dash (no time)."""
    at = next((k for k in range(first, len(words)) if DATE_OPENS.match(words[k])), None)
    if at is None and len(words) > first and NONE_CELL.match(words[-1]):
        at = len(words) - 1
    return at


def _format_words(words: list[str], first: int, at: int) -> int | None:
    """Where the format cell opens: the word just before the time (or the two before it, a cell wrapped) that reads as
    formats (`Word、照片`, `Excel`) or a dash."""
    for k in (at - 1, at - 2):
        cell = "".join(words[k:at])
        if k >= first and (FORMAT_CELL.match(cell) or NONE_CELL.match(cell)):
            return k
    return None
