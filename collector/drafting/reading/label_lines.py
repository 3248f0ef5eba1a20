"""A requirement's fields set as label lines, each label alone on its line and its value on the line under it
(`报送单位：` / `各乡镇人民政府` / `报送材料：` / `…核查台账（Excel格式）` / `报送时限：` / `3月19日（星期五）16时前`, as a form's
paragraphs or a copy breaking each label from its value give them; held-out 3560): each label is written with its value on
one line (`报送单位：各乡镇人民政府`), so that each block's units, paper and day are read together, as a block of labels
with their values beside them is. Read only for a run of two such pairs or more naming who sends and by when (the keys of
a requirements table: 报送单位 / 填报单位, 报送时限 / 截止时间 …); a lone label over a line (`报送单位：` over names parted by
spaces, 3066; `填报单位：` over a table's header; `报送材料：` over a numbered list) is left as written."""

from __future__ import annotations

import re

from .item_numbers import CHINESE_ITEM, ITEM
from .line_runs import runs_rewritten
from .table_grids import DATE_COLUMN, DUE_COLUMN, UNIT_COLUMN, WHEN_COLUMN

# 报送单位：, 报送时限：, 报送邮箱： — a short label and its colon, alone on its line
LABEL_ALONE = re.compile(r"^\s*(?P<key>[\u4e00-\u9fa5]{2,8})\s*[:：]\s*$")
# （一）, 1．, 一、: an item opening the line under a label is a list the label leads in, not its value
OPENS_AN_ITEM = re.compile(rf"^\s*(?:{ITEM}|{CHINESE_ITEM})")


def values_beside_their_labels(text: str) -> str:
    """``text`` with each run of label lines whose values stand on the lines under them written a label and its value a
    line (see the module's docstring)."""
    return runs_rewritten(text, _pairs_joined)


def _pairs_joined(lines: list[str], i: int) -> tuple[list[str], int] | None:
    pairs = []
    j = i
    while j + 1 < len(lines) and (m := LABEL_ALONE.match(lines[j])) and _a_value(lines[j + 1]):
        pairs.append((m.group("key"), lines[j].strip(), lines[j + 1].strip()))
        j += 2
    if len(pairs) < 2 or not _who_and_when([key for key, _, _ in pairs]):
        return None
    return [label + value for _, label, value in pairs], j


def _a_value(line: str) -> bool:
    """Whether ``line`` can be the value of the label above it: words, not another label, a table's row or a list's
    first item."""
    return bool(line.strip()) and not LABEL_ALONE.match(line) and "\t" not in line and not OPENS_AN_ITEM.match(line)


def _who_and_when(keys: list[str]) -> bool:
    """Whether the labels name who sends (报送单位) and by when (报送时限, 截止时间), as a requirement's fields do."""
    return any(UNIT_COLUMN.match(k) for k in keys) and \
        any(WHEN_COLUMN.match(k) or DATE_COLUMN.match(k) or DUE_COLUMN.match(k) for k in keys)
