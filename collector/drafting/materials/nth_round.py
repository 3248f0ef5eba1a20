"""A clause of one round said after dates listed together: `分别于3月13日、20日前报送《…情况表》（Excel格式），第二轮报送时
一并附乡镇审核意见（…扫描件，PDF格式）` — the scan goes with the second round's mail, the second date's only; the first round
sends the sheet alone. Read by `statements._listed_together` on the words the dates share."""

from __future__ import annotations

import re

from collector.numerals import cn_int

# 第二轮报送时…, 第2次报送时…, 第二批…: a clause opening with the round it is said of
NTH_ROUND = re.compile(r"[,，]\s*(?:其中[,，]?\s*)?第\s*(?P<n>[一二三四五六七八九十\d]{1,2})\s*(?:轮|次|批)[^,，;；。]*")


def each_rounds_own(tail: str, count: int) -> list[str]:
    """The words ``count`` dates share, for each date in turn: a clause said of the n-th round kept for the n-th date."""
    rounds = [m for m in NTH_ROUND.finditer(tail) if 1 <= cn_int(m.group("n")) <= count]
    if not rounds:
        return [tail] * count
    return [_without(tail, [m for m in rounds if cn_int(m.group("n")) != k + 1]) for k in range(count)]


def _without(tail: str, clauses: list[re.Match]) -> str:
    for m in reversed(clauses):
        tail = tail[:m.start()] + tail[_clause_end(tail, m):]
    return tail


def _clause_end(tail: str, m: re.Match) -> int:
    """Where the round's clause ends: its own commas inside brackets (（加盖公章的扫描件，PDF格式）) are no end."""
    depth, i = 0, m.start() + 1
    while i < len(tail):
        c = tail[i]
        depth += c in "（("
        depth -= c in "）)" and depth > 0
        if not depth and c in ",，;；。":
            return i
        i += 1
    return len(tail)
