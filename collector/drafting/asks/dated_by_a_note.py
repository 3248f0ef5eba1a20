"""A requirements table with no date column whose one date is in the note right under it: `序号 | 单位 | 报送材料` rows
(`1 | 石佛乡 | 秋菜产量及窖储能力统计表（Excel格式）`, `3 | 建昌县供销合作社联合社 | 秋菜收购及外销渠道情况（Word格式）`),
then `注：以上材料均须于九月十七日（星期一）下午五时前报送，逾期不再汇总。`. The note dates every row: the date is written into
each row under a `报送时间` column (as a table with its date column reads), and out of the note (`注：以上材料均须报送，逾期
不再汇总。`), so each row is read as its unit's requirement, the rows of one day parted or joined by their papers
(row_shares), an off-roster body's row left out, as in a table dated row by row. A table naming no sender or no paper
(`材料名称 | 格式`), a table with a date of its own, a line under it that points at no table (`请各乡镇于…前报送…`) or
says more than one date in its first sentence, leave the text as written (held-out 2691). A line pointing at the table's
units that sends in its first sentence (`请表中各单位于十月十八日（星期一）下午三时前将材料发送至…，…。县文旅局将于十月二十二日至
十月二十九日…开展现场检查。`; `上表所列单位须在…前将相关材料报送至…`, `以上各部门请于…前…`) dates the rows the same way, by that
sentence's one date (held-out 2811).

Notes under it naming the rows by their number, one date each (`注1：序号1、2所列材料请于八月二十二日…前报送。` /
`注2：序号3、4所列材料请于八月二十九日…前报送。`; `第1-2项`, `序号1至2`), date those rows each the same way, when every
row's number is named by one note alone (held-out 2711).

A table whose date column's cells point at numbered notes under it (`序号 | 单位 | 报送材料 | 报送时间` rows saying `见注1` /
`见注2`; `详见注1`, `按注一`, `（见注①）`), each note one date (`注1：十月二十日（星期二）十六时前。`, `注一：请于…前报送。`), has
each note's date written into the cells pointing at it, and out of the note (a note left with no words is dropped), when
every pointing cell's note is under the table saying one date (held-out 2963).

A line right above such a table that sends by it in its first sentence, one date in that sentence (`请各单位按下表要求报送材料，
于6月15日前发送至…` / `请各单位于6月15日前将下表所列材料发送至…` over `单位 | 报送材料` rows, each unit its own papers), dates
the rows the same way, its date taken out of the line: each unit sends its own row's papers, not every paper of the table
(found by the lead by hand, 2026-12-07).

A caption saying the table's one day and nothing more, right above its header: a row of one cell in the table's frame
(`报送时间：四月五日（星期一）十六时前` | (blank) | (blank), a ruled PDF's or Word table's first row), or a line of its own
(`报送时限：4月5日16:00前`; also `请于4月5日前报送`), dates the rows the same way, the caption dropped: it said nothing else
(held-out 3551). A caption naming a paper or a unit, saying two days, or over a table dated already leaves the text."""

from __future__ import annotations

import re

from ...numerals import cn_int
from .. import requirements as req
from ..reading.table_grids import MATERIAL_COLUMN, NOTE_LABEL, UNIT_COLUMN, starts_a_table, table_bottom
from ..senders.let_off_rows import row_lets_off
from ..timing.deadlines import find_deadlines
from .table_lead_in import BY_THE_TABLE_BELOW
from .table_materials import POINTER_BELOW

# 以上材料, 上述材料, 上表所列材料, 表中各项材料: the line opening by pointing at the table's materials right above it
POINTS_AT_THE_ROWS = re.compile(r"^(?:以上|上述|上表|表中|表内|以上表格|上述表格)(?:中|内)?(?:所列)?(?:的)?(?:各项|全部|所有)?"
                                r"(?:材料|资料)")
# 请表中各单位, 上表所列单位, 以上各部门请: the line opening by pointing at the table's units, sending (将材料发送至…) in
# its first sentence
POINTS_AT_THE_UNITS = re.compile(r"^请?(?:以上|上述|上表|表中|表内)(?:中|内)?(?:所列)?(?:的)?(?:各)?(?:单位|部门)")
# 报送时间：以上材料…, 时间要求：以上材料…: the note labelled by what it says
WHEN_LABEL = re.compile(r"^\s*(?:报送|截止|提交|上报)?(?:时间|时限|期限|日期)(?:要求)?\s*[:：]\s*")
# 请于…前报送, 均须于…前上报: the words around a caption's day when it says nothing but it
NOTHING_BUT_SENDING = re.compile(r"(?:请|均|须|需|应|统一)*[于在]?\s*(?:报送|上报|提交|发送|反馈)?(?:完毕)?\s*[。.；;]?")
SENDS = re.compile(r"报送|上报|发送|提交|报至|送至|发至")
# 注1：序号1、2所列材料, 第1-2项, 序号1至2, 序号为3的单位: a note naming the table's rows by their numbers
NAMES_THE_ROWS = re.compile(r"^(?:序号\s*为?|第)\s*(\d{1,3}(?:\s*(?:[、，,和及至到~～\-—–－]|以及)\s*\d{1,3})*)\s*(?:项|行|号)?")
RANGE = re.compile(r"(\d{1,3})\s*(?:至|到|[~～\-—–－])\s*(\d{1,3})")
# 报送时间, 截止日期, 完成时限: any header word of when, searched in the cell (wider on purpose than the full-match
# table_grids.DATE_COLUMN and wrapped_cells.TIME_COLUMN, which read a column's role): a table with any such column is
# dated already, and this module leaves it alone
SAYS_WHEN = re.compile(r"时间|日期|时限|期限")
# 注1, 注一, 注(1): a note's number as a cell points at it (见注1, 详见注1, 按注一, （见注①）) or as the note opens with it
# (注1：); a circled ① is read as (1) by plain_text.normalize before this module sees it
NOTE_NUMBER = r"[(（]?(\d{1,2}|[一二三四五六七八九十]{1,2})[)）]?"
POINTS_AT_A_NOTE = re.compile(r"^[（(]?(?:详见|参见|见|按|依|按照)\s*(?:表下|表后)?注\s*" + NOTE_NUMBER + r"\s*(?:所列|要求|所示)?[）)]?$")
A_NUMBERED_NOTE = re.compile(r"^\s*(?:表下|表后)?注\s*" + NOTE_NUMBER + r"\s*[:：．.、]\s*")


def rows_dated_by_the_note_under(body: str) -> str:
    """``body`` with the date of a note under a dateless requirements table written into its rows (see the module)."""
    lines = body.split("\n")
    k = 0
    while k < len(lines):
        if not starts_a_table(lines, k):
            k += 1
            continue
        end = table_bottom(lines, k) + 1
        if (caption := _caption_above(lines, k)) \
                and (written := _dated_by_the_caption(caption[1], lines[max(caption[0] + 1, k):end])):
            lines[caption[0]:end] = written  # the caption said nothing but the day: dropped
            k = caption[0] + len(written)
            continue
        if k and (written := _dated_from_above(lines[k - 1], lines[k:end])):
            lines[k - 1:end] = written
            k = end
            continue
        numbered = end
        while numbered < len(lines) and A_NUMBERED_NOTE.match(lines[numbered]):
            numbered += 1
        if numbered > end and (written := _dated_by_pointed_notes(lines[k:end], lines[end:numbered])):
            lines[k:numbered] = written
            k = end
            continue
        if (closing := _closing_row(lines[k:end])) and (written := _dated(lines[k:end - 1], closing)):
            lines[k:end] = written  # 报送时间：以上材料均于…前报送 | (blank) | (blank): the note as the table's last row
            k = end
            continue
        notes = end
        while notes < len(lines) and NAMES_THE_ROWS.match(NOTE_LABEL.sub("", lines[notes])):
            notes += 1
        if notes > end and (written := _dated_by_number(lines[k:end], lines[end:notes])):
            lines[k:notes] = written
        elif end < len(lines) and (written := _dated(lines[k:end], lines[end])):
            lines[k:end + 1] = written
        k = end
    return "\n".join(lines)


def _dated(table: list[str], note: str) -> list[str] | None:
    """The table's lines with the note's date in a column of their own, and the note without it; None when the shape
    is not this one."""
    if not _dateless_requirements(table) or not _points_at_the_rows(WHEN_LABEL.sub("", NOTE_LABEL.sub("", note))):
        return None
    date = _one_date(note.split("。")[0])  # 请表中各单位于…前将材料发送至…。县文旅局将于…开展检查。: the first sentence's
    if date is None:
        return None
    return _rows_with(table, [date.text] * (len(table) - 1)) + [_without(note, date)]


def _dated_from_above(line: str, table: list[str]) -> list[str] | None:
    """The line above without its date, then the table's lines with that date in a column of their own; None when the
    line does not send by the table in its first sentence with one date, or the table is no dateless requirements
    table."""
    first = line.split("。")[0]
    if not (BY_THE_TABLE_BELOW.search(first) or POINTER_BELOW.search(first)) or not SENDS.search(first) \
            or not _dateless_requirements(table) or _names_a_paper_of_its_own(first):
        return None
    date = _one_date(first)
    if date is None:
        return None
    return [_without(line, date)] + _rows_with(table, [date.text] * (len(table) - 1))


def _caption_above(lines: list[str], k: int) -> tuple[int, str] | None:
    """(its line, its words) for a caption right above the header of the table starting at ``k``: the table's first
    row when that is one cell of words (the others blank) over a row of two cells or more; else the line right above."""
    cells = [c.strip() for c in lines[k].split("\t")]
    below = lines[k + 1].split("\t") if k + 1 < len(lines) else []
    if cells[0] and not any(cells[1:]) and not cells[0].isdigit() and sum(bool(c.strip()) for c in below) >= 2:
        return k, cells[0]
    return (k - 1, lines[k - 1].strip()) if k and lines[k - 1].strip() else None


def _dated_by_the_caption(caption: str, table: list[str]) -> list[str] | None:
    """The table's lines with the caption's day in a column of their own; None when the caption says more than its one
    day (a when label or a sending word around it) or the table is no dateless requirements table."""
    date = _one_date(caption)
    if date is None or not _dateless_requirements(table):
        return None
    said = (WHEN_LABEL.sub("", caption[:date.start], count=1) + caption[date.end:]).strip()
    if not NOTHING_BUT_SENDING.fullmatch(said) or not (WHEN_LABEL.match(caption) or SENDS.search(said)):
        return None
    return _rows_with(table, [date.text] * (len(table) - 1))


def _names_a_paper_of_its_own(line: str) -> bool:
    """按下表分工开展自查，…将自查报告发送: the line sends a paper it names, not the table's (材料, 下表所列材料 name none)."""
    return any(name not in req.GENERIC and not POINTER_BELOW.fullmatch(name) for name in req.material_names(line))


def _closing_row(table: list[str]) -> str:
    """The words of the table's last row when it is one cell merged across the table (its other cells blank, as a PDF
    or Word copy leaves them), under two rows or more: a note set in the table's frame (held-out 3139); else ""."""
    cells = table[-1].split("\t") if len(table) > 2 else []
    filled = [c.strip() for c in cells if c.strip()]
    return filled[0] if len(cells) > 1 and len(filled) == 1 and not cells[0].strip().isdigit() else ""


def _points_at_the_rows(note: str) -> bool:
    """以上材料均须于…前报送; 请表中各单位于…前将材料发送至… (its first sentence sending): the line speaks of the rows."""
    return bool(POINTS_AT_THE_ROWS.match(note)) \
        or bool(POINTS_AT_THE_UNITS.match(note) and SENDS.search(note.split("。")[0]))


def _dated_by_number(table: list[str], notes: list[str]) -> list[str] | None:
    """The table's lines each with the date of the note naming its number, and the notes without their dates; None
    when a row has no number, or is named by no note or by two, or a note says no date or more than one."""
    if not _dateless_requirements(table):
        return None
    numbers = [row.split("\t")[0].strip() for row in table[1:]]
    if not all(n.isdigit() for n in numbers):
        return None
    dated: dict[int, str] = {}
    for note in notes:
        date = _one_date(note)
        if date is None:
            return None
        for n in _numbers(NAMES_THE_ROWS.match(NOTE_LABEL.sub("", note)).group(1)):
            if n in dated:
                return None
            dated[n] = date.text
    if set(dated) != {int(n) for n in numbers} or len(numbers) != len(set(numbers)):
        return None
    return _rows_with(table, [dated[int(n)] for n in numbers]) + [_without(note, _one_date(note)) for note in notes]


def _dated_by_pointed_notes(table: list[str], notes: list[str]) -> list[str] | None:
    """The table's lines with each cell pointing at a note (见注1) under a date column holding that note's date, and the
    notes without their dates; None when no cell points, or a pointed note is not among ``notes`` or says no date or
    more than one."""
    header = table[0].split("\t")
    dates: dict[int, object] = {}
    for note in notes:
        date = _one_date(note)
        if date is not None:
            dates[cn_int(A_NUMBERED_NOTE.match(note).group(1))] = date
    rows, pointed = [table[0]], set()
    for row in table[1:]:
        cells = row.split("\t")
        for c, cell in enumerate(cells):
            if (at := POINTS_AT_A_NOTE.match(cell.strip())) and c < len(header) and SAYS_WHEN.search(header[c]):
                number = cn_int(at.group(1))
                if number not in dates:
                    return None
                cells[c] = dates[number].text
                pointed.add(number)
        rows.append("\t".join(cells))
    if not pointed:
        return None
    kept = []
    for note in notes:
        number = cn_int(A_NUMBERED_NOTE.match(note).group(1))
        left = _without(note, dates[number]) if number in pointed else note
        if re.search(r"[\u4e00-\u9fff\w]", A_NUMBERED_NOTE.sub("", left)):  # 注1：。 says nothing more
            kept.append(left)
    return rows + kept


def _numbers(named: str) -> list[int]:
    """1、2 -> [1, 2]; 1-3 -> [1, 2, 3]; 1至2、4 -> [1, 2, 4]."""
    numbers: list[int] = []
    for piece in re.split(r"\s*(?:[、，,和及]|以及)\s*", named):
        if span := RANGE.fullmatch(piece):
            numbers += range(int(span.group(1)), int(span.group(2)) + 1)
        elif piece.isdigit():
            numbers.append(int(piece))
    return numbers


def _dateless_requirements(table: list[str]) -> bool:
    """A table of units and their papers (单位 | 报送材料), three lines or more, with no date in a column or a row."""
    header = [c.strip() for c in table[0].split("\t")]
    return len(table) >= 3 and any(UNIT_COLUMN.match(c) for c in header) \
        and any(MATERIAL_COLUMN.match(c) for c in header) and not any(SAYS_WHEN.search(c) for c in header) \
        and not any(find_deadlines(row, None) for row in table[1:])


def _one_date(note: str):
    """The note's one deadline, or None when it says none or more than one."""
    dates = find_deadlines(note, None)
    return dates[0] if len(dates) == 1 and dates[0].due is not None else None


def _rows_with(table: list[str], dates: list[str]) -> list[str]:
    """The table's lines with a 报送时间 column holding each row's date; a row letting its unit off (`建昌县教育局 |
    —（本次不报送）`) is given none: it asks nothing."""
    width = len(table[0].split("\t"))
    return [table[0] + "\t报送时间"] + [row if row_lets_off(row) else row + "\t" * max(1, width - len(row.split("\t")) + 1)
                                       + date for row, date in zip(table[1:], dates)]


def _without(note: str, date) -> str:
    """The note with its date taken out (均须于九月十七日…前报送: the 于 goes with its date)."""
    return re.sub(r"[于在]\s*$", "", note[:date.start]) + note[date.end:]
