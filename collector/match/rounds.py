"""The office's second round: a unit answering the office's reply on its own answer.

A notice that checks every answer and asks an incomplete one again by replying (`答复不完整的，将通过回复邮件告知`)
gets answers on that thread: `回复：回复：杨树湾子乡无纸化问卷`, the unit's few lines on top (`更正：第五题…手机号码为…`),
under them the office's reply, under that the unit's own first answer. The lines on top often carry none of the figures
the requirement's field reads (a phone number mended, a problem described): they complete or correct the answer quoted
below, and so answer the same requirement. Only where the quote shows exactly that thread — the office's reply quoted
first (from a collecting address), the sender's own earlier mail under it — and the sender's words say they correct or
complete something and are not a promise to do it later (`收到，核实后尽快补充`).
"""

from __future__ import annotations

import re

from collector.campaign import Campaign
from collector.match.text import QUOTED_FROM_RE, normalize, quoted_senders

# 更正：…手机号码为…, 现补充如下, 第三题应为…: words that complete or correct an answer given before
MENDS = re.compile(r"更正|补充|补填|补录|改为|应为|修改为|更改为|订正|修正")
# 核实后尽快补充, 随后补报: the completion promised, not given
LATER = re.compile(r"(?:尽快|随后|稍后|马上|抓紧|核实后|核对后|完成后|汇总后|整理后|明天|下周)[^。；;\n]{0,12}?"
                   r"(?:补充|补填|补报|更正|反馈|报送|上报|发送|回复)")


def first_answer_under_the_offices_reply(parsed, campaign: Campaign, own: str) -> str:
    """The sender's own earlier mail, quoted under the office's reply it answers, when the sender's words ``own``
    (the quote left out) complete or correct it; "" otherwise. Asked only of a mail without files."""
    me = (parsed.from_addr or "").lower()
    offices = {a.lower() for a in campaign.mailbox_addresses}
    senders = quoted_senders(parsed.body_text or "")
    if (parsed.attachments or not me or len(senders) < 2 or senders[0] not in offices or me not in senders[1:]
            or not MENDS.search(own) or LATER.search(normalize(own))):
        return ""
    lines = (parsed.body_text or "").splitlines()
    heads = [k for k, ln in enumerate(lines) if (m := QUOTED_FROM_RE.match(ln)) and me in m.group("value").lower()]
    return "\n".join(ln.lstrip("> ") for ln in lines[heads[0] + 1:]) if heads else ""
