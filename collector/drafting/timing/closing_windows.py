"""A span of days said with no 前 / 止 but closed by what comes after it: `6月14日（星期一）至6月18日（星期五），逾期不再受理`
(逾期不予受理, 逾期不再接收, 过期不候): a window for sending, its end the deadline. A span without such words (数据统计时间为
1月1日至6月30日, 6月14日至6月18日开展核查) stays no deadline: it is when the facts fall or the work is done."""

from __future__ import annotations

import re

# …至6月18日（星期五），逾期不再受理 / 逾期不予受理 / 逾期视为放弃: the span's own late clause, right after it
LATE_REFUSED = re.compile(r"\s*[，,]?\s*(?:逾期|过期|超期)(?:后)?(?:将)?(?:一律)?(?:不再|不予|不|视为)"
                          r"(?:受理|接收|接受|收取|补报|放弃|未报)")


def a_window_closed_by_a_late_clause(sentence: str, m: re.Match) -> bool:
    """A date span (the match has its end, d2) whose next words refuse what comes late."""
    return bool(m.groupdict().get("d2")) and bool(LATE_REFUSED.match(sentence[m.end():]))
