"""A company selling a course: a training firm's 研修班 notice, with its own 报名回执, sent to the office's mailbox.

It looks like work (关于举办…研修班的通知, 各有关单位：, 附报名回执) and speaks of the same matters as a campaign (政务信息),
but a clerk sees at once it is an advertisement: a firm or training centre outside the government charges each trainee a
fee (每人收费3800元, 培训费2800元/人) and asks for sign-ups to its own mailbox. Asked only of a mail naming no unit of
ours; a public office's training (市委党校, 市应急局培训中心: a place's name or a public body in the sender's name) is no
advertisement, nor is a fee asked about without a sum (请问培训是否收费？).
"""

from __future__ import annotations

import re

from collector.model import Match, ParsedMail
from collector.match.text import content_lines

# 培训中心, 教育科技有限公司, 研修院: a seller of courses
SELLER = re.compile(r"公司|培训中心|培训学校|培训机构|研修院|研究院|教育科技|咨询|商学院")
# 沈阳市华政教育咨询有限公司: a company, whatever place it names
COMPANY = re.compile(r"公司$")
# 建昌县…, 葫芦岛市…, 党校, 人民政府, …局: a public body, whatever it calls its training unit
PUBLIC_BODY = re.compile(r"[省市县区]|党校|政府|人民|委员会|[局厅署]")
# 每人收费3800元 / 培训费：2800元/人 / 会务费每人1200元: a sum each trainee pays
FEE = re.compile(r"(?:收费|培训费|会务费|学费|报名费|资料费)[^。；;\n]{0,10}?\d[\d,.]*\s*元|\d[\d,.]*\s*元\s*/\s*人")
SIGN_UP = re.compile(r"报名")


def _seller(parsed: ParsedMail) -> str:
    """The sender's name or its sign-off line that names a course seller, not a public body; or ""."""
    lines = content_lines(parsed.body_text or "")
    for name in [parsed.from_name or "", *lines[-3:]]:
        if len(name) <= 30 and (COMPANY.search(name) or (SELLER.search(name) and not PUBLIC_BODY.search(name))):
            return name
    return ""


def a_course_for_sale(parsed: ParsedMail, signals: list[str]) -> Match | None:
    """Ignore a course seller's offer (a fee a trainee, a sign-up asked); None for any other mail."""
    text = f"{parsed.subject or ''}\n{parsed.body_text or ''}"
    fee = FEE.search(text)
    seller = _seller(parsed) if fee and SIGN_UP.search(text) else ""
    if not seller:
        return None
    return Match(None, None, [], "ignored", f"非报送邮件：{seller}的收费培训招生广告（写有“{fee.group()}”），不是本县的通知，"
                                            f"也不是名册单位的报送", 1.0, signals)
