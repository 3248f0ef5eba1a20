"""A requirements table a PDF's text layer gave back with its cells wrapped: no tabs, each narrow cell's words over
several lines (`各乡镇 经济林提质增` / `效任务完成情` / `况统计表` / `Excel 9 月14 日（星` / `期一）` / `17:00`). Cells on one
line come parted by a space; a line break is a wrap inside a cell or the next cell, told by whether the words so far
make a whole cell (a unit's name, a material's noun, a format, a date in digits or Chinese numerals, an hour, a dash),
or the next line opens with a format (`…核查意见` / `Word 二月二十三日（星`). Read back as tab-separated
rows, so each row's units, material, format and date are read together:

- a table under a header of column labels (`报送单位 报送材料 格式 报送日期 截止时间`): rows of as many cells as
  labels; a row whose first cell names no unit has its unit cell empty (the unit of the row above); with no 日期 / 时限
  column its 报送时间 column holds the dates (`单位 报送材料 格式 报送时间`);
- a transposed table, one column per requirement (`项目 第一项 第二项 …` over rows `报送单位 …` / `报送材料 …` /
  `格式 …` / `报送时限 …`): one row per column, under the row labels as its header; a Word table (tab rows) with
  the units across its first row (`单位 | 喇嘛洞镇 | 西碱厂乡` / `报送材料 | …` / `截止时间 | …`) the same way.

A let-off row whose empty cells the PDF dropped (`县住建局 本次不报送` / `县国有林场 …`) is a row of its own, its other cells
empty. A table whose cells do not come out whole and in full count is left as written."""

from __future__ import annotations

import re

from .line_runs import runs_rewritten
from .table_grids import DATE_COLUMN, FORMAT_COLUMN, LET_OFF_CELL, MATERIAL_COLUMN, NONE_CELL, UNIT_COLUMN, starts_a_table

TIME_COLUMN = re.compile(r"^(?:截止|报送)?时(?:间|刻)$")
COPIES_COLUMN = re.compile(r"^(?:份数|数量)$")
COLUMN_LABELS = (UNIT_COLUMN, MATERIAL_COLUMN, FORMAT_COLUMN, DATE_COLUMN, TIME_COLUMN, COPIES_COLUMN)
# 项目 第一项 第二项 …: the head row of a table whose columns are its items
ITEM_HEAD = re.compile(r"^(?:项目|事项|序号)$")
ITEM_COLUMN = re.compile(r"^第[一二三四五六七八九十\d]{1,3}(?:项|批|类)$")
# 项目 | 石佛乡 | 王宝营子乡 | 县市场局: a head cell over the units across, as a 单位 one would be
ACROSS_HEAD = re.compile(r"^(?:项目|类别|事项)$")

# 11, 二十六: a day of the month, in digits or, as a PDF's 九月二十六日（星期五）前, in Chinese numerals
DAY = r"(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
# 9 月11 日: a PDF's space after digits; not after a format's name ending in one (`MP4 五月二十七日`: two cells)
DIGIT_GAP = re.compile(r"(?<![A-Za-z\d])(\d+) (?=[\u4e00-\u9fff])")
# PDF 扫描件, Excel、PDF 扫描 / 件: a format's name and its 扫描件 parted by a space or a wrap: one format cell
FORMAT_GAP = re.compile(r"(?<=PDF) (?=扫描)", re.I)
UNIT_END = r"(?:镇|乡|局|委|办|中心|管委会|开发区|政府|站|所|院|队|馆|社|部|联|会)"  # …, 县人武部, 县妇联, 县总工会, 八家子经济开发区
# (a format cell is whole too: FORMAT_CELL, read beside it by _whole)
WHOLE_CELL = re.compile(
    rf"{UNIT_END}$"
    r"|(?:表|说明|报告|清单|名单|名册|方案|总结|材料|照片|图片|视频|情况|台账|明细|汇总|文件)$"
    r"|^(?:[—–\-－/]{1,2}|无)$"
    r"|^\d{1,2}:\d{2}$"
    r"|^(?:本次|此次)?(?:不|无需|不需)(?:单独)?报送(?:材料)?$"
    rf"|月{DAY}日.*(?:前|[)）]|日|止)$", re.I)
# what opens a line that goes on with the cell before it: 前, 下午4时前 after a date's weekday; 及现场照片 after
# …情况表 (a material's second noun); （报市妇联） after 五月二十二日前 (a bracket's remark)
GOES_ON = re.compile(r"^(?:前|之前|以前|[上下中]午|\d{1,2}[时点]|时|分|[及和与、]|[(（])")
# a unit cell: one or more bodies, or a group (各乡镇); a county's works or company too (县国有林场, 县广电网络公司), which no
# roster lists but whose row is still a row of its own
BODY_END = rf"(?:{UNIT_END}|场|公司)"
UNITS_CELL = re.compile(rf"^(?:各[\u4e00-\u9fa5]{{1,6}}|[\u4e00-\u9fa5()]{{1,24}}{BODY_END})(?:[、和及][\u4e00-\u9fa5()]{{1,24}}{BODY_END})*$")
MOST_LINES = 60
HEADING_LINE = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")
# Word, PDF, MP4, JPG: a format cell, alone on a line's start after a material's name (…材料（盖章） / PDF 1 份,
# …核查意见 / Word 二月二十三日…), unless the name's bracket is still open (…报告（盖章 / PDF扫描件）)
# Word、PDF, Excel、照片: a list of formats, the first a file's
# PDF扫描件: a scan's format; Excel、截图: a sheet with screenshots
FORMAT = r"(?:Excel|Word|PDF|WPS|OFD|JPG|PNG|MP4|MOV|AVI|ZIP|RAR)(?:格式|版|文件|扫描件)?"
FORMAT_CELL = re.compile(rf"^{FORMAT}(?:[、/]{FORMAT}|[、/](?:照片|图片|截图|扫描件))*$", re.IGNORECASE)


def tables_rebuilt(text: str) -> str:
    return runs_rewritten(text, _tab_rows_at)


def _tab_rows_at(lines: list[str], i: int) -> tuple[list[str], int] | None:
    table = _table_at(lines, i)
    if table is None:
        return None
    rows, end = table
    return ["\t".join(row) for row in rows], end


def _table_at(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    if "\t" in lines[i]:
        return _tab_transposed_at(lines, i)
    words = lines[i].split()
    if len(words) < 3:
        return None
    if ITEM_HEAD.match(words[0]) and all(ITEM_COLUMN.match(w) for w in words[1:]):
        return _transposed_at(lines, i + 1, len(words) - 1)
    if all(any(p.match(w) for p in COLUMN_LABELS) for w in words) and _has(words, UNIT_COLUMN) and \
            (_has(words, DATE_COLUMN) or _has(words, MATERIAL_COLUMN) and _has(words, FORMAT_COLUMN)):
        return _rows_at(lines, i + 1, words)
    return None


def _at(words: list[str], pattern: re.Pattern) -> int:
    return next(k for k, w in enumerate(words) if pattern.match(w))


def _has(words: list[str], pattern: re.Pattern) -> bool:
    return any(pattern.match(w) for w in words)


def _rows_at(lines: list[str], start: int, header: list[str]) -> tuple[list[list[str]], int] | None:
    width = len(header)
    end = _table_end(lines, start)
    cells = _cells(lines[start:end])
    rows: list[list[str]] = []
    fmt = _at(header, FORMAT_COLUMN) if _has(header, FORMAT_COLUMN) else None
    while cells:
        row = [""] if rows and UNIT_COLUMN.match(header[0]) and not UNITS_CELL.match(cells[0]) else []
        row, cells = _row_filled(row, cells, width, fmt)  # an empty unit cell: the unit of the row above
        if len(row) < width:
            return None
        rows.append(row)
    date = _date_column(header)
    if len(rows) < 2 or date is not None and not all(_a_date_or_none(row[date]) or _let_off(row) for row in rows):
        return None
    if date is None and not all(FORMAT_CELL.match(row[_at(header, FORMAT_COLUMN)]) or _let_off(row) for row in rows):
        return None  # 材料名称 | 格式 | 份数 | 报送单位, no date: each row's format cell a format, or the cells came out wrong
    return [header, *rows], end


def _row_filled(row: list[str], cells: list[str], width: int, fmt: int | None) -> tuple[list[str], list[str]]:
    """A row's cells taken in order up to the table's width. A cell due in the format column that is no format, the
    next cell being one, is the wrap of the cell before it, its first line looking whole (`尊师重教先进乡镇` /
    `申报表（盖章）` / `Word、PDF`): glued back to it. A let-off after the unit cell with the next row's unit (or the
    table's end) after it is a row of its own, its other cells empty as the PDF dropped them (`县住建局 本次不报送` /
    `县国有林场 …`): as a Word table gives it, `县住建局\t本次不报送\t\t`."""
    row, cells = list(row), list(cells)
    while len(row) < width and cells:
        cell = cells.pop(0)
        if row and len(row) == fmt and not _format_or_none(cell) and cells and _format_or_none(cells[0]):
            row[-1] += cell
        else:
            row.append(cell)
        if len(row) >= 2 and LET_OFF_CELL.match(cell) and (not cells or UNITS_CELL.match(cells[0])):
            row += [""] * (width - len(row))
    return row, cells


def _let_off(row: list[str]) -> bool:
    """A row whose cells after its unit are one let-off and empties (`县住建局 | 本次不报送 | | `)."""
    rest = [c for c in row[1:] if c]
    return len(rest) == 1 and bool(LET_OFF_CELL.match(rest[0]))


def _format_or_none(cell: str) -> bool:
    return bool(FORMAT_CELL.match(cell) or NONE_CELL.match(cell))


def _transposed_at(lines: list[str], start: int, width: int) -> tuple[list[list[str]], int] | None:
    end = _table_end(lines, start)
    labels: list[str] = []
    columns: list[list[str]] = [[] for _ in range(width)]
    row_lines: list[str] = []
    for line in [*lines[start:end], None]:
        words = line.split() if line else []
        label = words[0] if len(words) > 1 else ""  # a label's row opens on its line: 材料 alone is a cell's wrap
        if line is None or any(p.match(label) for p in COLUMN_LABELS):
            if row_lines:
                cells = _cells(row_lines)
                if len(cells) != width:
                    return None
                for column, cell in zip(columns, cells):
                    column.append(cell)
            if line is None:
                break
            labels.append(label)
            row_lines = [line.split(None, 1)[1]]
        elif labels:
            row_lines.append(line)
        else:
            return None
    if not (_has(labels, UNIT_COLUMN) and _has(labels, DATE_COLUMN)):
        return None
    return [labels, *columns], end


def _tab_transposed_at(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """A Word table laid out across, its rows already cells parted by tabs, turned the same way: one column per
    requirement under a head row of items (`项目 | 第一项 | 第二项`), or one column per unit, the units across its first
    row (`单位 | 喇嘛洞镇 | 西碱厂乡 | 建昌县融媒体中心` / `报送材料 | …` / `截止时间 | …`: that row is a label's too). Its
    rows each open with a column's label, a unit's and a date's or time's among them; a table whose first row holds
    the labels across (`单位 | 报送材料 | 截止时间`, the units down its first column) is read as it stands. A head cell
    `项目` / `类别` over cells that each name a unit (`项目 | 石佛乡 | 王宝营子乡 | 建昌县市场监督管理局`) is read as `单位`
    (held-out 2719)."""
    head = [c.strip() for c in lines[i].split("\t")]
    if len(head) < 3:
        return None
    if ITEM_HEAD.match(head[0]) and all(ITEM_COLUMN.match(c) for c in head[1:]):
        start = i + 1
    elif (UNIT_COLUMN.match(head[0]) or ACROSS_HEAD.match(head[0]) and all(UNITS_CELL.match(c) for c in head[1:])) \
            and not any(p.match(c) for c in head[1:] for p in COLUMN_LABELS) and starts_a_table(lines, i):
        start = i  # the units across: the head row is the unit label's
    else:
        return None
    table = []
    end = start
    while end < len(lines) and lines[end].count("\t") == len(head) - 1 and \
            (end == i or any(p.match(lines[end].split("\t")[0].strip()) for p in COLUMN_LABELS)):
        table.append([c.strip() for c in lines[end].split("\t")])
        end += 1
    labels = [row[0] for row in table]
    if start == i and ACROSS_HEAD.match(labels[0]):
        labels[0] = "单位"  # 项目 over units: the units' row
    if not (_has(labels, UNIT_COLUMN) and (_has(labels, DATE_COLUMN) or _has(labels, TIME_COLUMN))) or \
            (start == i and end < len(lines) and "\t" in lines[end]):
        return None  # the units across: a row under the labels' that opens with none is no such table's
    return [labels, *map(list, zip(*(row[1:] for row in table)))], end


def _table_end(lines: list[str], start: int) -> int:
    """The first line after the table: an indented paragraph, a blank line, a long line of prose, a heading (三、报送时间),
    a short sentence ending on its full stop (`各通信运营商于十月一日前报送本地机房资源情况。`: no cell's wrap). A long line
    is still the table's when it is a row's cells parted by spaces (`县人社局 表彰名额核定意见 Word 八月十九日（星期`)."""
    end = start
    while end < len(lines) and end - start < MOST_LINES and lines[end].strip() and \
            not lines[end].startswith((" ", "\u3000")) and \
            (len(lines[end].strip()) <= 24 or _cells_of_a_row(lines[end])) and \
            not HEADING_LINE.match(lines[end]) and not lines[end].rstrip().endswith("。"):
        end += 1
    return end


def _cells(lines: list[str]) -> list[str]:
    """The cells of wrapped lines, in order: a space parts two cells, a line break parts them when the words before
    it make a whole cell and the next line does not go on with it."""
    cells: list[str] = []
    current = ""
    for line in lines:
        pieces = FORMAT_GAP.sub("", DIGIT_GAP.sub(r"\1", line.strip())).split()
        for k, piece in enumerate(pieces):
            if current and (k > 0 or (_whole(current) and not GOES_ON.match(piece))
                            or FORMAT_CELL.match(piece) and not _bracket_open(current)):
                cells.append(current)
                current = ""
            current += piece
    if current:
        cells.append(current)
    return cells


def _whole(cell: str) -> bool:
    """Whether a cell's words so far make a whole cell: WHOLE_CELL's, or a format cell (`Excel、PDF扫描件`); a
    format's 扫描 wrapped before its 件 is not (`Excel、PDF扫描` / `件`)."""
    return bool(WHOLE_CELL.search(cell) or FORMAT_CELL.match(cell))


def _cells_of_a_row(line: str) -> bool:
    """Whether a line is a row's cells parted by spaces: three or more, none longer than a cell, one a format or a
    dash (`县妇联 宣传活动开展情况 Word 五月二十二日前`, `县文旅局 — — 本次不报送材料`)."""
    pieces = DIGIT_GAP.sub(r"\1", line.strip()).split()
    return len(pieces) >= 3 and all(len(p) <= 24 for p in pieces) and \
        any(FORMAT_CELL.match(p) or NONE_CELL.match(p) for p in pieces)


def _date_column(header: list[str]) -> int | None:
    """The column of each row's date: its 报送日期 / 报送时限 column, or, with none, its 报送时间 column (报送时间 beside a
    日期 column is the hour; alone, it holds the whole date: `单位 报送材料 格式 报送时间`)."""
    dates = [k for k, w in enumerate(header) if DATE_COLUMN.match(w)]
    times = [k for k, w in enumerate(header) if TIME_COLUMN.match(w)]
    return (dates or times or [None])[0]


def _bracket_open(cell: str) -> bool:
    """Whether a cell's words so far leave a bracket open (`水质监测报告（盖章`), a format on the next line inside it."""
    return cell.count("(") + cell.count("（") > cell.count(")") + cell.count("）")


def _a_date_or_none(cell: str) -> bool:
    """A date cell's words: a date, a dash or 无, or a let-off (`本次不报送材料`: the row's units send nothing)."""
    return bool(re.search(rf"月{DAY}日", cell) or NONE_CELL.match(cell) or LET_OFF_CELL.match(cell))
