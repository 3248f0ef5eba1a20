"""Units numbered inside one sentence (`请以下单位：1.建昌镇人民政府，2.汤神庙镇人民政府，3.巴什罕乡人民政府，4.建昌县市场
监督管理局，于4月21日…前…`, held-out 3056): the numbers dropped and the names joined by 、 (`请以下单位：建昌镇人民政府、…`),
so the sentence names its senders as any list does; and a later reference to them by number (`其中第1、3项单位另于…`,
`第2项和第4项单位`, `第1至3项单位`) written out as those items' names. The list must follow a colon, number its items 1, 2,
3 … in order (1. 1、 (1) ①), two at least, each item a body's name (ending 镇, 乡, 局, 院, 中心 …) up to the next
comma; numbered papers (`1.自查报告（Word格式），2.…`) or a number in a figure (`1.5万元`) are no such list, and a number
no item has is left as written."""

from __future__ import annotations

import re

from .table_grids import UNIT_NAME

NUMBER = r"(?:\(\s*\d{1,2}\s*\)|\d{1,2}\s*[.、．])"
# the end of an item: a comma, or the verb of the sentence the last one opens (…，4.县市场局于4月21日前…)
ITEM_END = r"(?:[,，;；、]|$|(?=于|在|要|须|应|请|分别|均))"
ITEM = re.compile(rf"(?P<n>{NUMBER})\s*(?P<name>[\u4e00-\u9fa5()]{{2,30}}?)\s*{ITEM_END}")
# ：1.建昌镇人民政府，2.…，4.建昌县市场监督管理局，: the run after a colon
RUN = re.compile(rf"(?<=[:：])\s*(?:{NUMBER}\s*[\u4e00-\u9fa5()]{{2,30}}?\s*{ITEM_END}\s*){{2,}}")
# 第1、3项单位, 第2项和第4项单位, 第1至3项单位, 1、3项单位
BY_NUMBER = re.compile(r"第?\s*(?P<nums>\d{1,2}(?:\s*(?:[、,，和及与至到\-—~]|项和第?|项、第?)\s*\d{1,2})*)\s*项(?P<noun>单位|乡镇|部门)")


def spelled_out(text: str) -> str:
    """``text`` with each line's numbered units unnumbered, and the references to them by number written out."""
    return "\n".join(_line_spelled_out(line) for line in text.split("\n"))


def _line_spelled_out(line: str) -> str:
    m = RUN.search(line)
    items = _items(m.group()) if m else None
    if not items:
        return line
    tail = m.group()[len(m.group().rstrip(",，;；、 ")):]
    line = line[:m.start()] + "、".join(items) + tail + line[m.end():]
    return BY_NUMBER.sub(lambda r: _names_of(r, items), line)


def _items(run: str) -> list[str] | None:
    """The run's names in order, when it numbers them 1, 2, 3 … and each is a body's name."""
    found = list(ITEM.finditer(run))
    numbers = [int(re.sub(r"\D", "", f.group("n"))) for f in found]
    if len(found) < 2 or numbers != list(range(1, len(found) + 1)) \
            or not all(UNIT_NAME.match(f.group("name")) for f in found):
        return None
    return [f.group("name") for f in found]


def _names_of(ref: re.Match, items: list[str]) -> str:
    nums = [int(n) for n in re.findall(r"\d{1,2}", ref.group("nums"))]
    if re.search(r"[至到\-—~]", ref.group("nums")) and len(nums) == 2:
        nums = list(range(nums[0], nums[1] + 1))
    if not nums or not all(1 <= n <= len(items) for n in nums):
        return ref.group()
    return "、".join(items[n - 1] for n in nums)
