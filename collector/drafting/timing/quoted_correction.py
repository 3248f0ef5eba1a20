"""A correction written as the old line and the new one, each quoted: `原通知第三部分“各乡镇于3月15日前报送…”，更正为“各乡镇于
3月22日前报送…”`. The first date of the quote opened after 更正为 (修改为, 调整为, 改为) is the one in force (moved), the
date of the quoted old line just before it the one it replaces, as `更正为3月22日前` reads without the quotes."""

from __future__ import annotations

import re

# 更正为“各乡镇于: the verb, the quote opened after it and still open, no date in it yet
QUOTE_OPENED_AFTER = re.compile(r"(?:更正为|修改为|调整为|更改为|变更为|改为)\s*[:：]?\s*[“\"「‘][^”\"」’\d]{0,30}$")


def moved_in_a_quoted_correction(sentence: str, deadlines: list) -> None:
    """Mark the first deadline of a quote opened after a correcting verb moved, and the deadline of the quoted old line
    before it (in the same statement, no 。 or ； between) superseded by it."""
    for k, d in enumerate(deadlines):
        if d.moved or not QUOTE_OPENED_AFTER.search(sentence[: d.start]):
            continue
        d.moved = True
        before = deadlines[k - 1] if k else None
        if before and not re.search(r"[。;；]", sentence[before.end: d.start]):
            before.superseded = True
            d.replaced_at = before.start
