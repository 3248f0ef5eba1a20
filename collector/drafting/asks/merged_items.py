"""Numbered items a later sentence merges into one report by a new date (`一（一）、一（二）两项材料合并报送，各乡镇统一于
3月23日前一次性报送`): the items' requirements become one, due by the merging sentence's date, with every item's parts;
the merging sentence asks nothing besides (its `不再单独报送…` names a material already asked)."""

from __future__ import annotations

import re

from ..reading.numbered_sections import CN, item_line
from ..requirements import DraftRequirement
from .statements import clipped

# 一(一), (二), 一（三）: a section's number before its item's bracketed number, or the item's alone
ITEM = rf"(?:{CN})?\s*[(（]{CN}[)）]"
ONE_ITEM = re.compile(rf"(?P<section>{CN})?\s*[(（](?P<item>{CN})[)）]")
MERGED = re.compile(rf"(?P<items>{ITEM}(?:\s*[、和与及]\s*{ITEM})+)\s*"
                    rf"(?:[两二三四五六七八九十\d]{{1,2}}项)?(?:材料|资料|表格|内容)?\s*合并(?:为一[份个项])?"
                    r"(?:报送|上报|提交|填报)")


def merge_items_reported_together(body: str, requirements: list[DraftRequirement], unsettled: list[str]) -> None:
    """Each merging sentence that a requirement was drafted from (it gives the date): the requirements drafted from
    the items it names are joined into the first of them, due by that date, and the sentence's own is dropped."""
    for m in MERGED.finditer(body):
        merger = next((r for r in requirements if m.group() in r.said), None)
        lines = [item_line(body, section, item) for section, item in _items_named(m.group("items"))]
        merged = [next((r for r in requirements if r is not merger and line and r.said.strip() and r.said in line), None)
                  for line in lines]
        if merger is None or len(merged) < 2 or None in merged:
            continue
        first, rest = merged[0], merged[1:]
        first.due = merger.due
        first.units = merger.units or first.units
        for r in rest:
            _add_parts(first, r)
            first.hints += [h for h in r.hints if h not in first.hints]
            first.title = f"{first.title}及{r.title}"
        for r in [merger, *rest]:
            if r in requirements:
                requirements.remove(r)
        unsettled.append(f"“{clipped(merger.said)}”把{len(merged)}项材料合并为一次报送，已合为一项要求，"
                         f"期限{first.due.month}月{first.due.day}日，请核对")


def _items_named(items: str) -> list[tuple[str, str]]:
    """(section, item) of each number the merging sentence names; an item without a section is in the previous
    one's section (一(一)、(二))."""
    named: list[tuple[str, str]] = []
    for m in ONE_ITEM.finditer(items):
        section = m.group("section") or (named[-1][0] if named else "")
        named.append((section, m.group("item")))
    return named


def _add_parts(into: DraftRequirement, other: DraftRequirement) -> None:
    ids = {p["id"] for p in into.parts}
    for part in other.parts:
        if any(p.get("title") == part.get("title") for p in into.parts):
            continue
        part = dict(part)
        base, n = part["id"], 2
        while part["id"] in ids:
            part["id"], n = f"{base}{n}", n + 1
        ids.add(part["id"])
        into.parts.append(part)
