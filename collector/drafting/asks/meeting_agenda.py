"""A date a paper is planned to go before a meeting (`疏导区设置方案拟于7月15日提交县政府常务会议研究`, 计划于…提请…党组会
审议): the issuer's own schedule, the reason the units' materials are asked by an earlier day, no deadline of the
units. A unit's own paper owed to the meeting (`各乡镇于7月10日前提交…`: a unit named before the date, or no plan word
拟 / 计划 / 将) stays a deadline."""

from __future__ import annotations

import re

from ..heading.addresses import around_the_date
from ..timing.dates import Deadline

# 拟于, 计划于, 预计于, 将于: a plan, said before the date
PLANNED = re.compile(r"(?:拟|计划|预计|预定|将)\s*(?:于|在)?\s*$")
# 提交县政府常务会议研究, 提请局党组会审议, 报县委常委会审定: put before a meeting to decide on
BEFORE_A_MEETING = re.compile(r"^\s*(?:前)?\s*(?:提交|提请|报请|报送|提报|呈报|报|上)[^，,。；;]{0,16}?"
                              r"(?:会议|常务会|常委会|党组会|办公会|联席会|专题会|主任会)[^，,。；;]{0,4}?(?:研究|审议|审定|讨论|决定|通过)")
# 各乡镇, 县交通局: a sender named before the date makes it the unit's own
UNIT_BEFORE = re.compile(r"各|县[\u4e00-\u9fa5]{1,8}(?:局|委|办|中心)|[乡镇]")


def put_before_a_meeting(sentence: str, deadline: Deadline) -> bool:
    """The deadline's clause plans to put a paper before a meeting (`…方案拟于7月15日提交县政府常务会议研究`), no unit
    named as its sender."""
    if not (cut := around_the_date(sentence, deadline)):
        return False
    before, after = cut
    return bool(PLANNED.search(before) and BEFORE_A_MEETING.match(after)) and not UNIT_BEFORE.search(before)
