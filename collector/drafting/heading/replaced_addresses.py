"""A mailbox the notice replaces with another: `报送邮箱由jclgbj@163.com改至jclgbj_new@163.com，原邮箱不再接收`,
`邮箱a@163.com变更为b@163.com`. The address before the changing verb is the old one, no collecting address; the one
after it is. Two addresses both in use (`Word版发送至a@…；扫描件发送至b@…`, one per group of units) have no such verb
between them. A change the notice says leaves the old one working (`原邮箱仍可接收`) keeps it."""

from __future__ import annotations

import re

# 改至, 变更为, 调整为: the verbs that change a mailbox to another
CHANGE_VERB = r"(?:改至|改为|改成|变更为|变更至|更改为|更换为|更新为|调整为|调整至|换为|换成)"
# 由a@…改至b@…, a@…变更为b@…, a@…调整为 b@…: the changing verb right after the old address, the new one right after it
CHANGED_TO = re.compile(rf"^\s*{CHANGE_VERB}\s*[:：]?\s*[A-Za-z0-9._%+-]+@")
# 原邮箱仍可接收, 原邮箱继续使用: the old one still takes mail
STILL_IN_USE = re.compile(r"原(?:报送)?(?:邮箱|信箱|地址)[^，,;；。]{0,6}?(?:仍|继续|照常|同时)")


def replaced_by_another(line: str, end: int) -> bool:
    """The address ending at ``end`` of ``line`` is one the line changes to another address (and does not keep)."""
    return bool(CHANGED_TO.match(line[end:])) and not STILL_IN_USE.search(line)


# 要求…报送至a@163.com。因该邮箱停用，现将报送邮箱变更为b@163.com，原邮箱不再接收材料: a later sentence says the
# mailbox named before is retired, pointing back at it (该邮箱 / 原邮箱 / 上述邮箱 … 停用 / 不再接收) …
POINTS_BACK_RETIRED = re.compile(r"(?:该|原|上述|此|前述)(?:报送|收件|电子)?(?:邮箱|信箱|邮件地址)[^，,;；。@]{0,8}?"
                                 r"(?:停用|不再接收|不再使用|停止接收|停止使用|作废|失效)")
# … or changes the mailbox to another (报送邮箱变更为b@163.com, 邮箱现改为b@…)
MAILBOX_CHANGED_TO = re.compile(rf"(?:邮箱|信箱|邮件地址)[^，,;；。@]{{0,6}}?{CHANGE_VERB}\s*[:：]?\s*"
                                r"(?P<new>[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+)")


def retired_by_a_later_sentence(address: str, later: list[str]) -> bool:
    """``address``, named in a sentence, is one a sentence right after retires: it points back at it as retired
    (`因该邮箱停用`, `原邮箱不再接收材料`) or changes the mailbox to another address (`现将报送邮箱变更为b@163.com`),
    and does not keep the old one working. Two mailboxes both in use (`Word版发送至a@…；扫描件发送至b@…`) say neither."""
    for sentence in later:
        if STILL_IN_USE.search(sentence):
            return False
        changed = MAILBOX_CHANGED_TO.search(sentence)
        if changed and changed.group("new").rstrip(".").lower() == address:
            return False  # the address the mailbox is changed to
        if POINTS_BACK_RETIRED.search(sentence) or changed:
            return True
    return False
