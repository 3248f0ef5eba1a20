"""An office off the roster that says it sends for a unit of the roster.

A 派出所, a school, a 中心 under a department sends the department's material from its own address, and says so in its
subject or its words: `城关派出所代县公安局报送…`, `现代为报送县教育局…`, a sign-off `某某中学（代县教育局）`. Named so,
the office only carries the mail: it is the unit's. An office that names the unit without saying it sends for it
(`城关派出所报送公安局问卷`) is still for a person to look at.

Nor need an office say so whose full name, in the mail's own words, is the unit's name followed by its own
(`建昌县公安局交通警察大队` under a subject `交警大队…`, `县人社局就业服务中心`), or the office's name without its
qualifier (`文化站` of `玲珑塔镇综合文化站`): it is a part of the unit. A roster unit
whose name only begins like the unit's, a body naming the unit as its superior (`县交通局主管的…`) or an office of
another level (`葫芦岛市公安局交通警察支队`) is not.
"""

from __future__ import annotations

import re

from collector.campaign import Campaign
from collector.model import ParsedMail
from collector.match.text import normalize
from collector.match.units import SUB_OFFICE, a_short_form_of, on_roster_elsewhere, senders_own_text

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


def an_office_of(name: str, unit: str, parsed: ParsedMail, campaigns: list[Campaign]) -> bool:
    """``name`` (off the roster) is an office of ``unit``: the mail's own words write one of the unit's names with
    ``name`` right after it, or the office ``name`` shortens (交警大队 of 建昌县公安局交通警察大队)."""
    if on_roster_elsewhere(name, campaigns):
        return False
    return any(names_the_office(name, office) and not on_roster_elsewhere(full, campaigns)
               for full, office in offices_named_after(unit, _mails_own_words(parsed, campaigns), campaigns))


# 县交通局下属运输站, 所属, 直属: a word of the unit's relation to a body of its own, not a qualifier of the office
RELATION = re.compile(r"下属|所属|直属|主管|管辖|隶属|的")


def names_the_office(name: str, office: str) -> bool:
    """交警大队 of 交通警察大队 (a short form), or 文化站 of 综合文化站 (the office without its leading qualifier, not
    运输站 of 下属运输站: a body under the unit)."""
    return a_short_form_of(name, office) or (len(name) >= 3 and office.endswith(name)
                                             and not RELATION.search(office[:-len(name)]))


def offices_named_after(unit: str, text: str, campaigns: list[Campaign]) -> list[tuple[str, str]]:
    """(full name, office) of each office ``text`` writes right after a name of ``unit`` that no other unit could
    carry: its roster name, its official name, a name with the county's (建昌县公安局 + 交通警察大队)."""
    names = {n for c in campaigns for u in c.units if u.name == unit
             for n in u.all_names() if n in (u.name, u.official_name) or n.startswith((c.county or "县", "县"))}
    if not names:
        return []
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    named = re.finditer(f"(?:{alternatives})(?P<office>{SUB_OFFICE.pattern})", text)
    return [(m.group(), m.group("office")) for m in named]


def _mails_own_words(parsed: ParsedMail, campaigns: list[Campaign]) -> str:
    """The sender's name, the subject, its own words and its documents: where an office writes its full name."""
    documents = [a.text for a in parsed.attachments if a.kind == "document" and a.text]
    return normalize("\n".join([parsed.from_name or "", parsed.subject or "", senders_own_text(parsed, campaigns),
                                 *documents]))
