"""Units a table marks with a sign glued to the name in their cell (`养马甸子乡★`, `※老大杖子乡`), the notice saying
what the sign means (`标注★的乡镇为…`). The name is the unit's (the sign no part of it), and a sentence naming the
senders by the sign (`标注★的乡镇另于4月14日前报送…`) asks the rows so marked. So is a list of names a line each, as a
附件 名单 gives them (`1．建昌县教育局☆` / `2．建昌县卫生健康局`; a line that is the name alone, numbered or not): a line
of prose with a sign in it is left as written (held-out 3110)."""

from __future__ import annotations

import re

from ..reading.item_numbers import ITEM
from .units import UnitResolver

MARKS = "★☆▲△●◆◇■□※＊*"
# a cell of a tab row (or a line's last cell) that is a name with a mark before or after it
MARKED_CELL = re.compile(r"(?P<before>^|\t)(?P<lead>[%s]*)(?P<name>[\u4e00-\u9fa5]{2,20}?)(?P<trail>[%s]*)(?=\t|$)"
                         % (re.escape(MARKS), re.escape(MARKS)), re.M)
# 标注★的乡镇, 带有※号的单位, 标有“▲”的乡镇, 加★乡镇, 标“＊”的单位 (the bare 标): the senders named by the sign
BY_THE_MARK = re.compile(r"(?:标注|标有|标|带有?|加注?|注有)[“\"]?(?P<mark>[%s])[”\"]?号?(?:标记|标识|符号)?的?(?:乡镇|单位|部门)"
                         % re.escape(MARKS))


# 1．建昌县教育局☆, 3、八家子镇人民政府☆: a list's line, its number, then the name and its sign alone
LIST_LINE = re.compile(rf"^(?P<number>\s*(?:{ITEM})?\s*)(?P<name>[^\t]*?)(?P<end>\s*[；;。.]?\s*)$")


def names_without_marks(text: str, resolver: UnitResolver) -> str:
    """The text with the signs taken off the table cells and list lines that name a roster unit once without them (a
    sign in prose, or on a cell naming no unit, stays)."""
    def unmarked(m: re.Match) -> str:
        if not (m.group("lead") or m.group("trail")) or not resolver.resolve(m.group("name")):
            return m.group()
        return m.group("before") + m.group("name")

    def line_unmarked(line: str) -> str:
        if "\t" in line:
            return MARKED_CELL.sub(unmarked, line)
        listed = LIST_LINE.match(line)
        return listed["number"] + MARKED_CELL.sub(unmarked, listed["name"]) + listed["end"] if listed else line
    return "\n".join(map(line_unmarked, text.split("\n")))


def units_marked_in_the_table(text: str, rows: list[list[str]], resolver: UnitResolver) -> list[str]:
    """The roster units of the table cells carrying the sign ``text`` names its senders by (标注★的乡镇), in the table's
    order; [] when the text names no sign or no cell carries it."""
    said = BY_THE_MARK.search(text)
    if not said:
        return []
    found: list[str] = []
    for row in rows:
        if len(row) < 2 and not (row and (listed := LIST_LINE.match(row[0])) and MARKED_CELL.fullmatch(listed["name"])):
            continue
        for cell in row if len(row) >= 2 else [LIST_LINE.match(row[0])["name"]]:
            m = MARKED_CELL.fullmatch(cell.strip())
            if m and said.group("mark") in m.group("lead") + m.group("trail") and (unit := resolver.resolve(m.group("name"))):
                found += [unit] if unit not in found else []
    return found
