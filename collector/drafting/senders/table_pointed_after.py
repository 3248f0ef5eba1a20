"""A dated sentence whose senders are the rows of a table the notice points to only after it: `请有关单位于九月二十四日
…前将自查报告（Word格式）发送至…；需整改的单位于十月二十二日前将整改报告（Word格式）发送至上述邮箱。各单位报送要求如下表。`
over `序号 | 单位 | 自查报告 | 整改报告（附截图）` with 报送 / `—（无需整改）` cells (held-out 3231). The clerk reads it as
`请下表所列单位于…` before the table (held-out 3111): the rows are the senders, each paper's column saying which rows send
it. Only a pointer about sending (报送要求 / 报送单位 …如下表, 见下表) closing the sentence or standing alone right after it,
with the table straight below, and only for a clause naming no roster unit itself (请县工信局于… keeps its own sender);
`抽查安排如下表` is no list of senders."""

from __future__ import annotations

import re

from .units import UnitResolver, named_units

# 各单位报送要求如下表, 报送单位及材料见下表, 具体填报安排详见下表所示: the table below says who sends what
SENDERS_BELOW = re.compile(r"(?:报送|填报|上报|提交)[\u4e00-\u9fa5、]{0,12}?(?:如|见|详见)下表(?:所示|所列)?[。:：]?$")


def senders_in_the_table_pointed_to_after(sentences: list[str], i: int, said: str, resolver: UnitResolver) -> bool:
    """Whether sentences[i]'s senders are the rows of the table a pointer after it names: its last clause or the next
    sentence, the table's rows next; ``said`` (the clause and the senders found so far) naming no roster unit."""
    if named_units(said, resolver):
        return False
    last_clause = re.split(r"[，,；;]", sentences[i])[-1].strip()
    if SENDERS_BELOW.search(last_clause):
        return _a_table_at(sentences, i + 1)
    return i + 1 < len(sentences) and "\t" not in sentences[i + 1] \
        and bool(SENDERS_BELOW.search(sentences[i + 1].strip())) and _a_table_at(sentences, i + 2)


def _a_table_at(sentences: list[str], k: int) -> bool:
    return k < len(sentences) and "\t" in sentences[k]
