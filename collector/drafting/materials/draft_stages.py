"""A draft sent of a material named before it: `县退役军人局负责编印《大学生士兵优待政策汇编》，于3月10日前报送初稿（Word格式）`.
The bare 初稿 (草稿 / 征求意见稿 / 送审稿) names no thing of its own: it is the first version of the 汇编, one file, not a
second part beside it. A draft named before any material (`报送初稿（Word格式）及《…统计表》`) is no draft of what follows, and
a draft with a name of its own (`工作方案初稿`) is that name; nor is `上述材料` before it, or a name in another sentence, its
material."""

from __future__ import annotations

import re

# the stage of a paper, alone: no name of what it is a draft of
BARE_DRAFT = re.compile(r"初稿|草稿|征求意见稿|送审稿")


def less_the_bare_draft(names: list[str], text: str) -> list[str]:
    """``names`` (as ``text`` names them) without a bare draft word that some other name stands before in the text."""
    return [n for n in names if not (BARE_DRAFT.fullmatch(n) and _a_name_before(n, names, text))]


# 将上述材料发送…,《…》初稿: a pointer at what is listed, no material of its own
POINTER = re.compile(r"^(?:上述|以上|前述|上列|所列)")
# a sentence's end, or an item's: a name past it is no name of this draft's clause
APART = re.compile(r"[。；;]")


def _a_name_before(draft: str, names: list[str], text: str) -> bool:
    at = text.find(draft)
    return any(0 <= (start := text.find(n)) < at and not APART.search(text, start, at)
               for n in names if n != draft and not BARE_DRAFT.fullmatch(n) and not POINTER.match(n))
