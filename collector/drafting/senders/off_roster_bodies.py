"""County bodies no roster lists, listed together as the subject of their own item: `四、县人民法院、县人民检察院参照本通知
要求，于12月16日前报送接访安排` — the court and the procuratorate are asked (参照: by the notice's terms, not as its
addressees), no roster unit is, so the item is theirs and its date no requirement of the units addressed (held-out 2336),
as one off-roster body's own item is (units.off_roster_subject). A list with a roster unit among them
(`县公安局、县人民检察院参照…`) is left to the units it names. So is a table of its own under a numbered line naming one
such body alone (`三、建昌县城乡环卫有限公司` over `报送材料 | 格式 | 报送时间`, no unit column: held-out 3099): its rows are
that body's."""

from __future__ import annotations

import re

from ..reading.table_grids import UNIT_COLUMN, UNIT_NAME, table_top
from .units import COUNTY_BODY, ITEM_ASKS, ITEM_NUMBER, UnitResolver

# 县人民法院、县人民检察院 before …参照本通知要求, …请于…: the item's verb, its date, or the notice's terms it follows
BODIES_ASKED = re.compile(ITEM_NUMBER + rf"(?P<names>{COUNTY_BODY}(?:\s*(?:、|和|及|与)\s*{COUNTY_BODY})+)"
                          rf"(?=请?(?:参照|按照|依照)|{ITEM_ASKS})")


def off_roster_bodies_opening(text: str, resolver: UnitResolver) -> str:
    """The county bodies ``text`` opens with, two or more joined by 、 / 和 before the item's verb, none of them a roster
    unit: their names joined by 、, or ""."""
    m = BODIES_ASKED.match(text)
    if not m:
        return ""
    names = re.split(r"\s*(?:、|和|及|与)\s*", m.group("names"))
    return "、".join(names) if not any(resolver.resolve(n) for n in names) else ""


# 三、建昌县城乡环卫有限公司, 3. 县人民医院: a numbered line that is one body's name and nothing more
NAME_LINE = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．]\s*(?P<name>[^\s、，,。；;:：]{2,30})\s*$")
# 各乡镇, 有关单位, 报送单位: a group or a column's word, no one body
GROUP_WORDS = re.compile(r"^(?:各|有关|相关|其他|其余|上述)|(?:单位|部门)$")


def body_over_its_table(sentences: list[str], i: int, resolver: UnitResolver) -> str:
    """The body no roster lists whose name is the numbered line right above the table row ``i`` stands in, a table
    with no unit column of its own: its name, or ""."""
    top = table_top(sentences, i)
    if "\t" not in sentences[i] or top in (0, i) or any(UNIT_COLUMN.match(c.strip()) for c in sentences[top].split("\t")):
        return ""
    m = NAME_LINE.match(sentences[top - 1])
    name = m.group("name") if m else ""
    return name if UNIT_NAME.match(name) and not GROUP_WORDS.search(name) and not resolver.resolve(name) else ""
