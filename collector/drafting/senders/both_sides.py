"""A group cut in two by a condition, both halves told to send (`有柞蚕放养基地的乡镇于4月5日前，填写附件回执…发送至站邮箱；
无柞蚕放养基地的乡镇请在回执中注明“无”，同样报送`): the 无 half sends the same thing, so the sender is the whole group,
`各乡镇`. Where the 无 half sends nothing (`无基地的乡镇不需报送`), or no 无 half is said, the 有 group stays as written
(only some of the towns; the notice lists them, or the clerk chooses)."""

from __future__ import annotations

import re

# 有…的乡镇 … ；无…的乡镇…同样报送: the same thing on both sides, the other half sending too
GROUPS = r"乡镇|单位|部门|村|学校|企业"
BOTH_SEND = re.compile(rf"(?<![\u4e00-\u9fa5])有(?P<what>[^，,。；;有无]{{2,20}}?)的(?P<group>{GROUPS})"
                       rf"(?P<between>[^。]*?[;；，,]\s*)(?:无|没有|未有)(?P=what)的(?P=group)"
                       r"(?P<rest>[^。；;]{0,40}?)(?:同样|也|亦|均|照常|一并)(?:需|要|应|须)?(?:报送|上报|发送|提交)")
NOT_SENT = re.compile(r"不需|无需|不必|不用|不要|不再")


def the_whole_group(text: str) -> str:
    """Each 有X的乡镇 whose 无X的乡镇 is told to send the same written 各乡镇 (各单位, 各部门 …)."""
    def whole(m: re.Match) -> str:
        if NOT_SENT.search(m.group("rest")):
            return m.group()
        return "各" + m.group("group") + m.group()[m.end("group") - m.start():]

    return BOTH_SEND.sub(whole, text)
