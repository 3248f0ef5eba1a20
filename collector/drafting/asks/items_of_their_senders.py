"""The contents section's items, each opened by its own senders, sent by the date its senders are given in another
section: `一、报送内容 （一）各乡镇、开发区填报《…统计表》（Excel格式）。（二）县发改局、县住建局…分别报送…情况报告（Word格式），并附…扫描件
（PDF格式）。 二、报送时间 各乡镇、开发区于3月18日前报送；县发改局、县住建局…于3月25日前报送。` A date's clause naming its senders
and no material sends the items those senders open, not every item of the section (nor is every item's sender owed
every date)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .above import Section

# （一）各乡镇、开发区填报《…》, （二）县发改局、县住建局分别报送…: the senders, then the verb making or sending the item
ITEM_SENDERS = re.compile(r"^\s*(?P<who>[^，,。；;：:《“\"]{2,60}?)(?:分别|统一|各自|负责|要|须|需|应|请)?"
                          r"(?:填报|填写|报送|上报|提交|编制|撰写|提供|制作|形成)")


def senders_of_the_item(item: Section, units_of: Callable[[str], list[str]],
                        names_no_one: Callable[[str], bool]) -> set[str]:
    """The units an item opens with, before its verb; empty when it opens with no one."""
    m = ITEM_SENDERS.match(item.text)
    return set(units_of(m.group("who"))) if m and not names_no_one(m.group("who")) else set()


def items_of_their_senders(items: list[Section], said: str, units_of: Callable[[str], list[str]],
                           names_no_one: Callable[[str], bool]) -> list[Section]:
    """Of ``items`` (the contents section's), those whose senders are among the units ``said`` (the date's clause)
    names; all of them when the clause names no one, an item opens with no sender, or none (or every one) is theirs."""
    if names_no_one(said):
        return items
    senders = [senders_of_the_item(item, units_of, names_no_one) for item in items]
    if not all(senders):
        return items
    asked = set(units_of(said))
    theirs = [item for item, who in zip(items, senders) if who <= asked]
    return theirs or items
