"""A row of a table of asks that is the collecting office's own last step: `县招商中心 | 汇总形成调度报告报县政府 | — |
8月29日前` under the units' rows. One office sums up what the rows send and reports it upward (to the county government,
the city or the province): nothing comes to the mailbox by that date, as a sentence `县供销社汇总后，于7月10日前…报市供销
合作社` sets nothing (not_mailed.onward, which reads the words after the date; a row's date ends it)."""

from __future__ import annotations

import re

from .dates import Deadline
from .not_mailed import ONE_COUNTY_OFFICE, UPWARD

SUMMED_UP = re.compile(r"汇总|汇集|综合形成|整理形成")


def a_row_summed_up_and_sent_up(sentence: str, deadline: Deadline) -> bool:
    """Whether ``sentence`` is a table row of one county office (its first named cell) whose cells before ``deadline``
    sum up and send upward (汇总形成调度报告报县政府)."""
    if "\t" not in sentence:
        return False
    cells = [c.strip() for c in sentence[: deadline.start].split("\t")]
    named = [c for c in cells if c and not re.fullmatch(r"\d{1,3}", c)]
    if len(named) < 2 or not ONE_COUNTY_OFFICE.fullmatch(named[0]):
        return False
    work = "，".join(named[1:])
    return bool(SUMMED_UP.search(work)) and bool(UPWARD.search(work))
