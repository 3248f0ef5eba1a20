"""One material two units make together and one of them sends: `县公安局、县市场局联合形成一份《…报告》（Word格式），由县公安局
汇总后于6月21日前报送至上述邮箱` — the units named first write it, the one the 由 clause names gathers and sends it, so the
requirement is that unit's alone. Units that each send their own (`分别形成…，于…前报送`) are not so read."""

from __future__ import annotations

import re
from typing import Callable

# 由县公安局汇总后于6月21日前报送, 由县公安局牵头汇总，统一报送, 由县公安局负责汇总报送: the gatherer, then sending to
# this mailbox (not 汇总后报县政府, a step of its own above the county's units)
GATHERED_AND_SENT = re.compile(r"由(?P<who>[^，,。；;由]{2,24}?)(?:牵头|负责|统一)*(?:汇总|整理|审核|统稿){1,2}后?[，,]?\s*"
                               r"(?:统一)?(?:于[^，,。；;]{1,30}?前)?[，,]?\s*(?:统一)?(?:报送|上报|提交|发送)"
                               r"(?!\s*(?:至|到|给)?\s*(?:县委|县政府|市|省))")
# 联合形成一份, 共同形成, 联合起草一份: one material of all of them
MADE_TOGETHER = re.compile(r"(?:联合|共同|会同)(?:形成|起草|撰写|编制|制定|完成)(?:一份)?")


def the_one_who_sends_a_joint_material(text: str, units_in: Callable[[str], list[str]]) -> str | None:
    """The unit a sentence names as gathering and sending a material the units named before it make together
    (``units_in``: the roster units some words name)."""
    made = MADE_TOGETHER.search(text)
    sent = GATHERED_AND_SENT.search(text, made.end()) if made else None
    if not sent:
        return None
    makers = units_in(text[: made.start()])
    sender = units_in(sent.group("who"))
    return sender[0] if len(makers) >= 2 and len(sender) == 1 and sender[0] in makers else None
