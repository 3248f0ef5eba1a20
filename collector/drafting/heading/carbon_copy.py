"""A mailbox the notice names only to copy the materials to another office (`发送至县专项债办邮箱（a@163.com），同时抄送
至县政府督查室邮箱（b@163.com）`): that office gets a copy and collects nothing, so its address is no collecting address
while another is left. A copy to a mailbox with no owner named (`同时抄送a_bak@126.com`, the issuer's spare) or to a
co-issuer of a joint notice (`同时抄送县民政局基层政权股邮箱…`, the notice signed by 县委组织部 and 县民政局) is where the
materials go too."""

from __future__ import annotations

import re

from .addresses import EMAIL
from .issuers_matter import COUNTY_OPENING

# 同时抄送至县政府督查室邮箱（b@163.com）: the office named between 抄送 and its 邮箱, then the address
COPY_TO = re.compile(r"(?:抄送|抄报)(?:至|给|到)?\s*(?P<owner>[\u4e00-\u9fa5]{2,16}?)(?:电子)?(?:邮箱|信箱)\s*[:：(（]?\s*"
                     rf"(?P<address>{EMAIL.pattern})")
# 县民政局基层政权股 → 民政局, 中共绥中县委督查室 → 督查室: the office, up to the word that ends its name, read after
# whichever county's name opens it (the county is in the owner and the issuer alike, so it tells no office apart)
OFFICE = re.compile(r"^(?:委)?(?P<office>[\u4e00-\u9fa5]{1,10}?(?:办公室|局|办|室|部|委|中心|站|院|所|队|会))")


def without_the_copies(addresses: list[str], body: str, issuer: str, unsettled: list[str]) -> list[str]:
    """The collecting addresses less those the body copies to an office that is none of the notice's issuers."""
    copies = {m.group("address").lower() for m in COPY_TO.finditer(body) if _another_office(m.group("owner"), issuer)}
    kept = [a for a in addresses if a.lower() not in copies]
    if not kept or kept == addresses:
        return addresses
    unsettled += [f"“{a}”是通知要求抄送其他单位的邮箱，未作为收件地址，请核对" for a in addresses if a.lower() in copies]
    return kept


def _another_office(owner: str, issuer: str) -> bool:
    m = OFFICE.match(COUNTY_OPENING.sub("", owner, count=1))
    return bool(m) and m.group("office") not in issuer
