"""An item's number, one spelling for the whole drafter.

Notices number their items 1. / 2、 / 3． (``ARABIC_ITEM``), （一） / (2) (``BRACKETED_ITEM``) and 一、
(``CHINESE_ITEM``). The mark after an Arabic number is no item's when a digit follows it (1.5万, a decimal; 1、2月,
a list of numbers), unless that digit opens a year or a month (1.2024年…, 1.9月6日前: item 1, then a date).
Patterns here are plain strings, to be put inside a module's own pattern (anchored, or with named groups, as it
needs).
"""

from __future__ import annotations

ARABIC_MARK = r"\s*[.．、](?!\d(?!\d{3}\s*年|\d?\s*月))"
ARABIC_ITEM = rf"\d{{1,2}}{ARABIC_MARK}"
BRACKETED_ITEM = r"[(（][一二三四五六七八九十\d]{1,3}[)）]"
CHINESE_ITEM = r"[一二三四五六七八九十]{1,3}、"
# 1. or （一）: the two that open items under a heading
ITEM = rf"(?:{BRACKETED_ITEM}|{ARABIC_ITEM})"
