"""Units listed one a line after the sentence that asks them, ending in a colon, as a Word paragraph each:
`请如下单位于10月25日下午5时前将…统计表（Excel格式）报送县委社会工作部：` / `建昌镇人民政府` / `喇嘛洞镇人民政府` /
`建昌县民政局` / `上述单位要如实填报…`. Each name stays a line of its own (reflow would run them together and into the
sentence after them), and the lines are the list the ask's 如下单位 / 以下单位 / 下列单位 means
(addressed.listed_below). A name line is short, has no punctuation but the 、 between names, and ends as a unit's
name does; a line that goes on with a sentence (`县民政局要于…`) is none."""

from __future__ import annotations

import re

from .wrapped_cells import BODY_END

# (not an item's heading, `（二）各乡镇`, nor a group word, `各乡镇`: the list ends before them)
# 建昌镇、喇嘛洞镇、石佛乡: several names on the line, parted by 、 (spaced_names.py writes a line parted by spaces so)
NAME_LINE = re.compile(rf"^\s*(?!各)[\u4e00-\u9fa5]{{2,24}}{BODY_END}(?:、(?!各)[\u4e00-\u9fa5]{{2,24}}{BODY_END})*\s*$")
ASK_ENDS = re.compile(r"[:：]\s*$")


def a_name_line(line: str) -> bool:
    return bool(NAME_LINE.match(line))


def in_a_list_of_names(lines: list[str]) -> bool:
    """Whether the last of ``lines`` (reflowed so far) is a name of a list right under a line ending in a colon:
    the line after it is never joined to it."""
    k = len(lines) - 1
    while k >= 0 and a_name_line(lines[k]):
        k -= 1
    return k < len(lines) - 1 and k >= 0 and bool(ASK_ENDS.search(lines[k]))
