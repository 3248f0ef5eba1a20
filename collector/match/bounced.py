"""A unit's word that its own mail bounced and that it sends the files again (转发：系统退信 …现分两封重新发送): the
resend is a mail of its own, so this one, with nothing attached, has nothing to file and nothing to answer."""

from __future__ import annotations

import re

from collector.campaign import Campaign
from collector.match.requirements import asks_a_question
from collector.match.text import normalize
from collector.match.units import senders_own_text
from collector.model import ParsedMail

# 邮件被系统退回 / 收到退信 / 发送失败: the unit's earlier mail did not arrive
BOUNCED = re.compile(r"被(?:系统|邮件系统|服务器|对方服务器)?退回|退信|发送失败|投递失败|未能送达|没有发送成功|未发送成功")
# 重新发送 / 分两封重发 / 再次发送: the files follow in a mail of their own (not 无需重新发送: a provider's delay note)
SENT_AGAIN = re.compile(r"(?<!无需)(?<!不用)(?<!不必)(?<!不需)(?:重新(?:发送|报送|发|上报)|重发|再次(?:发送|报送)|分[两二三四\d]+(?:封|次)[^。，,；;]{0,6}(?:发送|发|报送))")


def says_its_bounced_mail_is_sent_again(parsed: ParsedMail, campaign: Campaign) -> bool:
    """Nothing attached; the sender's own words say its mail bounced and that it sends the files again, and ask
    nothing (是否需要重新发送？ is a question for a person)."""
    if parsed.attachments:
        return False
    own = normalize(senders_own_text(parsed, [campaign]))
    return bool(BOUNCED.search(own) and SENT_AGAIN.search(own)) and not asks_a_question(parsed, campaign)
