"""A table of asks whose header says nothing of sending (`单位 | 材料 | 格式 | 时限`), led in by the line right above it
that sends by it: `请有关单位按下表要求报送材料至…邮箱`, `请各单位按下表时间将材料报送至…`, `请有关部门按下表报送材料：`, or
closed by the line right under it that sends what it lists: `以上材料报送至县公安局邮箱…`, `上述材料请发送至…`. That line says
what the rows' dates are for, as a header `报送材料 | 报送时间` would: each row is its unit's ask.

A line right above the table that names the papers itself (`请各单位按下表分工，将…管线数据（Excel格式）和…确认函（PDF扫描件）
在规定时限前发送至…邮箱` over `单位 | 采集内容 | 报送时限`), no date of its own, over rows naming no paper (units, their work,
dates): each row sends that line's papers by its own date (`papers_the_line_above_sends`)."""

from __future__ import annotations

import re

from .. import requirements as req
from ..heading.addresses import SENDS
from ..reading.table_grids import MATERIAL_COLUMN, table_bottom, table_top

# 按下表要求, 按下表时间, 按照下表所列, 按以下表格: the line sends by the table under it
BY_THE_TABLE_BELOW = re.compile(r"按(?:照)?(?:下表|以下表格?|如下表格?|下列表格?)")
# 报送邮箱：…, 报送时间: a label after the line's own work (按下表时限完成…，报送邮箱：…), no sending by the table
A_LABEL = re.compile(r"邮箱|地址|时间|单位|方式")
# 以上材料报送至…, 上述材料请于规定时间内发送至…, 上表所列材料统一报送…: the line under the table sends what it lists
WHAT_THE_TABLE_LISTS = re.compile(r"^\s*(?:以上|上述|上表(?:所列)?)(?:各项|所有)?(?:材料|资料|表格)")


def sending_line_above_the_table(sentences: list[str], i: int) -> str:
    """The line right above the header of the table row ``i`` stands in when that line sends by the table below
    (按下表…报送), or ""; "" too for a sentence that is no row under a header naming a materials column (材料 / 材料名称 /
    内容)."""
    if "\t" not in sentences[i]:
        return ""
    top = table_top(sentences, i)
    if top == i or top == 0 or not any(MATERIAL_COLUMN.match(c.strip()) for c in sentences[top].split("\t")):
        return ""  # 单位 | 任务 | 时限 under 按下表要求做好…并报送…: a table of work, whatever the line sends
    line = sentences[top - 1]
    m = BY_THE_TABLE_BELOW.search(line)
    if m and _sends(line[m.end():].split("。")[0]):
        return line
    below = table_bottom(sentences, i) + 1
    closing = sentences[below] if below < len(sentences) else ""
    m = WHAT_THE_TABLE_LISTS.match(closing)
    return closing if m and _sends(closing[m.end():].split("。")[0]) else ""


def papers_the_line_above_sends(sentences: list[str], dated: list[list]) -> str:
    """The first line of no date of its own right above a table that sends by that table (按下表…发送至) papers it
    names, over dated rows none of which names a paper; "" for any other notice. Each such row sends the line's papers
    (`table_times.a_row_it_dates` finds the rows under a 下表 line); `按下表要求做好…，并于5月25日前报送工作总结` (a
    date of its own) sends its summary, its table being one of work."""
    for at, line in enumerate(sentences[:-1]):
        if dated[at] or "\t" in line or "\t" not in sentences[at + 1] or not req.material_names(line):
            continue
        m = BY_THE_TABLE_BELOW.search(line)
        if not m or not _sends(line[m.end():].split("。")[0]):
            continue
        rows = [k for k in range(at + 2, table_bottom(sentences, at + 1) + 1) if dated[k]]
        if rows and not any(req.material_names(sentences[k]) for k in rows):
            return line
    return ""


def _sends(rest: str) -> bool:
    """按下表要求报送材料至…, 按下表时间将材料报送至…: a sending verb follows, not a label (报送邮箱：)."""
    return any(not A_LABEL.match(rest[v.end():]) for v in SENDS.finditer(rest))
