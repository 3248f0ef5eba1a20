"""A mail asking the county to send people, not answering what a campaign asks.

A town finding a major hazard in a sweep writes at once (“紧急！…后山出现裂缝…请县里尽快协调自然资源局派专家到现场研判”),
its photos of the site attached: they are no 整改 pair and the mail is no submission, though it comes from the unit in
the campaign's window with pictures a photo requirement takes. A clerk reads the request and hands it to a person now.
A mail only mentioning help it got (县里派专家现场指导后已整改完毕) asks nothing and is filed as it stands.
"""

from __future__ import annotations

import re

from collector.campaign import Campaign
from collector.model import ParsedMail
from collector.match.text import normalize
from collector.match.units import senders_own_text

# 请县里尽快协调自然资源局派专家到现场研判 / 恳请上级派技术人员支援 / 请求县应急局派人指导: asked to send people
ASKS_TO_SEND = re.compile(r"(?:请|恳请|请求|申请)[^。；;！!？?\n]{0,16}?(?:派|派出|派遣|调派|增派|安排)"
                          r"[^。；;！!？?\n]{0,6}?(?:专家|技术人员|人员|人手|力量|队伍|救援队|工作组|人)"
                          r"[^。；;！!？?\n]{0,12}?(?:到现场|到场|现场|前来|过来|支援|增援|指导|研判|处置|帮助|协助)")


def asks_to_send_people(parsed: ParsedMail, campaign: Campaign) -> str | None:
    """The reason's words when the sender's own words ask the county to send people to it (experts to a hazard,
    hands for a rescue): a request for a person to act on now, not a submission."""
    found = ASKS_TO_SEND.search(normalize(senders_own_text(parsed, [campaign])))
    if not found:
        return None
    return f"邮件是请求县里派人（“{found.group(0)}”），不是报送材料，附件不按报送登记，要尽快转交有关同志"
