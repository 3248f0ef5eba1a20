"""A row of a table of the work's stages (`阶段 | 时间 | 任务`, `总结上报 | 10月31日前 | 形成普查报告`, or a PDF's run of it
glued): the stage's name may say 上报, but what the row asks is its task cell. A task that sends nothing (形成普查报告,
完成取样) is a step of the issuing office's plan, not a return the units owe; a task cell that sends (报送工作总结) is."""

from __future__ import annotations

import re

from ..heading.addresses import SUBMIT
from ..timing.dates import Deadline
from ..reading.schedule_rows import work_of_a_glued_schedule_row
from ..reading.table_grids import table_top

# 阶段	时间	任务, 工作步骤 时间安排 工作内容: a stage column, then a time column
STAGE_HEADER = re.compile(r"^\s*(?:序号\s*)?(?:工作)?(?:阶段|步骤|环节)(?:名称)?\s*(?:时间|时限|时间安排|完成时间)")


def a_stage_of_the_work(sentences: list[str], i: int, deadline: Deadline) -> bool:
    """The deadline is a row's date in a table of stages whose task cell sends nothing."""
    task = _task_cell(sentences, i, deadline)
    return task is not None and bool(task.strip()) and not SUBMIT.search(task)


def _task_cell(sentences: list[str], i: int, deadline: Deadline) -> str | None:
    """The cells after the deadline's date in its stage table row, or None when it is no such row."""
    sentence = sentences[i]
    if "\t" not in sentence:
        glued = work_of_a_glued_schedule_row(sentence, deadline)
        return glued if glued and STAGE_HEADER.match(sentence) else None
    if not sentence[: deadline.start].strip() or not _under_a_stage_header(sentences, i):
        return None
    rest = sentence[deadline.end:]
    return rest.split("\t", 1)[1] if "\t" in rest else ""


def _under_a_stage_header(sentences: list[str], i: int) -> bool:
    """The tab rows above this one (the same table) open with a stage header."""
    top = table_top(sentences, i)
    return top < i and bool(STAGE_HEADER.match(sentences[top]))
