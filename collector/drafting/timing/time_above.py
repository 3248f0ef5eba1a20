"""A sentence sending by the time said above, with no date of its own (`（二）县直各部门参照上述时间报送本部门…统计表（Excel
格式）`, after `（一）各乡镇于10月12日（星期二）下午3时前将…发送至…`): its units are asked their own material by that
deadline, the last one said before it, so the date and hour are written in where it points (held-out 2462). Not
`按上述要求和时间报送X` (joined_later: units joined to the requirement sending X above) nor a deadline line under the
title (under_the_title)."""

from __future__ import annotations

import re

from .deadlines import DEADLINE_RE

# 参照上述时间报送, 按以上时限上报, 比照前述时间提交: the time above, a sending verb right after
REFERS_BACK = re.compile(r"(?:参照|按照?|依照|比照)(?:上述|上列|前述|以上|上面)的?(?:报送)?(?:时间|时限)(?:要求)?"
                         r"(?=\s*(?:报送|上报|提交|发送|报))")
DATED = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]")


def time_above_written_in(body: str) -> tuple[str, list[str]]:
    """The body with each 参照上述时间 of an undated sentence read as 于 the last deadline before it (于10月12日（星期二）下午3时前),
    and those deadlines' words (for the clerk's line)."""
    said: list[str] = []

    def written(m: re.Match) -> str:
        start = max(body.rfind("。", 0, m.start()), body.rfind("\n", 0, m.start())) + 1
        end = min(x for x in (body.find("。", m.end()), body.find("\n", m.end()), len(body)) if x >= 0)
        above = list(DEADLINE_RE.finditer(body, 0, m.start()))
        if DATED.search(body[start:end]) or not above:
            return m.group()
        said.append(above[-1].group().strip())
        return f"于{said[-1]}"

    return REFERS_BACK.sub(written, body), said
