"""The units of an ask named in a list given after it, in the same sentence or the next: `请以下单位于6月13日前，将…
发送至…。名单如下：县住建局、县交通局、县水利局` (also `具体单位如下：…`, `涉及单位为：…`, `单位名单如下：…`). The list
is who the ask's 以下单位 are. A list led by another purpose (`参会单位名单如下`, `牵头单位为`) or after a sentence that
lets units off (`以下单位本次无需报送，名单如下：…`) is none of the senders."""

from __future__ import annotations

import re

# 名单如下：… / 具体单位如下：… / 涉及单位为：… / 单位名单如下：…, opening its clause (a word before 单位 — 参会, 牵头 —
# says what else the list is for, and stops it)
LIST_LEAD = re.compile(r"(?:^|[，,；;])\s*(?:具体|本次|此次)?(?:涉及的?|所涉)?(?:单位)?(?:名单|单位)(?:如下|为|包括)\s*[:：]\s*"
                       r"(?P<who>[^。\n]{2,300})")
# 本次无需报送, 不需报送, 免报, 除外: the list before is of those let off, not of senders
LET_OFF = re.compile(r"无需|不需|不用|不必|免报|免于|除外|暂缓|不再")


def units_listed_after_the_ask(sentences: list[str], i: int) -> str:
    """The words of the list that follows sentence ``i``'s ask (in its own last clauses or as the next sentence), or
    "" when there is none, or when the sentence lets units off."""
    if LET_OFF.search(sentences[i]):
        return ""
    if m := LIST_LEAD.search(sentences[i]):
        return m.group("who")
    if i + 1 < len(sentences) and (m := LIST_LEAD.match(sentences[i + 1].strip())):
        return m.group("who")
    return ""
