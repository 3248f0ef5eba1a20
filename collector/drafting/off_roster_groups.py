"""Groups of bodies no roster lists opening the item that asks them: `（一）各乡镇卫生院、各定点零售药店对照问题清单逐项
开展自查，于5月14日前将自查情况表…报送` — the clinics and the pharmacies are read as the salutation's `各乡镇卫生院` is
(unit_lists.read_addressees: a body inside each town, not the town), so the item is theirs and asks no roster unit, as
an off-roster body's own item is (units.off_roster_subject)."""

from __future__ import annotations

import re

from .unit_lists import read_addressees
from .units import ITEM_NUMBER, UnitResolver

# 各乡镇卫生院、各定点零售药店对照…, 各乡镇中心学校于…: a 、-list of 各 groups, then the verb or the date of the ask
GROUPS_OPENING = re.compile(ITEM_NUMBER + r"(?P<who>各[\u4e00-\u9fa5]{2,12}?(?:[、和及]各[\u4e00-\u9fa5]{2,12}?)*)"
                            r"(?=请?(?:对照|于|将|要|应|须|需|负责|在|按|对|结合|根据|认真|自行))")


def off_roster_groups_opening(text: str, resolver: UnitResolver) -> str:
    """The groups opening ``text``, when every one of them is a body the roster does not list (read as an addressee
    would be: no kind of the roster, no roster name, no group left to settle); "" otherwise."""
    m = GROUPS_OPENING.match(text)
    if not m:
        return ""
    add = read_addressees(m.group("who"), resolver)
    return m.group("who") if add.unknown and not (add.kinds or add.names or add.undecided) else ""
