"""各乡镇区: the 乡镇 and the 区 (the development zone) run together as one word, as a county with a zone writes it
(`各乡镇区：`, `请各乡镇区于5月18日前…`), or the 区 set after them in brackets or a 、 (`各乡镇（区）人民政府（管委会）`,
`请各乡镇（街道、区）于3月20日前…`, `各乡镇、区要…`). Read as 各乡镇、开发区 — the towns, the townships and the zone. Not
各乡镇区域 (each town's area) nor 乡镇区划 (the division of towns), where the 区 begins another word, nor 各乡镇、区直
各单位 (the offices of a 区); 各乡镇 alone is the towns and townships only."""

from __future__ import annotations

import re

TOWNS_AND_ZONE = re.compile(
    r"各乡镇(?:区|[（(]\s*(?:街道\s*[、，,]\s*)?区\s*[）)]|、\s*区)(?![域划间直属内级县])")


def spelled_apart(text: str) -> str:
    return TOWNS_AND_ZONE.sub("各乡镇、开发区", text)
