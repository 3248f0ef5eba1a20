"""The sentence before a deadline's, read for the form of what it sends (…扫描成PDF报送), is no part of it when it opens
with units none of which owe the requirement: `二、县卫健局委托疾控机构开展水质检测，检测报告加盖公章后扫描成PDF报送。` above
`各乡镇于7月15日前将…信息表（Excel格式）、…照片报送；县卫健局于7月22日前报送检测报告` tells the form of 县卫健局's report, not
the towns' (they send no stamped PDF); the 县卫健局 requirement still reads it."""

from __future__ import annotations

import re

from ..senders.units import UnitResolver, units_opening

SECTION_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）])\s*")


def another_units_matter(before: str, units: list[str], resolver: UnitResolver) -> bool:
    """``before`` (the sentences above a deadline's) opens, under its number, with units, none of them in ``units``."""
    first = re.split(r"[，,。；;]", SECTION_NUMBER.sub("", before.strip()), maxsplit=1)[0]
    opening = units_opening(first, resolver)
    return bool(opening) and bool(units) and not set(opening) & set(units)
