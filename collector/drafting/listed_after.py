"""A sending sentence that names its materials only as the ones listed after its colon: `…前，将以下材料发送至…：` then
`1．《信息采集核查汇总表》（Excel格式）；` / `2．光荣牌悬挂抽查照片，…打包为一个压缩包（RAR或ZIP格式）。` What is sent is
the items after the colon, each a part, not one material called 以下材料. A 以下材料 the sentence does not end on (its
items said elsewhere, or none) is left as it is."""

from __future__ import annotations

import re

from .requirements import material_names

FORWARD = re.compile(r"^(?:以下|下列|如下)(?:各项|几项|所列)?(?:材料|资料|文件|内容)$")


# 1．, 2、, （3）: an item's number at the start of the words after the colon or after a clause's end
ITEM_NUMBER = re.compile(r"(?:^|(?<=[，,;；。]))\s*(?:\d{1,2}\s*[.．、]|[(（]\d{1,2}[)）])")


def the_items_after_the_colon(names: list[str], segment: str, after: str) -> list[str]:
    """The material each numbered item after the sentence's colon names first (the rest of an item says how it is
    sent: `…照片，…全部照片打包为一个压缩包`), in place of its 以下材料; ``names`` otherwise."""
    if not names or not all(FORWARD.match(n) for n in names) or not re.search(r"[:：]\s*$", segment):
        return names
    items = [item for item in ITEM_NUMBER.split(after)[1:] if item.strip()]
    firsts = [found[0] for found in map(material_names, items) if found]
    return list(dict.fromkeys(firsts)) or names
