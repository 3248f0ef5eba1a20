"""A date by which the issuer will send something back to the units (比对核查结果将于10月底前反馈各单位): its own work, no
due of the units. The units' own 反馈 (各乡镇于…前反馈意见, 反馈至县局邮箱) stays a sending. So is a date by which another body
pays or passes something down to the units (`由县财政局于7月25日前拨付至各乡镇`, `县人民法院…于十月十日前推送至各单位`): the units
receive it, none sends: `passed_down_to_the_units`."""

from __future__ import annotations

import re

from ..heading.addresses import around_the_date
from ..timing.dates import Deadline
from ..senders.units import UnitResolver, named_units

# …将于 / 拟于 / 将在 the date: something to come, said of no unit asked
TO_COME = re.compile(r"(?:将|拟|会)\s*(?:于|在)?\s*$")
# 各单位, 相关乡镇, 你单位: the units as whom something reaches
THE_UNITS = r"[\u4e00-\u9fa5]{0,4}?(?:单位|乡镇|部门|街道|镇|乡)"
# 各乡镇于…, 请…, 要求…: the units the subject of the clause, asked
UNITS_ASKED = re.compile(r"各|请|要求")
# 反馈各单位, 反馈给相关乡镇, 以书面形式通报各部门: the units are whom it goes to
BACK_TO_THE_UNITS = re.compile(r"^[^，,。；;]{0,16}?(?:反馈|通报|下发|告知|发还|返还|推送|发送)(?:给|至|到)?\s*"
                               r"(?:各|相关|有关|你|贵|报送)" + THE_UNITS)


def fed_back_to_the_units(sentence: str, deadline: Deadline, resolver: UnitResolver) -> bool:
    """The deadline's clause says something will go back to the units by it (将于…反馈各单位), with no unit of its own
    before the date: the issuer's feedback, not a sending."""
    if not (cut := around_the_date(sentence, deadline)):
        return False
    before, after = cut
    return (bool(TO_COME.search(before)) and not UNITS_ASKED.search(before) and not named_units(before, resolver)
            and bool(BACK_TO_THE_UNITS.search(after)))


# 拨付至各乡镇, 推送至各单位, 下拨到相关部门: paid or passed down to the units, the units whom it reaches
DOWN_TO_THE_UNITS = re.compile(r"^\s*(?:之前|以前|前)?\s*(?:拨付|下拨|拨|发放|兑付|推送|下发|转发|反馈|通报|发还|返还)(?:给|至|到)\s*"
                               r"(?:各|相关|有关|你|贵)" + THE_UNITS)


def passed_down_to_the_units(sentence: str, deadline: Deadline) -> bool:
    """The deadline's clause has a body pay or pass something down to the units by it (由县财政局于7月25日前拨付至各乡镇),
    the units not its subject (各乡镇于…, 请…): what the units receive, not a sending of theirs."""
    if not (cut := around_the_date(sentence, deadline)):
        return False
    before, after = cut
    return bool(DOWN_TO_THE_UNITS.search(after)) and not UNITS_ASKED.search(before)
