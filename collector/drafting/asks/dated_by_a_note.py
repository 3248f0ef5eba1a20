"""A requirements table with no date column whose one date is in the note right under it: `序号 | 单位 | 报送材料` rows
(`1 | 石佛乡 | 秋菜产量及窖储能力统计表（Excel格式）`, `3 | 建昌县供销合作社联合社 | 秋菜收购及外销渠道情况（Word格式）`),
then `注：以上材料均须于九月十七日（星期一）下午五时前报送，逾期不再汇总。`. The note dates every row: the date is written into
each row under a `报送时间` column (as a table with its date column reads), and out of the note (`注：以上材料均须报送，逾期
不再汇总。`), so each row is read as its unit's requirement, the rows of one day parted or joined by their papers
(row_shares), an off-roster body's row left out, as in a table dated row by row. A table naming no sender or no paper
(`材料名称 | 格式`), a table with a date of its own, a line under it that points at no table (`请各乡镇于…前报送…`) or
says more than one date, leave the text as written (held-out 2691)."""

from __future__ import annotations

import re

from ..reading.table_grids import MATERIAL_COLUMN, NOTE_LABEL, UNIT_COLUMN
from ..timing.deadlines import find_deadlines

# 以上材料, 上述材料, 上表所列材料, 表中各项材料: the line opening by pointing at the table's materials right above it
POINTS_AT_THE_ROWS = re.compile(r"^(?:以上|上述|上表|表中|表内|以上表格|上述表格)(?:中|内)?(?:所列)?(?:的)?(?:各项|全部|所有)?"
                                r"(?:材料|资料)")
# 报送时间, 截止日期, 时限: a column of dates already
TIME_COLUMN = re.compile(r"时间|日期|时限|期限")


def rows_dated_by_the_note_under(body: str) -> str:
    """``body`` with the date of a note under a dateless requirements table written into its rows (see the module)."""
    lines = body.split("\n")
    k = 0
    while k < len(lines):
        if "\t" not in lines[k] or (k and "\t" in lines[k - 1]):
            k += 1
            continue
        end = k
        while end < len(lines) and "\t" in lines[end]:
            end += 1
        if end < len(lines) and (written := _dated(lines[k:end], lines[end])):
            lines[k:end + 1] = written
        k = end
    return "\n".join(lines)


def _dated(table: list[str], note: str) -> list[str] | None:
    """The table's lines with the note's date in a column of their own, and the note without it; None when the shape
    is not this one."""
    header = [c.strip() for c in table[0].split("\t")]
    if len(table) < 3 or not any(UNIT_COLUMN.match(c) for c in header) \
            or not any(MATERIAL_COLUMN.match(c) for c in header) or any(TIME_COLUMN.search(c) for c in header):
        return None
    said = NOTE_LABEL.sub("", note)
    if not POINTS_AT_THE_ROWS.match(said):
        return None
    dates = find_deadlines(note, None)
    if len(dates) != 1 or dates[0].due is None or any(find_deadlines(row, None) for row in table[1:]):
        return None
    date = dates[0]
    before = re.sub(r"[于在]\s*$", "", note[:date.start])  # 均须于九月十七日…前报送: the 于 goes with its date
    width = len(table[0].split("\t"))
    rows = [table[0] + "\t报送时间"] + [row + "\t" * max(1, width - len(row.split("\t")) + 1) + date.text for row in table[1:]]
    return rows + [before + note[date.end:]]
