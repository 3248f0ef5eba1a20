"""A notice body's numbered sections (`一、…`) and the bracketed items under them (`（一）…`): the one reading of them
for the rules that point at a section or an item by its number (items_of_a_part.py writes `第二部分所列材料` out,
excused_items.py reads `不报送第二项材料` back)."""

from __future__ import annotations

import re

from collector.numerals import cn_int

CN = r"[一二三四五六七八九十]{1,3}"
SECTION_HEAD = re.compile(rf"^\s*(?P<n>{CN})\s*[、.．]\s*(?P<text>.*)$")
BRACKET_ITEM = re.compile(rf"^\s*[(（]{CN}[)）]")
# 所列全部三项材料, 上述两单位: a count said of items or units
COUNT = r"[两二三四五六七八九十]|\d{1,2}"


def numbered_sections(lines: list[str]) -> list[tuple[int, str, list[str]]]:
    """Each section of the body: its number (一、 → 1), its heading's words, and the lines under it."""
    out: list[tuple[int, str, list[str]]] = []
    for line in lines:
        if m := SECTION_HEAD.match(line):
            out.append((cn_int(m.group("n")), m.group("text").strip(), []))
        elif out:
            out[-1][2].append(line)
    return out


def item_line(body: str, section: str, item: str) -> str:
    """The body's line of item (item) under heading section、 (any section when none is named); empty when not
    found, or when items of that number stand under several sections and none is named."""
    current, found = "", []
    for line in body.split("\n"):
        if head := SECTION_HEAD.match(line):
            current = head.group("n")
        if re.match(rf"\s*[(（]{item}[)）]", line) and (not section or current == section):
            found.append(line)
    return found[0] if len(found) == 1 else ""
