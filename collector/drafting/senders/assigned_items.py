"""The 承办单位分解表 of a notice's 附件: which unit answers each numbered item (建议第3号 → 县教育局), written into the
requirement as ``assigned`` (docs/campaign-format.md) for the matcher to find whose answer a mail is."""

from __future__ import annotations

import re

from .unit_lists import units_in_cell

# 建议第3号, 提案第16号, 第12号: one numbered item in a cell of its own
ITEM_CELL = re.compile(r"[\u4e00-\u9fa5]{0,4}第\s*\d{1,4}\s*号")
# the column that names who answers each row
ANSWERED_BY = re.compile(r"^(?:承办单位|承办部门|责任单位|主办单位|办理单位)$")
CELLS = re.compile(r"\s*[|\t]\s*")


def items_assigned(attachments: dict[str, str], resolver) -> dict[str, str]:
    """Item → unit from the first 附件 table with a 承办单位 column whose rows each give one numbered item and one unit
    of the roster (two rows at least); {} when there is none."""
    for section in attachments.values():
        found = _table_items(section.split("\n"), resolver)
        if len(found) >= 2:
            return found
    return {}


def _table_items(lines: list[str], resolver) -> dict[str, str]:
    column = None
    found: dict[str, str] = {}
    for line in lines:
        cells = CELLS.split(line.strip())
        if column is None:
            column = next((k for k, c in enumerate(cells) if ANSWERED_BY.match(c)), None)
            continue
        items = [c for c in cells if ITEM_CELL.fullmatch(c)]
        units = units_in_cell(cells[column], resolver)[0] if column < len(cells) else []
        if len(items) == 1 and len(units) == 1 and items[0] not in found:
            found[re.sub(r"\s+", "", items[0])] = units[0]
    return found


def assign_items(requirements, items: dict[str, str]) -> None:
    """Each requirement asked of every unit the table assigns an item gets the table (one requirement: 答复函)."""
    for r in requirements:
        if items and set(items.values()) <= set(r.units):
            r.assigned = dict(items)
