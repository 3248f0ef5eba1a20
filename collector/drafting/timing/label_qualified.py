"""A deadline's label qualified before its colon (`（截止时间以邮件送达时间为准：2496-11-20 16:00）`): the qualifier is
said first and the label keeps its colon (`以邮件送达时间为准，截止时间：2496-11-20 16:00`), so the date after it is read
as a labelled deadline (`截止时间：…`). A qualifier with no colon and date after it (`截止时间以邮件送达时间为准。`) stays."""

from __future__ import annotations

import re

# 截止时间以邮件送达时间为准：, 报送时间以系统提交时间为准: the label, 以…为准, then the colon
QUALIFIED_LABEL = re.compile(r"(?P<label>报送截止时间|截止时间|截止日期|报送时间|报送截止)\s*"
                             r"(?P<qualifier>以[^:：,，。；;()（）\n]{2,16}?为准)\s*(?P<colon>[:：])(?=\s*\d)")


def qualifier_said_first(text: str) -> str:
    """Each 截止时间以…为准：<date> as 以…为准，截止时间：<date>."""
    return QUALIFIED_LABEL.sub(lambda m: f"{m.group('qualifier')}，{m.group('label')}{m.group('colon')}", text)
