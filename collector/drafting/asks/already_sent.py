"""A date that tells when something was sent already (`县市场局于9月2日前已报送的投诉举报数据不再重复报送`): 已报送 right
after the date's 前 says the sending is past, so the date asks for nothing now. A date whose 前 is followed by the sending
itself (`于9月16日前报送投诉举报数据（3月已报送的不再重复报送）`) is a deadline as ever.

Nor does a material the clause says is sent or passed already (`县教育局、县卫健局绩效目标表已审核通过，但…请另行补充《…说明》`)
name a thing to send: the table is done with, the 说明 is asked (``done_already``, read by requirements.material_names);
`…台账已报送但有误的，请重新报送` still asks it."""

from __future__ import annotations

import re

from ..timing.dates import Deadline

# 已报送, 已经上报: the sending done
SENT = r"已(?:经)?(?:报送|上报|提交|发送|报)"
# 9月2日前已报送的, 9月2日前均已上报: the sending done before the date
DONE_BEFORE = re.compile(r"^\s*(?:之前|以前|前)?\s*(?:均|都|各单位)?" + SENT)


def sent_already_by(sentence: str, deadline: Deadline) -> bool:
    """The words right after ``deadline`` say what was sent by it is sent already (已报送…)."""
    return bool(DONE_BEFORE.match(sentence[deadline.end:]))


# 绩效目标表已审核通过, 名单均已报送, 方案已经批复: what the material's state is, said right after its name
DONE_WITH = re.compile(r"\s*》?\s*(?:均|都)?已(?:经)?(?:审核通过|通过审核|审定|批复|备案|验收|报送|上报|提交|报)")
ASKED_AGAIN = re.compile(r"但|请|须|需|重新|再|更正|修改|补")


def done_already(text: str, end: int) -> bool:
    """The material named up to ``end`` is said to be sent or passed already, its clause asking nothing more of it."""
    done = DONE_WITH.match(text, end)
    if not done:
        return False
    rest = re.split(r"[，,；;。]", text[done.end():], maxsplit=1)[0]
    return not ASKED_AGAIN.search(rest)


# 各部门春节前已报送的证照样本不再重复报送: the thing sent already, fronted before the let-off, is all it lets off
FRONTED_SENT = re.compile(SENT + r"(?:过)?的\s*(?P<what>[\u4e00-\u9fa5]{2,16}?)\s*(?:均|都|也)?$")
# 已经报送的单位无需重复报送: the units that sent, not a thing
SENDERS = re.compile(r"(?:单位|部门|乡镇|乡|镇|机构)$")


def thing_sent_already(before_let_off: str) -> str:
    """What a let-off naming nothing after it (不再重复报送) lets off when its clause fronts a thing sent already
    (…已报送的证照样本): that thing, not the units' whole submission; "" for any other clause."""
    m = FRONTED_SENT.search(before_let_off)
    return m.group("what") if m and not SENDERS.search(m.group("what")) else ""
