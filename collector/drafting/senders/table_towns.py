"""Towns a sentence names by what they are in the notice's own table: `各作业点所在乡镇于4月10日前…` under a table of
作业点 | 所在乡镇, `参训乡镇于培训结束后3个工作日内…` under a table 乡镇 | 参训名额. The group is the towns and
townships in the table's cells (a Word table's cells joined by tabs, a PDF's by spaces on a line of their own); a
plain 各乡镇 (all of them) is not such a group, nor is one with no table naming towns."""

from __future__ import annotations

import re

from .units import LOCAL, UnitResolver, named_units

# 各作业点所在乡镇, 试点村所在的乡镇, 参训乡镇, 参会乡镇, 承办乡镇: a group the notice's table says which
TOWNS_THE_TABLE_SAYS = re.compile(r"[\u4e00-\u9fa5]{2,8}所在(?:地)?的?乡镇|(?:参训|参会|参赛|参评|承办|入选|试点|示范)乡镇")
PROSE = re.compile(r"[，,。；;：:！？]")
# 二、县营商局于7 月31 日（星期一）上午10 时前报送…（Excel: a PDF's line of an item of the body, its punctuation wrapped
# onto the next line and its date spaced as a PDF spaces digits; an item's number opens no table row
ITEM_OPENING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])")


# 国家税务总局建昌 / 县税务局: the rest of a narrow cell a PDF wrapped onto a line of its own, one word and no more
WRAPPED_REST = re.compile(r"[\u4e00-\u9fa5]{1,12}")
ENDS_IN_WORDS = re.compile(r"[\u4e00-\u9fa5]$")


def table_cells(rows: list[list[str]]) -> list[str]:
    """The cells of the text's table rows: a line of tab-joined cells, or of two or more space-parted cells with no
    sentence's punctuation (a PDF's row). A line of one bare word right under a PDF's row whose last cell ends in
    words is that cell wrapped (`2 国家税务总局建昌` over `县税务局`): it goes on that cell."""
    cells: list[str] = []
    in_row = False
    for row in rows:
        parts = row if len(row) > 1 else re.split(r"[ \u3000]+", row[0].strip()) if row else []
        if len(parts) > 1 and not any(PROSE.search(p) for p in parts) and not ITEM_OPENING.match(parts[0]):
            cells += parts
            in_row = len(row) == 1
        elif in_row and len(parts) == 1 and WRAPPED_REST.fullmatch(parts[0]) and ENDS_IN_WORDS.search(cells[-1]):
            cells[-1] += parts[0]
        else:
            in_row = False
    return cells


def towns_of_the_table(sentence: str, rows: list[list[str]], resolver: UnitResolver) -> str:
    """The towns and townships of the notice's table rows, joined for the requirement's subject, when the sentence
    names its senders as such a group; "" otherwise."""
    if not TOWNS_THE_TABLE_SAYS.search(sentence):
        return ""
    local = set(resolver.kinds(LOCAL))
    towns = [n for n in named_units("、".join(table_cells(rows)), resolver) if n in local]
    return "、".join(dict.fromkeys(towns))
