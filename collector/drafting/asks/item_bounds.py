"""Where a numbered item ends, for the sentences read around a dated one: the next item (`（二）撰写报送稿件。请各单位…
在《稿件审核单》上签字盖章。请于3月31日前将…发送…`) is a submission of its own when a sentence of it is dated, so what it
says (签字盖章, its papers) is its own, not more about the item before it. An item with no date of its own (`（二）统计表须
加盖公章。`) still says more of the one before."""

from __future__ import annotations

import re

# （二）, 2. , 2、: a numbered item's opening; 三、: a section's
ITEM = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}\s*[.、．](?!\d(?!\d{3}\s*年)))")
SECTION = re.compile(r"^\s*[一二三四五六七八九十]{1,3}、")


def an_item_dated_on_its_own(sentences: list[str], dated: list[list], j: int) -> bool:
    """Sentence ``j`` opens a numbered item, and a sentence of that item (up to the next item or section) is dated."""
    if not ITEM.match(sentences[j]):
        return False
    for k in range(j, len(sentences)):
        if k > j and (ITEM.match(sentences[k]) or SECTION.match(sentences[k])):
            return False
        if dated[k]:
            return True
    return False
