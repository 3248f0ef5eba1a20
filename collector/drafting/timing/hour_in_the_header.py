"""A deadline column whose header gives the hour (`报送日期（当日下午四时前）`, `截止时间（当天17:00前）`,
`报送时限（均为当日上午10时截止）`, the 当日 unsaid: `截止时间（下午4点）`, `日期（17:30前）`) and whose cells give only the day (`三月十一日（星期一）`, `3月11日`): each cell's day
closes at the header's hour, so the hour (and its 前) is written after it, and the header is left its plain name. The
table is read as month_in_the_header reads it (its rows up to a heading, an indented paragraph, a blank line or a
sentence's end, a tab table's first line with no tab); a cell with an hour or a 前 of its own stays as written, and an hour no closing word says (a
`筛查日期（当日上午八时开始）`, `筛查日期（上午八时）`) is no deadline's."""

from __future__ import annotations

import re

from .dates import TIME
from .month_in_the_header import TABLE_END, a_header_line

# 报送日期（当日下午四时前）, 截止时间（下午4点）: a deadline column's name, then in its bracket the day's hour (its 当日
# may go unsaid) and what closes it
HEADER_HOUR = re.compile(r"(?P<name>(?P<closing>报送|截止|提交|上报)?(?:时限|日期|时间))\s*[(（]\s*(?:均为|均于|均在|均)?\s*"
                         r"(?:当日|当天|各该日|该日)?\s*(?P<clock>" + TIME + r")\s*"
                         r"(?P<by>之前|以前|前|截止|为止|止)?\s*[)）]")
NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
# 三月十一日（星期一）, 3月11日（周一）: a day, with its weekday, and no hour nor 前 of its own after it
BARE_DAY = re.compile(rf"(?<![年\d〇零一二三四五六七八九十]){NUM}\s*月\s*{NUM}\s*日(?:\s*[(（](?:星期|周)[一二三四五六日天][)）])?"
                      r"(?!\s*(?:之前|以前|前|止|截止|[上下中]午|晚|早|\d|[一二三四五六七八九十]+\s*[时点]|[—\-~至到]))")


def header_hour_written_in(text: str) -> str:
    """``text`` with each bare day of a table under an hour-giving deadline header closing at that hour."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        head = HEADER_HOUR.search(lines[i])
        if head is None or not (head.group("by") or head.group("closing") or "时限" in head.group("name")) \
                or not head.group("clock").strip() \
                or not a_header_line(lines[i][:head.start()] + head.group("name") + lines[i][head.end():]):
            i += 1
            continue
        hour = head.group("clock").strip() + "前"
        tabbed = "\t" in lines[i]  # a tab table ends at its first line with no tab (报送邮箱：…, the 落款)
        lines[i] = lines[i][:head.start()] + head.group("name") + lines[i][head.end():]
        i += 1
        while i < len(lines) and not TABLE_END.match(lines[i]) and (not tabbed or "\t" in lines[i]):
            lines[i] = BARE_DAY.sub(lambda d: d.group() + hour, lines[i])
            if lines[i].rstrip().endswith("。"):
                break
            i += 1
    return "\n".join(lines)
