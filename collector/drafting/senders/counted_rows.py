"""Units a sentence names by whether their count in the notice's table is zero: `请上表中经营户家数不为零的单位于…前…`,
`…家数为零的单位本次无需报送` under a table `序号 | 单位 | 在册特殊食品经营户（家）` that gives each unit a number and
asks nothing itself (held-out 3423). The phrase is spelled out as the units of the rows whose count is (or is not) zero,
so the sentence's own rules read them as named: the first sentence asks them, the second lets the others off. The count
is the column whose head holds the words before the count noun (经营户 in 在册特殊食品经营户（家）), else the table's one
column of numbers beside the 序号; a table of two such columns the words do not tell apart leaves them as written."""

from __future__ import annotations

import re

from .column_values import tables_of
from .units import UnitResolver, named_units

# 经营户家数不为零的单位, 表中数量为0的乡镇, 隐患户数大于零的部门: what is counted, the count noun, and zero or not
COUNT_IS_ZERO = re.compile(r"(?<![^，,。；;：:、\s请由和及])(?:(?:附件\d*|附表\d*|上表|下表|表)(?:中|内)?(?:所列)?)?"
                           r"(?P<what>(?:(?![请由将于的])[\u4e00-\u9fa5]){0,8}?)"
                           r"(?:家数|户数|个数|人数|数量|数目|总数|数)"
                           r"(?P<how>不为|不是|不等于|大于|多于|为|是|等于)(?:零|0)(?:家|户|个|人|处)?的"
                           r"(?P<noun>乡镇|单位|部门)")
NOT_ZERO = ("不为", "不是", "不等于", "大于", "多于")
NUMBER = re.compile(r"\d{1,6}")
ROW_NUMBER_HEAD = re.compile(r"^(?:序号|编号|排名|名次)$")


def count_columns(table: list[list[str]]) -> list[int]:
    """The columns whose every body cell is a whole number, the row numbers' column left out."""
    header, body = table[0], table[1:]
    return [k for k, head in enumerate(header) if not ROW_NUMBER_HEAD.match(head.strip())
            and all(k < len(row) and NUMBER.fullmatch(row[k].strip()) for row in body)]


def the_count_column(table: list[list[str]], what: str) -> int | None:
    """The column counting ``what``: the one whose head holds those words, else the table's only column of numbers."""
    columns = count_columns(table)
    named = [k for k in columns if what and what in table[0][k]]
    if len(named) == 1:
        return named[0]
    return columns[0] if len(columns) == 1 else None


def units_by_their_count(what: str, zero: bool, rows: list[list[str]], resolver: UnitResolver) -> list[str]:
    """The roster units of the table rows whose count of ``what`` is zero (or, ``zero`` false, is not)."""
    found: list[str] = []
    for table in tables_of(rows):
        k = the_count_column(table, what)
        if k is None:
            continue
        for row in table[1:]:
            if (int(row[k]) == 0) == zero:
                found += [u for j, cell in enumerate(row) if j != k for u in named_units(cell, resolver) if u not in found]
    return found


def units_by_their_count_spelled_out(text: str, rows: list[list[str]], resolver: UnitResolver,
                                     unsettled: list[str]) -> str:
    """``text`` with each phrase naming units by a zero (or non-zero) count in a table written out as their names."""
    def spelled(m: re.Match) -> str:
        zero = m.group("how") not in NOT_ZERO
        units = units_by_their_count(m.group("what"), zero, rows, resolver)
        if not units:
            return m.group()
        unsettled.append(f"“{m.group()}”读作表中数目{'为零' if zero else '不为零'}的行所列单位：{'、'.join(units)}，请核对")
        return "、".join(units)
    return COUNT_IS_ZERO.sub(spelled, text)
