"""Units that name the papers they send by the papers' numbers: the papers numbered in a list, each with its day
(`1．水闸基本情况及隐患排查表（Excel格式），4月21日（星期一）16时前报送；` / `2．…整治方案（Word格式），5月12日前报送。`),
and the units listed once apart from them, each followed by its papers' numbers in brackets (`建昌镇人民政府（1、2），
玲珑塔镇人民政府（1），建昌县自然资源局（2）。`). Each paper's item is written with its own units as its subject
(`1．建昌镇人民政府、玲珑塔镇人民政府报送水闸基本情况…`), and the units' line without the numbers, so each day asks the
units that named its paper and no other (held-out 3278). The numbers must all be items of one numbered list of the
body (the nearest to the units that has them all); a unit's bracket holding a day or a word (`建昌镇（4月5日前）`,
`县水利局（牵头）`) is no such number, and a line with fewer than two such units is left as written."""

from __future__ import annotations

import re

from ..reading.item_numbers import ARABIC_MARK
from ..reading.table_grids import UNIT_NAME

NUMBERS = r"\d{1,2}(?:\s*[、，,和及]\s*\d{1,2})*"
# 建昌镇人民政府（1、2）: a unit's name and its papers' numbers
UNIT_WITH_NUMBERS = re.compile(rf"(?P<name>[\u4e00-\u9fa5]{{2,30}}?)\s*[（(]\s*(?P<nums>{NUMBERS})\s*[)）]")
SEPARATOR = r"\s*[，,、；;]\s*"
# 建昌镇人民政府（1、2），玲珑塔镇人民政府（1），…。: such units running on to the line's end (after its heading, if any)
UNITS_LINE = re.compile(rf"(?P<run>(?:{UNIT_WITH_NUMBERS.pattern}{SEPARATOR})+"
                        rf"{UNIT_WITH_NUMBERS.pattern.replace('?P<name>', '?:').replace('?P<nums>', '?:')})\s*[。；;]?\s*$")
PAPER_ITEM = re.compile(rf"^(?P<pad>\s*)(?P<n>\d{{1,2}})(?P<mark>{ARABIC_MARK})\s*(?P<rest>.*)$")
# 报送…, 填报…, 提交…: an item opening with its verb takes its units before it as they are
OPENS_WITH_A_VERB = re.compile(r"^(?:报送|填报|上报|提交|报)")


def units_written_into_their_papers(body: str) -> str:
    """``body`` with each numbered paper's item given the units that name its number (see the module's docstring)."""
    lines = body.split("\n")
    for at, line in enumerate(lines):
        units = _units_with_their_numbers(line)
        if not units:
            continue
        wanted = {n for _, nums in units for n in nums}
        items = _nearest_list_holding(lines, at, wanted)
        if items is None:
            continue
        for n, where in items.items():
            senders = [name for name, nums in units if n in nums]
            if senders:
                lines[where] = _with_its_senders(lines[where], senders)
        lines[at] = line[:len(line) - len(line.lstrip())] + _without_numbers(line.strip())
    return "\n".join(lines)


def _units_with_their_numbers(line: str) -> list[tuple[str, set[int]]]:
    """The units of a line of `unit（numbers）` items with the numbers each names, or [] for any other line."""
    m = UNITS_LINE.search(line.strip()) if "\t" not in line else None
    if not m:
        return []
    units = [(u.group("name"), {int(n) for n in re.findall(r"\d{1,2}", u.group("nums"))})
             for u in UNIT_WITH_NUMBERS.finditer(m.group("run"))]
    if len(units) < 2 or not all(UNIT_NAME.match(name) for name, _ in units):
        return []
    return units


def _numbered_lists(lines: list[str]) -> list[dict[int, int]]:
    """Each numbered list of the body as {number: line index}, a list running 1, 2, 3 … in order."""
    lists: list[dict[int, int]] = []
    for at, line in enumerate(lines):
        m = PAPER_ITEM.match(line)
        if not m or "\t" in line:
            continue
        n = int(m.group("n"))
        if n == 1:
            lists.append({1: at})
        elif lists and n == max(lists[-1]) + 1:
            lists[-1][n] = at
    return lists


def nearest_holding(lists: list[dict], at: int, wanted: set) -> dict | None:
    """Of ``lists`` (each item's number or code → its line), the one nearest to line ``at`` that has every item wanted
    and is not at that line itself, or None."""
    holding = [items for items in lists if wanted <= set(items) and at not in items.values()]
    return min(holding, key=lambda items: min(abs(where - at) for where in items.values()), default=None)


def sent_by(senders: list[str], rest: str) -> str:
    """An item's words after its number given its senders: `县教育局、县卫健局报送…`, the verb the item has or 报送."""
    return "、".join(senders) + ("" if OPENS_WITH_A_VERB.match(rest) else "报送") + rest


def _nearest_list_holding(lines: list[str], at: int, wanted: set[int]) -> dict[int, int] | None:
    """The numbered list nearest to line ``at`` that has every number wanted, or None."""
    return nearest_holding(_numbered_lists(lines), at, wanted)


def _with_its_senders(item: str, senders: list[str]) -> str:
    m = PAPER_ITEM.match(item)
    return f"{m.group('pad')}{m.group('n')}{m.group('mark')}{sent_by(senders, m.group('rest'))}"


def _without_numbers(line: str) -> str:
    """建昌镇人民政府（1、2），玲珑塔镇人民政府（1）。 -> 建昌镇人民政府、玲珑塔镇人民政府。"""
    m = UNITS_LINE.search(line)
    names = [u.group("name") for u in UNIT_WITH_NUMBERS.finditer(m.group("run"))]
    end = "。" if line.rstrip().endswith("。") else ""
    return f"{line[:m.start('run')]}{'、'.join(names)}{end}"
