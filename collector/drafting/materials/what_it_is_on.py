"""A paper named only as what another is about: `县统计局汇总形成公报初稿后，将征求各单位意见。请各单位于…前将对初稿的书面审核意见
（Word格式）发送至…` asks the 审核意见, one file; the 初稿 (the office's own draft, read by the units) is what the opinion is on.
A material word after 对 / 对于 / 关于 / 针对 that closes (its bracket or 》 passed) on 的 and another material word is that
paper's matter, no paper sent (held-out 3533). The paper named alone as well (`将公报初稿（Word格式）及对初稿的编制说明一并报送`)
is still sent: it is read where it stands alone; and 对X的 with no material word after it (`对初稿的修改情况`) is left as read."""

from __future__ import annotations

import re

# 对初稿的, 关于《…办法（征求意见稿）》的, 针对实施方案的: the preposition, then the paper's name (no clause break, no second 的);
# not the 对 of 核对 / 比对 / 校对 / 面对 …, nor 对照 / 对比 / 对接 / 对应 / 对口 / 对外 / 对象 / 对策
ABOUT = re.compile(r"(?:(?<![核比校相面针反应绝])对(?!照|象|比|接|应|口|外|策|话|手)|关于|针对)《?[^，,。；;“”的]{0,30}$")
# the rest of the paper's name (对方案初稿的: 方案 the word, 初稿 its rest), its bracket, or the close of the bracket or
# title it stands in (…（征求意见稿）》), then 的
OF_IT = re.compile(r"[\u4e00-\u9fa5]{0,6}?(?:[(（][^()（）]{0,16}[)）]|[)）》])*的")
# up to 8 characters of the name of the paper that is on it (书面审核意见: 书面 before the 审核意见), no
# joiner in it (对初稿的修改情况及修改说明: the 说明 is a paper of its own)
NAME_AFTER = re.compile(r"[^\W\d_及和与或并]{0,8}")


def what_another_paper_is_on(text: str, start: int, end: int, material: re.Pattern) -> bool:
    """The material word at ``start``–``end`` is named after 对 / 关于 / 针对 and followed by 的 and another material word
    (`对初稿的书面审核意见`): the matter of that paper, not a paper sent."""
    if not ABOUT.search(text, 0, start) or not (of_it := OF_IT.match(text, end)):
        return False
    name = NAME_AFTER.match(text, of_it.end())
    return any(material.match(text, at) for at in range(name.start(), name.end()))
