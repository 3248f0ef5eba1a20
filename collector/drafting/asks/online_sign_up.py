"""The day an online registration closes (上半年征兵网上报名截止时间为6月30日): people signing up on a website or a
platform, nothing sent to the office, so no requirement, though 报名 reads as a sending elsewhere (报名表 mailed by a
date stays one)."""

from __future__ import annotations

import re

from ..heading.addresses import clause_at
from ..timing.dates import Deadline

ONLINE_SIGN_UP = re.compile(r"(?:网上|在线|线上|网络|系统|平台|小程序|APP|App|app)[^，,。；;]{0,6}?报名")
CLOSES = re.compile(r"截止|截至|结束|止")
# what a sending names: a form, a list, a material, a mailbox
SOMETHING_SENT = re.compile(r"表|名单|清单|材料|资料|附件|汇总|邮箱|邮件|电子版|@")


def online_sign_up_closes(sentence: str, deadline: Deadline) -> bool:
    """The deadline's clause is when an online registration closes (网上报名截止时间为…, 在线报名于…截止), and names
    nothing sent."""
    clause = clause_at(sentence, deadline.start)
    return bool(ONLINE_SIGN_UP.search(clause) and CLOSES.search(clause)) and not SOMETHING_SENT.search(clause)
