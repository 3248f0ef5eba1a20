"""A table written down its side, one field a row (`事项 | 内容` over `报送单位 | 建昌镇人民政府、石佛乡人民政府`, `报送材料 |
…调查表（Excel格式）`, `截止时间 | 三月十八日（星期五）十六时前`): its keys are the columns of one requirement row and its
values that row, so it is written across (`报送单位 | 报送材料 | 截止时间` over the one row of values) and read as any table
of who sends what by when; two such tables (`表一`, `表二`) are two rows, each its own units, paper and day (held-out
3283). A two-column table whose first cells are not such keys (`单位 | 联系人`, a list of names) is left as written."""

from __future__ import annotations

import re

from .line_runs import runs_rewritten
from .table_grids import DATE_COLUMN, FORMAT_COLUMN, MATERIAL_COLUMN, UNIT_COLUMN, WHEN_COLUMN, starts_a_table

# 事项 | 内容, 项目 | 要求, 类别 | 说明: a side table's own header, naming its two columns
SIDE_HEADER = re.compile(r"^(?:事项|项目|类别|名称|要素)$")
VALUE_HEADER = re.compile(r"^(?:内容|要求|说明|具体内容|具体要求)$")
# 报送邮箱, 联系人, 备注: a key of the notice's own (the value given, not asked), written across with the others
OTHER_KEY = re.compile(r"^[\u4e00-\u9fa5]{2,6}$")


def written_across(text: str) -> str:
    """``text`` with each table written one field a row (see the module's docstring) written across."""
    return runs_rewritten(text, _side_table_across)


def _side_table_across(lines: list[str], i: int) -> tuple[list[str], int] | None:
    if not starts_a_table(lines, i):
        return None
    end = i
    while end < len(lines) and "\t" in lines[end]:
        end += 1
    rows = [[c.strip() for c in line.split("\t")] for line in lines[i:end]]
    if any(len(row) != 2 for row in rows):
        return None
    if SIDE_HEADER.match(rows[0][0]) and VALUE_HEADER.match(rows[0][1]):
        rows = rows[1:]
    keys = [key for key, _ in rows]
    if not _keys_of_a_requirement(keys):
        return None
    return ["\t".join(keys), "\t".join(value for _, value in rows)], end


def _keys_of_a_requirement(keys: list[str]) -> bool:
    """Whether ``keys`` are the fields of a requirement: who sends, what, and by when, each once, any other a short
    label."""
    unit = [k for k in keys if UNIT_COLUMN.match(k)]
    paper = [k for k in keys if MATERIAL_COLUMN.match(k) or FORMAT_COLUMN.match(k)]
    when = [k for k in keys if WHEN_COLUMN.match(k) or DATE_COLUMN.match(k)]
    return (len(unit) == 1 and len(when) == 1 and len(paper) >= 1 and len(set(keys)) == len(keys)
            and all(OTHER_KEY.match(k) for k in keys))
