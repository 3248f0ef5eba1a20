"""What a sending sentence that names nothing (请于3月14日前报送) sends after a list it follows: the items of the list a
sentence led in (各乡镇需报送以下材料：1．…统计表；2．…方案；3．…照片), each with the format a line after the list gives it by
its number (第1项为Excel格式，第2项为Word格式)."""

from __future__ import annotations

import re

from . import requirements as req
from .above import ITEM, LIST_LEAD

# 第1项为Excel格式，第2、3项为Word格式: formats given to the items by their numbers, after the list
BY_NUMBER = re.compile(r"第(?P<nums>\d{1,2}(?:[、和及]\d{1,2})*)项(?:材料)?(?:为|是|采用|使用|用|请用)\s*"
                       r"(?P<form>[A-Za-z]{2,5}\s*(?:格式|版|文件)?|电子表格|(?:PDF)?扫描件)")


def formats_by_number(sentence: str) -> dict[int, str]:
    """第1项为Excel格式，第2项为Word格式 → {1: "Excel格式", 2: "Word格式"}; {} when the sentence gives none."""
    out: dict[int, str] = {}
    for m in BY_NUMBER.finditer(sentence):
        for n in re.findall(r"\d{1,2}", m.group("nums")):
            out[int(n)] = m.group("form").strip()
    return out


def items_led_in_above(sentences: list[str], dated: list[list], i: int) -> list[str]:
    """The numbered items between a sentence ending 报送以下材料： and sentence ``i``, each with its format from a line
    giving formats by number (none for a line it does not name); [] when a dated sentence or any other line stands
    between, the lead is not found, or fewer than two items each naming a material."""
    items: list[str] = []
    formats: dict[int, str] = {}
    for j in range(i - 1, -1, -1):
        if dated[j]:
            return []
        sentence = sentences[j]
        if LIST_LEAD.search(sentence):
            break
        if (given := formats_by_number(sentence)) and not items:
            formats = given
            continue
        if not ITEM.match(sentence):
            return []
        items.insert(0, ITEM.sub("", sentence, count=1).strip(" ;；。"))
    else:
        return []
    if len(items) < 2 or not all(req.material_names(item) for item in items):
        return []
    return [f"{item}（{formats[k]}）" if k in formats else item for k, item in enumerate(items, 1)]
