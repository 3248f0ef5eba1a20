"""名额: how many people each unit may nominate, as a 推荐 notice sets it, drafted as the campaign's ``quota``.

A 推荐 notice gives each unit a 名额 — by kind in a sentence (`各镇推荐2名，各乡推荐1名`, `各乡镇推荐1名`) or by name
in a table (`县直有关单位推荐名额分配表`: `序号 单位 名额` over rows `1 县公安局 2`) — and says `推荐人数不得超过分配名额`.
Only a notice that says 名额 sets one: `各乡镇报送1名联络员` is how many to send, not a ceiling. The router holds a
nomination over it for a person (match/quota.py).
"""

from __future__ import annotations

import re
import unicodedata

from collector.match.quota import COUNT, number
from collector.roster import KIND_LABELS

from .quota_clauses import clause_quota
from ..senders.units import UnitResolver

# 各镇推荐2名，各乡推荐1名 / 每个乡镇推荐不超过2名 / 各乡镇限报1人: a 名额 by the unit's kind
BY_KIND = re.compile(r"(?:各|每个?)(乡镇|镇|乡)(?:各)?(?:推荐|限报|报送|推选)(?:不超过|不得超过|限|[0-9]至)?" + COUNT + r"\s*(?:名|人)")
KINDS = {"镇": ("town",), "乡": ("township",), "乡镇": ("town", "township")}
# 序号 单位 名额 / 序号 推荐单位 推荐名额: the head of a table of 名额 by unit
TABLE_HEAD = re.compile(r"单位[^\n]*名额")


def quota_in(text: str, resolver: UnitResolver, units: list[str], unsettled: list[str]) -> dict[str, int]:
    """The notice's 名额 for the campaign's ``units``: ``{unit name: n}`` from a table, ``{kind: n}`` from a sentence; an unsettled
    line says what was read."""
    plain = unicodedata.normalize("NFKC", text)
    if "名额" not in plain:
        return {}
    by_kind = _by_kind(plain)
    clauses = clause_quota(plain.replace(" ", ""), resolver.roster, units)
    quota = {**by_kind, **{k: n for k, n in clauses.items() if k not in by_kind}, **_in_a_table(plain, resolver, units)}
    if quota:
        said = "、".join(f"{KIND_LABELS.get(k, k)}{n}名" for k, n in quota.items())
        unsettled.append(f"通知规定了推荐名额（{said}），已填入“推荐名额”，超过名额的推荐将转人工审核，请核对")
    return quota


def _by_kind(text: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for m in BY_KIND.finditer(text.replace(" ", "")):
        for kind in KINDS[m.group(1)]:
            out.setdefault(kind, number(m.group(2)))
    return out


def _in_a_table(text: str, resolver: UnitResolver, units: list[str]) -> dict[str, int]:
    """Rows of a 名额 table (cells parted by tabs or two spaces) whose cell names a unit and whose last cell is a
    number; the table ends at its first line that is no row."""
    out: dict[str, int] = {}
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if not TABLE_HEAD.search(line):
            continue
        for row in lines[i + 1:]:
            cells = [c.strip() for c in re.split(r"\t| {2,}", row) if c.strip()]
            if len(cells) < 2:
                break
            unit = next((name for c in cells[:-1] if (name := resolver.resolve(c)) in units), None)
            if unit is not None and cells[-1].isdigit():
                out.setdefault(unit, int(cells[-1]))
    return out
