"""A deadline column whose header gives the month (`报送时限（2558年12月）`, `截止日期(12月)`) and whose cells give only the
day (`12日（星期二）前`, `19日（星期二）下午4时前`): each cell's day is in the header's month (and year, when it gives one),
so it is written there, and the header is left its plain name. Only the table under such a header is read: its rows up to
a heading, an indented paragraph, a blank line or a sentence's end; a day already with its month stays as written, and a
bare day under any other header (数量（12月）, no month at all) too."""

from __future__ import annotations

import re

# 报送时限（2558年12月）: a deadline column's name, then its month (and year) alone in a bracket; in a PDF's text the
# bracket may break over a line (报送时限(2558 年 / 12 月))
HEADER_MONTH = re.compile(r"(?P<name>(?:报送|截止|提交|上报|完成)?(?:时限|日期|时间))\s*[(（]\s*(?:(?P<y>\d{4})\s*年)?\s*"
                          r"(?P<m>\d{1,2})\s*月(?:份)?\s*[)）]")
# 12日, 19 日: a day with no month before it (nor a digit, as in 12月12日 or 2558年)
BARE_DAY = re.compile(r"(?<![\d月年.])(?P<d>\d{1,2})(?=\s*日)")
# where the table ends: a heading (三、), an indented paragraph, a blank line
TABLE_END = re.compile(r"^(?:\s*$|[ \u3000]{2,}\S|\s*[一二三四五六七八九十]+、|\s*附\s*件)")


def header_month_written_in(text: str) -> str:
    """``text`` with the bare days of each table under a month-giving deadline header written in that month."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        head = HEADER_MONTH.search("\n".join(lines[i:i + 2]))
        if head is None or head.start() >= len(lines[i]) or not a_header_line(lines[i]):
            i += 1
            continue
        month = f"{head.group('y')}年{head.group('m')}月" if head.group("y") else f"{head.group('m')}月"
        joined = "\n".join(lines[i:i + 2])
        spans = joined[:head.start()] + head.group("name") + joined[head.end():]
        lines[i:i + 2] = spans.split("\n")
        i += 1
        while i < len(lines) and not TABLE_END.match(lines[i]):
            lines[i] = BARE_DAY.sub(lambda d: f"{month}{d.group('d')}", lines[i])
            if lines[i].rstrip().endswith("。"):
                break
            i += 1
    return "\n".join(lines)


def a_header_line(line: str) -> bool:
    """A table's header row: cells apart by tabs or spaces, no sentence's punctuation (a sentence saying 报送时间（12月）
    is no header)."""
    return bool(re.search(r"\t|\S\s+\S", line)) and not re.search(r"[，,。；;：:]", line)
