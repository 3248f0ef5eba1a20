"""Units a sentence names by a mark in a column of one material: `其中附件中标注需报送整治方案的乡镇` beside a 附件 table
乡镇 | 塘坝数量 | 是否需报送整治方案 with 是 / 否 in that column. The units are those of the rows marked 是 (√, 有);
the column does not narrow the other requirements of the table's units (unit_lists.WHETHER_ASKED), and a sentence
that names no such mark is not narrowed by it."""

from __future__ import annotations

import re

from .unit_lists import units_in_cell
from .units import UnitResolver

# 标注需报送整治方案的乡镇, 标注为须填报台账的单位: the owing the column marks, then whose
MARKED_AS_OWING = re.compile(r"标注(?:为|有)?[“\"]?(?P<what>(?:需要?|须|要|应)(?:报送|填报|上报|提交)[\u4e00-\u9fa5]{1,12}?)[”\"]?的"
                             r"(?:乡镇|单位|部门)")
YES = re.compile(r"是|√|✓|有|需要?")


def rows_marked_as_owing(text: str, rows: list[list[str]], resolver: UnitResolver) -> list[str]:
    """The units of the table rows whose cell, under the header 是否 + what the text marks (是否需报送整治方案), says 是."""
    m = MARKED_AS_OWING.search(text)
    if not m:
        return []
    what = m.group("what")
    names: list[str] = []
    k = None
    for row in rows:
        cells = [cell.strip() for cell in row]
        heads = [j for j, cell in enumerate(cells) if cell.startswith("是否") and cell[2:] == what]
        if heads:
            k = heads[0]
            continue
        if len(cells) < 2:
            k = None
        if k is not None and k < len(cells) and YES.fullmatch(cells[k]):
            names += [n for j, cell in enumerate(cells) if j != k for n in units_in_cell(cell, resolver)[0]
                      if n not in names]
    return names
