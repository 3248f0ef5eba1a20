"""The salutation's addressees no roster lists opening the item that asks them: addressed `县卫健局、县市场局，各乡镇
卫生院，各定点零售药店`, then `（一）各乡镇卫生院、各定点零售药店对照问题清单逐项开展自查，于5月14日前将自查情况表…报送` — the
salutation reader left the clinics and the pharmacies out (unit_lists.read_addressees' ``unknown``: a body inside each
town, not the town), so the item is theirs and asks no roster unit, as an off-roster body's own item is
(units.off_roster_subject). Only those very addressees: `各乡镇组织卫生院对…` or `各乡镇退役军人服务站负责…`, under a
salutation of 各乡镇, stay the towns'. A table row whose unit cell holds only them is theirs too, and so is an item they
open with a clause of their own work, the ask in the next clause with no subject of its own (`县救助管理站实行24小时值班，
每周五前报送…周报`). Asked by 请 before their name (`（三）请建昌县消防救援大队于5月24日前将…发送`) the item is as much
theirs (held-out 3488)."""

from __future__ import annotations

import re

from .units import ITEM_NUMBER

# what follows the subject of an item asking it: a verb, the date, or 请 before them
# (a table row's unit cell holding only them: `各乡镇中心学校	本校视力筛查结果（Excel格式）	10月10日前`, held-out 2193)
ASK = r"请?(?:对照|于|在|将|要|应|须|需|负责|按|对|结合|根据|认真|自行)"
ASKED = re.compile(r"\t|\s*" + ASK)
# 县救助管理站实行24小时值班，每周五前报送…周报 (held-out 2332): a clause of their own work first, then the ask with no
# subject of its own (a verb, or the date: 每周五前, 9月8日前); `…值班，各乡镇每周五前报送…` names its own senders
OWN_WORK_THEN_ASKED = re.compile(r"(?![、和及与的])[^，,；;。：:]{2,30}[，,]\s*(?:并|还|同时)?"
                                 r"(?:" + ASK + r"|每(?:周|月|日|天|旬|季度?)|\d{1,2}月)")

# （三）请建昌县消防救援大队于…: in a numbered item, 请 before the addressee's name, not only before its verb; not before a group word
# (`请各项目责任单位于…`, 174: roster units an annex's table names, not an off-roster body)
ASKED_BY_NAME = re.compile(r"^\s*请(?!各)")


def off_roster_groups_opening(text: str, off_roster: list[str]) -> str:
    """The salutation's off-roster addressees (``off_roster``) ``text`` opens with, a 、-list of nothing else before
    the item's verb or date; "" otherwise."""
    number = re.match(ITEM_NUMBER, text)
    rest = text[number.end():]
    if number.group().strip():  # an item of its own (3488); a lone 请县经管局于… sentence is read as before
        rest = ASKED_BY_NAME.sub("", rest, count=1)
    taken: list[str] = []
    while group := next((a for a in sorted(off_roster, key=len, reverse=True) if a and rest.startswith(a)), None):
        taken.append(group)
        rest = rest[len(group):]
        if rest[:1] not in ("、", "和", "及"):
            break
        rest = rest[1:]
    return "、".join(taken) if taken and (ASKED.match(rest) or OWN_WORK_THEN_ASKED.match(rest)) else ""
