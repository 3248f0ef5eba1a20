"""A schedule table a PDF gave back glued into one run of text, its time column before its work column (`阶段 时间 工作内容`
/ `乡级审核 8月13日至8月18日 乡镇审核并公示` / `材料报送 8月19日（星期二）17时前 乡镇报送项目入库申报表（Excel）及…照片`
/ `县级审定 8月下旬 县项目办组织评审`): a deadline among its dates is owed by what its own work cell says, the words from
the date to the next row's date, not by the whole run (the row above's 公示, every unit the notice addresses); a cell
opening with a bare 乡镇 that sends is the towns' (各乡镇). So is a row of such a table read cell by cell (a Word table,
a PDF's cells): `材料报送 | 8月19日（星期二）17时前 | 乡镇报送项目入库申报表（Excel）及…照片` is owed by its work cell, the
stage's name before the date (材料报送, 资料收集) naming no paper."""

from __future__ import annotations

import re

from ..timing.dates import Deadline
from .table_grids import table_top

# 阶段时间工作内容, 步骤 时间安排 工作任务: the header, a time column before the work column, ahead of the first date
SCHEDULE_HEADER = re.compile(r"^\s*[^\d，,。；;]{0,12}?时间(?:安排|节点)?\s*(?:工作)?(?:内容|任务|事项|安排)")
# 阶段, 工作步骤, 环节: a header's first column naming the stages of the work (材料报送, 县级审定), no sender, no paper
STAGE_COLUMN = re.compile(r"^(?:工作)?(?:阶段|步骤|环节|流程|节点)(?:名称)?$")
# a row's date cell: 8月19日, 8月下旬, 9月底
DATE_CELL = re.compile(r"\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号]|[上中下]旬|底|末|初)")


def work_of_a_glued_schedule_row(sentence: str, deadline: Deadline) -> str:
    """The work cell of the deadline's row in a glued schedule (from the deadline to the next date cell), or ""
    when the sentence is no such schedule or the deadline is not one of its dates."""
    if "\t" in sentence or not SCHEDULE_HEADER.match(sentence):
        return ""
    if len(DATE_CELL.findall(sentence)) < 3 or not sentence[:deadline.start].strip():
        return ""
    following = DATE_CELL.search(sentence, deadline.end)
    cell = sentence[deadline.end: following.start() if following else len(sentence)].strip()
    return BARE_TOWNS.sub("各乡镇", cell, count=1)


# 乡镇报送…: a cell's bare 乡镇 sending, the towns and townships, as 各乡镇 says it in a sentence
BARE_TOWNS = re.compile(r"^(?:乡镇|乡\(镇\)|乡（镇）)(?=\s*(?:报送|上报|提交|填报|发送|将))")


def work_of_a_schedule_row(sentences: list[str], i: int, deadline: Deadline) -> str:
    """The work cells of table row ``i`` (the cells after the one holding the deadline) under a schedule header with
    a column of the stages (阶段, 序号 | 阶段 …) and whose time column comes before its work column (阶段 | 时间 | 工作内容), or ""
    for any other row."""
    sentence = sentences[i]
    top = table_top(sentences, i)
    header = sentences[top]
    if "\t" not in sentence or top == i or not SCHEDULE_HEADER.match(header) \
            or not any(STAGE_COLUMN.match(c.strip()) for c in header.split("\t")):
        return ""  # 单位 | 时间 | 内容: the unit cell before the date is the row's sender, kept
    cut = sentence.find("\t", deadline.end)
    if cut < 0 or "\t" not in sentence[:deadline.start]:
        return ""  # the date in the first or the last cell: no time column before a work column
    cell = sentence[cut:].strip().replace("\t", "，")
    return BARE_TOWNS.sub("各乡镇", cell, count=1)
