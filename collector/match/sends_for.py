"""An office off the roster that says it sends for a unit of the roster.

A 派出所, a school, a 中心 under a department sends the department's material from its own address, and says so in its
subject or its words: `城关派出所代县公安局报送…`, `现代为报送县教育局…`, a sign-off `某某中学（代县教育局）`. Named so,
the office only carries the mail: it is the unit's. An office that names the unit without saying it sends for it
(`城关派出所报送公安局问卷`) is still for a person to look at.
"""

from __future__ import annotations

import re

from collector.campaign import Campaign
from collector.model import ParsedMail
from collector.match.units import senders_own_text

# 代 not of 取代, 替代, 年代, 时代, 交代, 现代化
ON_BEHALF_OF = r"(?<![取替年时交])代(?!化)(?:为|替)?(?:报送|上报|提交|发送|报)?\s*(?:建昌县)?"


def says_it_sends_for(unit: str, parsed: ParsedMail, campaigns: list[Campaign]) -> bool:
    """The subject or the sender's own words say the mail is sent 代 (for) ``unit``, by one of its names."""
    names = {n for c in campaigns for u in c.units if u.name == unit for n in u.all_names() if len(n) >= 3}
    if not names:
        return False
    own = f"{parsed.subject or ''}\n{senders_own_text(parsed, campaigns)}"
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return bool(re.search(ON_BEHALF_OF + f"(?:{alternatives})", own))
