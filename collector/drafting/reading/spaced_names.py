"""A list of units typed on one line with spaces between the names and no 、 (`报送单位：` / `建昌镇　喇嘛洞镇　建昌县光荣院
　石佛乡`, held-out 3066): written again with 、 between them, so that the body's spaces closed up later do not run the
names into one word. Read only where the line is a list's: under a line ending in a colon (a line of names then, which
reflow keeps apart, `name_lines.py`), or after a label and its colon on the line itself (`报送单位：建昌镇　喇嘛洞镇`,
closed then as a sentence of its own, 。); every piece must end as a body's name does (镇, 乡, 局, 院, 中心 …), two
pieces at least. A line of other words parted by spaces (`联系人 张伟`), or names in a line of prose, is left as written."""

from __future__ import annotations

import re

from .table_grids import UNIT_NAME

# 报送单位：, 请下列乡镇于…报送： — a label (or a lead-in) and its colon, then the names
LABELLED = re.compile(r"^(?P<label>[^:：\t]{1,40}[:：])\s*(?P<names>[^:：\t]+)$")


def names_listed(text: str) -> str:
    lines = text.split("\n")
    above = ""
    for i, line in enumerate(lines):
        if line.strip():
            lines[i] = _listed(line, after_a_colon=bool(re.search(r"[:：]\s*$", above)))
            above = line
    return "\n".join(lines)


def _listed(line: str, after_a_colon: bool) -> str:
    if after_a_colon and (names := _names(line)):
        return "、".join(names)  # a name line (name_lines.py): kept apart, the list of the ask above
    m = LABELLED.match(line.strip())
    if m and (names := _names(m.group("names"))):
        return m.group("label") + "、".join(names) + "。"
    return line


def _names(words: str) -> list[str] | None:
    """The names a run of words parted by spaces is, or None: two or more, each ending as a body's name ends (not a
    column head such as 报送单位)."""
    pieces = words.split()
    if len(pieces) < 2 or not all(UNIT_NAME.match(p) and not re.search(r"(?:单位|部门)$", p) for p in pieces):
        return None
    return pieces
