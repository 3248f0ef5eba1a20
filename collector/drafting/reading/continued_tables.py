"""A table broken by a line saying it goes on (`续表`, `续上表`, `接上表`, `（续）`, `表1（续）`, `续表1`), as an office
writes it where the table runs onto the next page: the rows after that line belong to the table above, whether they
repeat its header row or (held-out 2897) open straight on the next row:

    序号 | 单位 | 报送材料 | 报送时间
    3 | 建昌县供销合作社联合社 | 供销社领办合作社情况说明（Word格式） | 6月16日（星期一）16:00前
    续表
    4 | 小德营子乡人民政府 | 示范社推荐汇总表（Excel格式） | 6月23日（星期一）前

The line is left out (and the header row repeated under it), so the rows read as one table with the first part's
columns. A line of words between two tables, or rows after the line with another count of cells, leave them apart."""

from __future__ import annotations

import re

# 续表, 续表1, 续上表, 接上表, (续), (续表), 表1(续), 表1 续: NFKC has made the brackets plain
CONTINUED = re.compile(r"^\s*(?:续表\s*\d*|续上表|接上表|\(\s*续表?\s*\)|表\s*\d+\s*\(?\s*续表?\s*\)?)\s*[:：]?\s*$")


def rejoined(text: str) -> str:
    """``text`` with each `续表` line inside a table left out (the module's docstring)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if CONTINUED.match(line) and out and "\t" in out[-1] and i + 1 < len(lines) \
                and lines[i + 1].count("\t") == out[-1].count("\t"):
            i += 1
            if _cells(lines[i]) == _cells(header_above(out)):
                i += 1
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


def header_above(out: list[str]) -> str:
    k = len(out) - 1
    while k > 0 and "\t" in out[k - 1]:
        k -= 1
    return out[k]


def _cells(line: str) -> list[str]:
    return [re.sub(r"\s+", "", c) for c in line.split("\t")]
