"""A paper named inside an account of its making: `水资源论证报告编制进度（Word格式）` is one document, the progress of the
report's drafting, the 报告 its matter and no paper sent of its own (held-out 2538); so is `实施方案制定情况`. The
progress word closes the name: `水资源论证报告及编制进度说明（Word格式）` (a joiner between) asks two papers, and
`…编制情况统计表` is the table's."""

from __future__ import annotations

import re

# 编制进度, 制定情况, 修编进展情况: the making of the paper named right before, and how far it has got
PROGRESS_OF_ITS_MAKING = re.compile(r"(?:编制|编写|撰写|起草|修编|修订|制定|报批|审批)(?:工作)?(?:进展情况|进度情况|进度|进展|情况)"
                                    r"(?=[^\u4e00-\u9fa5]|[和及与]|发送|报送|上报|提交|$)")


def progress_of_its_making(text: str, end: int) -> str:
    """The words right after a material word ending at ``end`` that make it the matter of an account of its making
    (`编制进度`), or ""."""
    m = PROGRESS_OF_ITS_MAKING.match(text, end)
    return m.group() if m else ""
