"""Blank forms set out in the body under numbered titles that name who fills them in (`表1 …统计表（各乡镇填报）`),
the dates only in a later line that calls them by number (`注：表1请于9月18日前报送，表2请于9月23日前报送`): each
`表N` there is written out as its filler and its title, so the sentence names who sends what."""

from __future__ import annotations

import re

# 表1 小型水库…统计表（各乡镇填报）, a line of its own; 填写 / 填报 / 报送 / 负责填报
FORM_TITLE = re.compile(r"^\s*表\s*(?P<n>\d{1,2})\s*[.．、:：]?\s*(?P<title>[^\s（(][^\n（(]{1,40}?)\s*"
                        r"[（(](?P<who>[^（()）\n]{2,40}?)(?:负责)?(?:填报|填写|报送)[)）]\s*$", re.M)
# 表1请于…, 表2于…, 表1、表2均于…: a reference by number, not 附表1 / 上表 / a title line
REFERENCE = r"(?<![附上下\w])表\s*{n}(?!\d)(?=\s*(?:请|须|需|应|由|于|在|均|的|[、，,]))"


def tables_named_with_their_fillers(body: str) -> str:
    """The body with each reference to a numbered form whose title line names its filler written out as
    ``{filler}填报的《{title}》``; the title lines themselves, and forms whose title names no filler, left as written."""
    forms = {m.group("n"): (m.group("who").strip(), m.group("title").strip()) for m in FORM_TITLE.finditer(body)}
    if not forms:
        return body
    lines = body.split("\n")
    for i, line in enumerate(lines):
        if FORM_TITLE.match(line):
            continue
        for n, (who, title) in forms.items():
            line = re.sub(REFERENCE.format(n=n), f"{who}填报的《{title}》", line)
        lines[i] = line
    return "\n".join(lines)
