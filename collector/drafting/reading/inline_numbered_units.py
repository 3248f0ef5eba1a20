"""Units numbered inside one sentence (`请以下单位：1.建昌镇人民政府，2.汤神庙镇人民政府，3.巴什罕乡人民政府，4.建昌县市场
监督管理局，于4月21日…前…`, held-out 3056): the numbers dropped and the names joined by 、 (`请以下单位：建昌镇人民政府、…`),
so the sentence names its senders as any list does; and a later reference to them by number (`其中第1、3项单位另于…`,
`第2项和第4项单位`, `第1至3项单位`) written out as those items' names. The list must follow a colon, number its items 1, 2,
3 … in order (1. 1、 (1) ①), two at least, each item a body's name (ending 镇, 乡, 局, 院, 中心, 协会, 联 …) up to the
next comma or 、; a run right after the 请 that asks them (`请1．建昌县教育局、2．…、5．石佛乡人民政府于…前…`, held-out 3235)
is read the same; numbered papers (`1.自查报告（Word格式），2.…`) or a number in a figure (`1.5万元`) are no such list, and a number
no item has is left as written."""

from __future__ import annotations

import re

from .table_grids import UNIT_NAME

NUMBER = r"(?:\(\s*\d{1,2}\s*\)|\d{1,2}\s*[.、．])"
# the end of an item: a comma, or the verb of the sentence the last one opens (…，4.县市场局于4月21日前…)
ITEM_END = r"(?:[,，;；、]|$|(?=于|在|要|须|应|请|分别|均))"
ITEM = re.compile(rf"(?P<n>{NUMBER})\s*(?P<name>[\u4e00-\u9fa5()]{{2,30}}?)\s*{ITEM_END}")
# ：1.建昌镇人民政府，2.…，4.建昌县市场监督管理局，: the run after a colon, or right after the 请 that asks them
# (请1．建昌县教育局、2．…、5．石佛乡人民政府于…前…)
RUN = re.compile(rf"(?<=[:：请])\s*(?:{NUMBER}\s*[\u4e00-\u9fa5()]{{2,30}}?\s*{ITEM_END}\s*){{2,}}")
# 建昌县红十字会, 县总工会, 县残联, 县科协: a people's body, which a table's unit names (UNIT_NAME) leave to their rows
PEOPLES_BODY = re.compile(r"^[\u4e00-\u9fa5]{1,20}(?:委员会|联合会|协会|学会|商会|工会|十字会|联|协|社)$")
# 第1、3项单位, 第2项和第4项单位, 第1至3项单位, 1、3项单位, and the numbers in the brackets the list gave them (第⑴、⑶项单位,
# read as 第(1)、(3)项单位; held-out 3315)
REF = r"(?:\d{1,2}|\(\s*\d{1,2}\s*\))"
BY_NUMBER = re.compile(rf"第?\s*(?P<nums>{REF}(?:\s*(?:[、,，和及与至到\-—~]|项和第?|项、第?)\s*{REF})*)\s*项(?P<noun>单位|乡镇|部门)")


# 请1．建昌县教育局、2．建昌县卫生健康局、3．建昌县红: a run begun inside its line that runs on to the line's end
RUN_TO_THE_END = re.compile(rf"(?<=[:：请])\s*(?:{NUMBER}\s*[\u4e00-\u9fa5()]{{1,30}}?\s*[、，,]\s*)*{NUMBER}?"
                            r"\s*(?P<last>[\u4e00-\u9fa5()]*)$")
STARTS_NUMBERED = re.compile(rf"^\s*{NUMBER}")


def spelled_out(text: str) -> str:
    """``text`` with each line's numbered units unnumbered, and the references to them by number written out."""
    return "\n".join(_line_spelled_out(line) for line in _wrapped_runs_rejoined(text).split("\n"))


def _wrapped_runs_rejoined(text: str) -> str:
    """``text`` with a PDF's line breaks inside a run of numbered units taken out: a line whose run goes on past its end
    is joined to the next, a 、 or comma after its last name, or that name cut short where the next line opens with no
    number of its own (a list set one whole item a line is no run in a sentence)."""
    lines: list[str] = []
    for line in text.split("\n"):
        if lines and _run_cut_at_the_end(lines[-1]) and line.strip() \
                and (lines[-1].rstrip().endswith(("、", "，", ",")) or not STARTS_NUMBERED.match(line)):
            lines[-1] += line.strip()
        else:
            lines.append(line)
    return "\n".join(lines)


def _run_cut_at_the_end(line: str) -> bool:
    """The line's run goes on past its end: one whole body's name or more before the end (附件：1．…摸底表 is no run),
    then a 、 or comma, or a name cut short."""
    m = RUN_TO_THE_END.search(line)
    whole = re.findall(rf"{NUMBER}\s*([\u4e00-\u9fa5()]{{1,30}}?)\s*[、，,]", m.group()) if m else []
    return bool(whole) and all(_a_bodys_name(name) for name in whole) and not _a_bodys_name(m.group("last"))


def _a_bodys_name(name: str) -> bool:
    return bool(UNIT_NAME.match(name) or PEOPLES_BODY.match(name))


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
            or not all(_a_bodys_name(f.group("name")) for f in found):
        return None
    return [f.group("name") for f in found]


def _names_of(ref: re.Match, items: list[str]) -> str:
    nums = [int(n) for n in re.findall(r"\d{1,2}", ref.group("nums"))]
    if re.search(r"[至到\-—~]", ref.group("nums")) and len(nums) == 2:
        nums = list(range(nums[0], nums[1] + 1))
    if not nums or not all(1 <= n <= len(items) for n in nums):
        return ref.group()
    return "、".join(items[n - 1] for n in nums)
