"""A sending sentence that names its materials only as the ones listed after its colon: `…前，将以下材料发送至…：` then
`1．《信息采集核查汇总表》（Excel格式）；` / `2．光荣牌悬挂抽查照片，…打包为一个压缩包（RAR或ZIP格式）。` What is sent is
the items after the colon, each a part, not one material called 以下材料; so too when the items run on after the colon in
the sentence itself, unnumbered (`…将以下材料一并发送至…：年度报告（Word格式）、…扫描件（PDF格式）、…统计表（Excel格式）`). A
以下材料 the sentence does not end on (its items said elsewhere, or none) is left as it is."""

from __future__ import annotations

import re

from ..reading.item_numbers import ITEM
from ..requirements import material_names

COUNT = r"(?:[两二三四五六七八九十]|\d{1,2})\s*[项份类个]"
FORWARD = re.compile(rf"^(?:以下|下列|如下)(?:各项|几项|所列|{COUNT})?(?:材料|资料|文件|内容)$")
# 两项材料请一并报送: the same materials counted again in the sentence, after its 以下两项材料
COUNTED_AGAIN = re.compile(rf"^(?:这|该|上述)?{COUNT}(?:材料|资料|文件)$")


# 以下材料一并发送至…：A、B、C: the forward name, then (after the address, not inside a time such as 16:00) the colon
FORWARD_THEN_COLON = re.compile(rf"(?:以下|下列|如下)(?:各项|几项|所列|{COUNT})?(?:材料|资料|文件|内容)[^，,；;。]*?(?<!\d)[:：](?!\d)")


# 1．, 2、, （3）, （二）: an item's number at the start of the words after the colon or after a clause's end
ITEM_NUMBER = re.compile(rf"(?:^|(?<=[，,;；。]))\s*{ITEM}")


# 报送以下材料：1．…: the colon opening the list inside the sentence, its first item's number right after it
OPENS_THE_LIST = re.compile(r"[:：]\s*(?=\d{1,2}\s*[.．、]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,2})[)）])")


def the_items_after_the_colon(names: list[str], segment: str, after: str) -> list[str]:
    """The material each numbered item after the sentence's colon names first (the rest of an item says how it is
    sent: `…照片，…全部照片打包为一个压缩包`), in place of its 以下材料; ``names`` otherwise. The first item may stand in
    the sentence itself (`报送以下材料：1．…；2．…`: the sentence ends at the first item's ；)."""
    if (opens := OPENS_THE_LIST.search(segment)) and any(FORWARD.match(n) for n in material_names(segment[: opens.start()])):
        head = segment[: opens.end()]
        return the_items_after_the_colon(material_names(head), head, segment[opens.end():] + "；" + after) \
            if all(FORWARD.match(n) or COUNTED_AGAIN.match(n) for n in material_names(head)) else names
    if not names or not any(FORWARD.match(n) for n in names):
        return names
    if run_on := the_names_run_on_after_the_colon(names, segment):
        return run_on
    if not all(FORWARD.match(n) or COUNTED_AGAIN.match(n) for n in names) or not re.search(r"[:：]\s*$", segment):
        return names
    items = [item for item in ITEM_NUMBER.split(after)[1:] if item.strip()]
    firsts = [found[0] for found in map(material_names, items) if found]
    return list(dict.fromkeys(firsts)) or names


def the_names_run_on_after_the_colon(names: list[str], segment: str) -> list[str]:
    """``names`` without the 以下材料 that stands for them, when the materials it leads in follow its colon in
    ``segment`` itself (`将以下材料一并发送至…：A（Word格式）、B（PDF格式）`); [] when nothing is named after the colon."""
    if not (colon := FORWARD_THEN_COLON.search(segment)):
        return []
    listed = set(material_names(segment[colon.end():]))
    named = [n for n in names if not (FORWARD.match(n) or COUNTED_AGAIN.match(n))]
    return named if named and any(n in listed for n in named) else []
