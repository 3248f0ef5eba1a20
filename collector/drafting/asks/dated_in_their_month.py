"""A rota: a table giving each row only its month (`月份 | 轮值单位 | 报送材料`, `四月 | 建昌镇人民政府 | 督查简报（Word格式）及现场照片`)
and a sentence beside it giving the day in that month (`轮值单位请于轮值当月二十日前将下表所列材料发送至…`, held-out 3091). The
当月 is each row's month, not the notice's: the day (and the hour the sentence gives) is written into each row's month
cell (`4月20日前`), the column named 报送时间 as a dated table's is, and the sentence sends by the table's times
(`轮值单位请按下表所列时间将…`), so each row is read as its unit's requirement, an off-roster body's row left out, as in a
table dated row by row. Only a table right under (or right above) the sentence whose every row gives a month alone in one
column; a 当月 with no such table (`每月5日前报送当月台账`), or a month column beside a date of its own, stays as written."""

from __future__ import annotations

import re

from ...numerals import cn_int
from ..reading.table_grids import table_bottom

CN_DAY = r"\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九十]"
# 于轮值当月二十日前, 在承办月份的20日下午5时前, 于各自当月15日前: the day in the row's month, its hour, then 前
ROLE_MONTH = r"(?:轮值|值班|承办|所在|对应|各自)的?\s*"
RELATIVE_MONTH = rf"[于在]?\s*(?:(?:{ROLE_MONTH})?当月|{ROLE_MONTH}月份)的?\s*"
RELATIVE_DAY = re.compile(rf"{RELATIVE_MONTH}(?P<day>{CN_DAY})\s*[日号]"
                          r"(?P<hour>[^，,。；;:：()（）\t]{0,12}?)(?:之前|以前|前)")
# 四月, 4月, 4月份, 2025年4月: a cell giving a month alone
MONTH_CELL = re.compile(r"^(?:(?P<y>\d{4})\s*年)?\s*(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?$")
# 4月20日, 20号: a row dated of its own
DATED = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|月\s*(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号]")
NEAR = 2  # lines between the sentence and its table (a 轮值安排如下： line)


def rows_dated_in_their_month(body: str) -> str:
    """``body`` with each rota table's months dated by the day its sentence gives (see the module)."""
    lines = body.split("\n")
    for k, line in enumerate(lines):
        said = RELATIVE_DAY.search(line)
        if "\t" in line or not said:
            continue
        top = _month_table_near(lines, k)
        if top is None:
            continue
        day, hour = cn_int(said.group("day")), said.group("hour").strip()
        column = _month_column(lines, top)
        _months_dated(lines, top, column, f"{day}日{hour}前")
        where = "下表" if top > k else "上表"
        lines[k] = line[:said.start()] + f"按{where}所列时间" + line[said.end():]
    return "\n".join(lines)


def _month_table_near(lines: list[str], k: int) -> int | None:
    """The header line of the month table right under line ``k`` (or else right above it), or None."""
    for j in range(k + 1, min(k + 2 + NEAR, len(lines))):
        if "\t" in lines[j]:
            return j if _month_column(lines, j) is not None else None
    for j in range(k - 1, max(-1, k - 2 - NEAR), -1):
        if "\t" in lines[j]:
            top = _header_of(lines, j)
            return top if _month_column(lines, top) is not None else None
    return None


def _header_of(lines: list[str], bottom: int) -> int:
    while bottom > 0 and "\t" in lines[bottom - 1]:
        bottom -= 1
    return bottom


def _month_column(lines: list[str], top: int) -> int | None:
    """The column whose cell is a month alone in every row under the header (two rows or more), or None."""
    rows = [[c.strip() for c in line.split("\t")] for line in lines[top + 1:table_bottom(lines, top) + 1]]
    if len(rows) < 2 or any(DATED.search(c) for row in rows for c in row):
        return None
    width = min(map(len, rows))
    return next((c for c in range(width) if all(MONTH_CELL.match(row[c]) for row in rows)), None)


def _months_dated(lines: list[str], top: int, column: int, day: str) -> None:
    """Each row's month cell written as that month's ``day``, the header cell 报送时间."""
    for j in range(top, table_bottom(lines, top) + 1):
        cells = lines[j].split("\t")
        if j == top:
            cells[column] = "报送时间"
        else:
            m = MONTH_CELL.match(cells[column].strip())
            year = f"{m.group('y')}年" if m.group("y") else ""
            cells[column] = f"{year}{cn_int(m.group('m'))}月{day}"
        lines[j] = "\t".join(cells)
