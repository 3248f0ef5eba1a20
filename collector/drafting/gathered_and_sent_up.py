"""A unit's own step up after gathering, its name one the roster gives (`县供销社汇总后，于7月10日前形成全县调查报告报市供销合作社`,
the notice signed 建昌县供销合作社联合社): what it owes upward, not a requirement of it. `not_mailed.onward` reads the
same of a county office by the ending of its name (县…局 / 办 / 委 / 中心); a roster unit named otherwise (…社, …联, 团县委)
is found by the roster's names and aliases."""

from __future__ import annotations

import re

from .addresses import before_the_date
from .dates import Deadline
from .not_mailed import UPWARD, WHAT_UNITS_SENT
from .units import LIST_MARK, UnitResolver, leading_unit_and_end


def gathered_and_sent_up_by_a_unit(sentence: str, deadline: Deadline, resolver: UnitResolver) -> bool:
    """The sentence opens with one roster unit that gathers (汇总, 收集的) and, by the date, reports up (报市…, 报省…)."""
    if not UPWARD.search(sentence[deadline.end: deadline.end + 30].split("；")[0]):
        return False
    if re.search(r"各|请", before_the_date(sentence, deadline)):
        return False
    opening = LIST_MARK.sub("", sentence[: deadline.start]).strip()
    unit, end = leading_unit_and_end(opening, resolver)
    said_of_it = opening[end:]  # 、县商务局…: a list of units is no one unit's own step
    return bool(unit) and not re.match(r"\s*[、和及与]", said_of_it) and bool(WHAT_UNITS_SENT.search(said_of_it)) \
        and "请" not in said_of_it
