"""A photo sent with a request for action, the campaign's material promised for later.

On the morning the sirens sound, a town writes to the 人防办: siren No. 3 on the 卫生院's roof did not sound, a photo is
attached, `请尽快派人检修`, and `登记表试鸣结束后汇总再报`. The mail is the campaign's (its words are the campaign's matter,
its notice even asks faults reported) but no material of it: the photo is none of the campaign's parts, the sender asks
the office to act, and says the material itself comes later. A person acts on it; the reason says so. Only when all
hold: photos only, a campaign asking the unit no photos, a request for action in the sender's own words (请…派人 /
检修 / 维修 / 处理 / 更换) and the material said to follow (…结束后再报, 随后报送, 汇总后上报). Otherwise a photo the
campaign does not ask is held as before (邮件只有照片…不要求照片).
"""

from __future__ import annotations

import re

from collector.campaign import Campaign
from collector.match.text import normalize
from collector.match.units import senders_own_text

STOP = r"[^。；;！!？?\n]"
# 请尽快派人检修 / 请县里派技术人员来看 / 请协调维修 / 请帮忙处理 / 恳请尽快更换
ACTION = re.compile(rf"(?:请|恳请|请求|麻烦){STOP}{{0,10}}?(?:派人|派员|派技术人员|派专人|检修|维修|修理|抢修|处理|排除|更换)"
                    r"(?:检修|维修|修理|抢修|处理|查看)?")
# 登记表试鸣结束后汇总再报 / 材料随后报送 / 总结活动完成后再发
LATER = re.compile(rf"(?:随后|稍后|另行|后续|结束后|完成后|汇总后|整理后|核实后|之后|以后|明天|下周){STOP}{{0,8}}?"
                   r"(?:再报|再发|再交|报送|上报|补报|补发|发送|报来|发来)")


def reports_a_fault(parsed, campaign: Campaign) -> str | None:
    """The reason's words when the sender's own words ask the office to act and put the material off (the photos the
    campaign does not ask being a report, not a submission), or None."""
    own = normalize(senders_own_text(parsed, [campaign]))
    asked, later = ACTION.search(own), LATER.search(own)
    if not (asked and later):
        return None
    return (f"邮件是报告情况、请求处理（“{asked.group(0)}”），所附照片不是“{campaign.title}”要求的材料，"
            f"材料另行报送（“{later.group(0)}”），请人工处理并转交有关同志")
