"""A mail that only says a campaign's notice arrived.

`收到` from a phone (`发自我的iPhone`), the notice quoted below it, no file: the sender acknowledges the notice, brings
nothing and asks nothing. Whoever sends it (a unit's address or a personal one), there is nothing to file or answer:
ignored. Only an acknowledgement of receipt (收到, 已收到, 收悉, 已阅, 知悉) with courtesy beside it (好的, 谢谢) and a
short sign-off counts, and only of a notice: the reply's subject is a campaign notice's heading, or that heading stands in
the quoted mail. A file, a question, a number, any sentence more (`收到，材料随后报送`, `收到，有个问题…`), a thanks
without 收到 (`好的，谢谢！` to the office's receipt), or a 收到 to the office's reminder listing the units still owing
(whose 收到 promises a unit's material: a person notes who) is read as any other mail.
"""

from __future__ import annotations

import re

from collector.campaign import Campaign
from collector.match.requirements import notice_heading
from collector.match.text import content_lines, normalize
from collector.match.words import subject_text

ACKNOWLEDGED = re.compile(r"(?:已经?|均已|都已|已全部)?(?:收到|收悉|知悉|已阅|阅悉)(?:了|啦)?")
COURTESY = re.compile(r"好的|好|谢谢(?:您|你)?|感谢|多谢|辛苦了?|您好|你好|ok|OK|嗯|明白|的")
SALUTATION = re.compile(r"[\u4e00-\u9fa5（）()]{2,30}[:：]")
# a reply's subject (回复：…, Re: …), none, or the acknowledgement itself
REPLY_SUBJECT = re.compile(r"^\s*(?:re|回复|答复)\s*[:：]", re.IGNORECASE)
# a sign-off under it: a person's name, or an office (县司法局办公室, 娘娘庙乡综治办) and maybe a name after it
SIGN_OFF = re.compile(r"[\u4e00-\u9fa5·]{2,4}|[\u4e00-\u9fa5（）()]{1,14}(?:局|委|办|办公室|中心|政府|乡|镇|站|所|股|科|室|院|会)"
                      r"(?:\s*[\u4e00-\u9fa5·]{2,4})?")


def _squashed(text: str) -> str:
    return re.sub(r"\s", "", normalize(text))


def a_notice_acknowledged(parsed, campaigns: list[Campaign]) -> bool:
    """The mail answered is one of ``campaigns``' notices: the reply's subject is its heading, or the heading stands in
    the body (the quoted notice)."""
    headings = {_squashed(notice_heading(c)) for c in campaigns} - {""}
    subject, body = _squashed(subject_text(parsed.subject)), _squashed(parsed.body_text or "")
    return any(h == subject or h in body for h in headings)


def only_says_it_received(parsed, own: str, campaigns: list[Campaign]) -> bool:
    """No file of any kind, a reply's subject (or none, or 收到), a campaign's notice answered, and the sender's own
    words ``own`` (the quote cut, a phone's 发自我的iPhone dropped) only acknowledge receipt: 收到 / 已收到，谢谢 /
    收悉, a salutation before and a name after at most."""
    if parsed.attachments or not a_notice_acknowledged(parsed, campaigns):
        return False
    subject = parsed.subject or ""
    if subject.strip() and not REPLY_SUBJECT.match(subject) and not ACKNOWLEDGED.fullmatch(subject_text(subject)):
        return False
    lines = content_lines(own)
    if lines and SALUTATION.fullmatch(lines[0]):
        lines = lines[1:]
    if len(lines) > 1 and SIGN_OFF.fullmatch(lines[-1]) and not ACKNOWLEDGED.search(lines[-1]):
        lines = lines[:-1]
    text = "".join(lines)
    if not ACKNOWLEDGED.search(text):
        return False
    rest = COURTESY.sub("", ACKNOWLEDGED.sub("", text))
    return not re.sub(r"[\s，,。.！!、~～…]", "", rest)
