"""A table whose column says when to send (报送时段, 报送时间, 报送时限, 截止日期), its cells dates written bare, with no 前
and no sentence of their own: `乡镇组 | 各乡镇 | 11月12日（星期一）至11月16日（星期五），每日8:30—17:00 | 考核自评表（Excel格式）`.
The column's header makes each cell's date the row's deadline: a day at its end, a span of days (a reporting window) on
its last day, at the closing hour of the daily hours after it (daily_hours.py). A column of when something is done
(核查时间, 培训时段, 公布时间) says no deadline. A bare `时限` / `截止时间` column says it too when the line right above the
table sends by it (`请各有关单位按下表要求报送材料至…邮箱` over `单位 | 报送材料 | 格式 | 时限`, table_lead_in.py): its
`9月17日（星期四）` is that row's deadline, as `…前` would be."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..timing.daily_hours import closed_at_the_last_hour
from ..timing.dates import Deadline
from ..timing.deadlines import DEADLINE_RE, checked_read, deadline_of_date
from ..reading.table_grids import table_top
from .table_lead_in import sending_line_above_the_table

# 报送时段, 材料报送时间, 整改报告报送时间 (the thing sent named first), 上报时限, 提交截止日期, 受理时间, 截止时间,
# 报送起止时间 / 报送起讫日期 (a window from its first day to its last: held-out 3143),
# 交稿时间 (an article commissioned: handed in)
SENDING_COLUMN = re.compile(r"^[\u4e00-\u9fa5]{0,10}?(?:报送|上报|提交|接收|受理|报名|交稿|交表)(?:截止|起止|起讫)?(?:时段|时间|时限|日期|期限)$"
                            r"|^截止(?:时间|日期)$")
# 时限, 时间, 日期, 期限: a bare time column, a sending one under a line that sends by the table
BARE_TIME_COLUMN = re.compile(r"^(?:时限|时间|日期|期限)$")


def dated_by_a_sending_column(sentences: list[str], dated: list[list[Deadline]], notice_date: dt.date | None) -> None:
    """Give each undated row of a table with a sending-time column the deadline its cell in that column says."""
    for i, sentence in enumerate(sentences):
        if dated[i] or "\t" not in sentence:
            continue
        top = table_top(sentences, i)
        column = _sending_column(sentences[top]) if top < i else None
        if column is None and top < i and sending_line_above_the_table(sentences, i):
            column = _bare_time_column(sentences[top])
        cells = sentence.split("\t")
        if column is None or column >= len(cells):
            continue
        if deadline := _deadline_of_the_cell(cells[column], notice_date):
            at = sum(len(c) + 1 for c in cells[:column])  # where the cell stands in the row
            dated[i].append(dataclasses.replace(deadline, start=deadline.start + at, end=deadline.end + at))


def under_a_sending_column(sentences: list[str], i: int) -> bool:
    """Whether sentence ``i`` is a row of a table with a sending-time column: its date is when the row sends, whatever
    its other cells name (a topic on the 五一 holiday is no holiday the date falls in)."""
    top = table_top(sentences, i)
    return "\t" in sentences[i] and top < i and _sending_column(sentences[top]) is not None


def _sending_column(header: str) -> int | None:
    return next((k for k, cell in enumerate(header.split("\t")) if SENDING_COLUMN.match(cell.strip())), None)


def _bare_time_column(header: str) -> int | None:
    return next((k for k, cell in enumerate(header.split("\t")) if BARE_TIME_COLUMN.match(cell.strip())), None)


def _deadline_of_the_cell(cell: str, notice_date: dt.date | None) -> Deadline | None:
    """The cell's date (its last, for a span), closed at its daily hours' end where they follow it."""
    m = DEADLINE_RE.search(cell)
    if not m:
        return None
    deadline = checked_read(deadline_of_date, m, notice_date)
    if deadline.due:
        closed_at_the_last_hour(cell, [deadline])
    return deadline
