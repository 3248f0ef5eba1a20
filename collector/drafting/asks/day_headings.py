"""Items whose heading is the deadline alone, the line under it saying who sends what with no day of its own:
`（一）10月23日（星期五）16:00前` over `各乡镇人民政府报送本辖区…排查表（Excel格式）。` (held-out 3133; also `1．11月6日前：`,
`二、11月6日（星期五）下午4时前`). The heading and its line are one sentence, `（一）10月23日（星期五）16:00前，各乡镇人民政府报送…`,
so each day asks what its own line sends. A heading that says more than the day (`（一）10月23日前完成自查`), or a line under
it with a day of its own or a number of its own (another item), is left as written."""

from __future__ import annotations

import re

from ..reading.item_numbers import CHINESE_ITEM, ITEM
from ..timing.dates import DATE
from ..timing.deadlines import DEADLINE_RE

# （一）, 1．, 一、 then the day and 前 / 之前 / 截止, a colon or a stop at most after it
DAY_HEADING = re.compile(rf"^\s*(?:{ITEM}|{CHINESE_ITEM})\s*(?P<day>.+?)\s*[:：。]?\s*$")
BEFORE = re.compile(r"(?:前|之前|以前|截止)$")
ITEM_NUMBER = re.compile(rf"^\s*(?:{ITEM}|{CHINESE_ITEM})")
SENDS = re.compile(r"报送|上报|提交|发送|填报|报备")
DATED = re.compile(DATE)  # a day of its own in the line


def day_headings_joined(body: str) -> str:
    """``body`` with each heading that is a deadline alone joined to the sending line under it (see the docstring)."""
    lines = body.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        below = lines[i + 1] if i + 1 < len(lines) else ""
        if _a_day_alone(line) and _sends_undated(below):
            out.append(f"{line.rstrip().rstrip(':：。')}，{below.lstrip()}")
            i += 2
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


def _a_day_alone(line: str) -> bool:
    m = DAY_HEADING.match(line)
    if not m or "\t" in line or not BEFORE.search(day := m.group("day")):
        return False
    d = DEADLINE_RE.match(day)
    return bool(d) and d.end() == len(day)


def _sends_undated(line: str) -> bool:
    return bool(line.strip()) and "\t" not in line and not ITEM_NUMBER.match(line) and bool(SENDS.search(line)) \
        and not DATED.search(line)
