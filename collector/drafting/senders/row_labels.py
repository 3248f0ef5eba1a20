"""Units a requirement names by a label a column of the notice's table gives them: `东片区乡镇于3月20日前…` under a
table `序号 | 乡镇 | 所属片区 | 对口放映队` whose rows say 东片区 or 西片区 (interleaved, not grouped): the units of the
rows whose cell holds that label. The label must be followed by the kind of unit (东片区乡镇, 一类单位, 试点的乡镇) and
the column must hold two labels or more, so a column that says the same of every row picks out none; a label inside a
longer word (完成 in 请未完成的乡镇) is not named."""

from __future__ import annotations

import re

from .unit_lists import units_in_cell
from .units import UnitResolver

UNIT_NOUN = r"的?(?:乡镇|单位|部门|镇|乡)"


def units_of_the_labelled_rows(text: str, rows: list[list[str]], resolver: UnitResolver) -> list[str]:
    """The units of the table rows whose label cell the words name before a unit noun; none when no label is so
    named."""
    names: list[str] = []
    for label, column in _labels(rows, resolver):
        if not re.search(r"(?:(?<![\u4e00-\u9fa5])|(?<=[请各由对]))" + re.escape(label) + UNIT_NOUN, text):
            continue
        for row in rows:
            cells = [c.strip() for c in row]
            if column < len(cells) and cells[column] == label:
                names += [n for j, c in enumerate(cells) if j != column for n in units_in_cell(c, resolver)[0]
                          if n not in names]
    return names


def _labels(rows: list[list[str]], resolver: UnitResolver) -> list[tuple[str, int]]:
    """(label, column) of each column of unit rows that holds two labels or more: words, not a unit, a number or a
    date."""
    seen: dict[int, set[str]] = {}
    for row in rows:
        cells = [c.strip() for c in row]
        if len(cells) < 3 or not any(units_in_cell(c, resolver)[0] for c in cells):
            continue
        for k, cell in enumerate(cells):
            if _a_label(cell, resolver):
                seen.setdefault(k, set()).add(cell)
    return [(label, k) for k, labels in seen.items() if len(labels) >= 2 for label in sorted(labels)]


def _a_label(cell: str, resolver: UnitResolver) -> bool:
    return bool(re.fullmatch(r"[\u4e00-\u9fa5]{2,8}", cell)) and not units_in_cell(cell, resolver)[0] \
        and not resolver.resolve(cell)
