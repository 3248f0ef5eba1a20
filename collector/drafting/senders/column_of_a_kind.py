"""A column's units narrowed by their kind: `主管单位为乡镇人民政府的，另于三月三十日前将…计划发送至上述邮箱` after a table whose
主管单位 column holds bureaus and towns (held-out 3251) asks the towns and townships of that column only, not every unit
in it. The condition names a kind, not units; the roster says which of the column's units are of it."""

from __future__ import annotations

import re

from .town_or_township import LOCAL

# 主管单位为乡镇人民政府的, 牵头单位是县直部门的, 责任单位属于乡镇的: a column head, 为 / 是 / 属于, a kind of unit, 的
OF_A_KIND = re.compile(r"(?P<head>[\u4e00-\u9fa5]{2}单位)\s*(?:为|是|属于|系)\s*"
                       r"(?P<kind>乡镇|镇(?![区村街])|乡(?![镇村])|县直(?:部门|单位)|部门)(?:人民政府|政府)?的")
KINDS = {"乡镇": LOCAL, "镇": ("town",), "乡": ("township",)}
DEPARTMENTS = ("department", "institution")


def kinds_the_column_is_narrowed_to(text: str, heads: set[str]) -> tuple[str, ...]:
    """The unit kinds ``text`` narrows one of the column ``heads`` to (主管单位为乡镇人民政府的: town and township), or ()."""
    for m in OF_A_KIND.finditer(text):
        if m.group("head") in heads:
            return KINDS.get(m.group("kind"), DEPARTMENTS)
    return ()


def of_the_kinds(names: list[str], kinds: tuple[str, ...], roster) -> list[str]:
    """Of ``names``, those the roster gives one of ``kinds``; all of them when no kind is said."""
    if not kinds:
        return names
    return [n for n in names if (unit := roster.get(n)) and unit.kind in kinds]
