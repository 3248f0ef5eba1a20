"""A date that tells when something was sent already (`县市场局于9月2日前已报送的投诉举报数据不再重复报送`): 已报送 right
after the date's 前 says the sending is past, so the date asks for nothing now. A date whose 前 is followed by the sending
itself (`于9月16日前报送投诉举报数据（3月已报送的不再重复报送）`) is a deadline as ever."""

from __future__ import annotations

import re

from .dates import Deadline

# 9月2日前已报送的, 9月2日前均已上报: the sending done before the date
DONE_BEFORE = re.compile(r"^\s*(?:之前|以前|前)?\s*(?:均|都|各单位)?已(?:经)?(?:报送|上报|提交|发送|报)")


def sent_already_by(sentence: str, deadline: Deadline) -> bool:
    """The words right after ``deadline`` say what was sent by it is sent already (已报送…)."""
    return bool(DONE_BEFORE.match(sentence[deadline.end:]))
