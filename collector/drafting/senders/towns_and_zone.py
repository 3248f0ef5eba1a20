"""各乡镇区: the 乡镇 and the 区 (the development zone) run together as one word, as a county with a zone writes it
(`各乡镇区：`, `请各乡镇区于5月18日前…`). Read as 各乡镇、开发区 — the towns, the townships and the zone. Not 各乡镇区域
(each town's area) nor 乡镇区划 (the division of towns), where the 区 begins another word."""

from __future__ import annotations

import re

TOWNS_AND_ZONE = re.compile(r"各乡镇区(?![域划间])")


def spelled_apart(text: str) -> str:
    return TOWNS_AND_ZONE.sub("各乡镇、开发区", text)
