"""Units a table marks with a sign glued to the name in their cell (`养马甸子乡★`, `※老大杖子乡`), the notice saying
what the sign means (`标注★的乡镇为…`). The name is the unit's (the sign no part of it), and a sentence naming the
senders by the sign (`标注★的乡镇另于4月14日前报送…`) asks the rows so marked."""

from __future__ import annotations

import re

from .units import UnitResolver

MARKS = "★☆▲△●◆◇■□※＊*"
# a cell of a tab row (or a line's last cell) that is a name with a mark before or after it
MARKED_CELL = re.compile(r"(?P<before>^|\t)(?P<lead>[%s]*)(?P<name>[\u4e00-\u9fa5]{2,20}?)(?P<trail>[%s]*)(?=\t|$)"
                         % (re.escape(MARKS), re.escape(MARKS)), re.M)
# 标注★的乡镇, 带有※号的单位, 标有“▲”的乡镇, 加★乡镇, 标“＊”的单位 (the bare 标): the senders named by the sign
BY_THE_MARK = re.compile(r"(?:标注|标有|标|带有?|加注?|注有)[“\"]?(?P<mark>[%s])[”\"]?号?(?:标记|标识|符号)?的?(?:乡镇|单位|部门)"
                         % re.escape(MARKS))


def names_without_marks(text: str, resolver: UnitResolver) -> str:
    """The text with the signs taken off the table cells that name a roster unit once without them (lines with tabs
    only; a sign in prose, or on a cell naming no unit, stays)."""
    def unmarked(m: re.Match) -> str:
        if not (m.group("lead") or m.group("trail")) or not resolver.resolve(m.group("name")):
            return m.group()
        return m.group("before") + m.group("name")
    return "\n".join(MARKED_CELL.sub(unmarked, line) if "\t" in line else line for line in text.split("\n"))


def units_marked_in_the_table(text: str, rows: list[list[str]], resolver: UnitResolver) -> list[str]:
    """The roster units of the table cells carrying the sign ``text`` names its senders by (标注★的乡镇), in the table's
    order; [] when the text names no sign or no cell carries it."""
    said = BY_THE_MARK.search(text)
    if not said:
        return []
    found: list[str] = []
    for row in rows:
        if len(row) < 2:
            continue
        for cell in row:
            m = MARKED_CELL.fullmatch(cell.strip())
            if m and said.group("mark") in m.group("lead") + m.group("trail") and (unit := resolver.resolve(m.group("name"))):
                found += [unit] if unit not in found else []
    return found
