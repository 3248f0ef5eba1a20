"""The rows of a deadline table a PDF gave back glued into one sentence (`单位 采集内容 报送时限` / `县工信局 通信管线
11月8日（星期五）前` / `县水利局 供水、排水主干管线 11月13日（星期三）前`, read as one run of text with no punctuation
between the rows): each date is owed by the unit its row opens with, not by every unit the notice addresses."""

from __future__ import annotations

import re

from .dates import Deadline
from .units import UnitResolver, leading_unit, units_opening

# what a row of a table does not hold: a clause's punctuation, or a request (请…于…报送)
NOT_A_ROW = re.compile(r"[，,；;:：]|请|于|报送|上报|发送|提交|填报")


def units_of_glued_rows(sentence: str, deadlines: list[Deadline], resolver: UnitResolver) -> None:
    """Give each of two or more deadlines the units of its row (Deadline.units) when the text before each, back to the
    deadline before it, opens with a roster unit and reads as a row's cells (no punctuation, no request); the first row
    may follow the table's header. Unchanged otherwise."""
    if len(deadlines) < 2 or any(d.units or d.due is None for d in deadlines):
        return
    rows: list[tuple[str, ...]] = []
    for k, d in enumerate(deadlines):
        piece = sentence[deadlines[k - 1].end if k else 0: d.start].strip()
        if not k:
            piece = piece[next((i for i in range(len(piece)) if leading_unit(piece[i:], resolver)), len(piece)):]
        if not piece or not leading_unit(piece, resolver) or NOT_A_ROW.search(piece):
            return
        rows.append(tuple(units_opening(piece, resolver)))
    for d, units in zip(deadlines, rows):
        d.units = units
