"""What a sending sentence that names nothing (请于3月14日前报送) sends after a list it follows: the items of the list a
sentence led in (各乡镇需报送以下材料：1．…统计表；2．…方案；3．…照片), each with the format a line after the list gives it by
its number (第1项为Excel格式，第2项为Word格式)."""

from __future__ import annotations

import dataclasses
import re

from .above import Section, items_led_in_just_above

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


def items_led_in_above(sentences: list[str], dated: list[list], i: int) -> list[Section]:
    """The items ``above.items_led_in_just_above`` reads for a sending sentence, when a line giving formats by number
    stands between the list and sentence ``i``: each item with its format (none for a number the line does not
    name); [] when the line before ``i`` gives no formats or is dated."""
    if i < 1 or dated[i - 1] or not (formats := formats_by_number(sentences[i - 1])):
        return []
    items = items_led_in_just_above(sentences, dated, i - 1)
    return [dataclasses.replace(item, text=f"{item.text}（{formats[k]}）") if k in formats else item
            for k, item in enumerate(items, 1)]
