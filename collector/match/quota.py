"""A nomination over the unit's 名额 (the campaign's ``quota``, drafted from the notice by drafting/asks/quota.py).

A mail nominating more than its unit's 名额 — by the sender's own count (`我镇推荐“最美基层干部”3名`) or by its forms
where the part asks one a person (`推荐表（Word，一人一表）`) — is not to be filed as it stands: a person sends it back
or has the unit drop one.
"""

from __future__ import annotations

import re

from collector.campaign import Campaign
from collector.model import ParsedMail
from collector.match.text import normalize
from collector.match.units import senders_own_text
from collector.match.words import file_title

NUMBER = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
COUNT = r"([0-9]{1,2}|[一两二三四五六七八九十])"
# 我镇推荐“最美基层干部”3名 / 共推荐3人: the sender's own count of its nominees
SAID = re.compile(r"推荐[^，。,；;！!？?\n]{0,20}?" + COUNT + r"\s*(?:名|人|位)(?!额)")
# 推荐先进集体1个（…）、先进个人2名（…、…）: the sender counts each kind it nominates; the nominees are the counts added
ITEM = r"[^，。,、；;！!？?\n0-9（(]{0,10}?" + COUNT + r"\s*(?:名|人|个|位)(?!额)(?:[（(][^（）()\n]{0,40}[）)])?"
LISTED = re.compile(r"推荐((?:" + ITEM + r"[、和及]){1,4}" + ITEM + ")")
ONE_A_PERSON = re.compile(r"一人一表|每人一表|一人一份|每人一份")
OVER = re.compile(r"[^。；;\n]*超(?:出|过)名额[^。；;\n]*")


def number(text: str) -> int:
    """2 or 两: a count as a notice or a mail writes it."""
    return int(text) if text.isdigit() else NUMBER[text]


def nominees(parsed: ParsedMail, campaign: Campaign, rids: list[str]) -> int:
    """How many the mail nominates: the sender's own count, or its forms where a part asks one form a person."""
    own = normalize(senders_own_text(parsed, [campaign]))
    said = [number(m.group(1)) for m in SAID.finditer(own)] + listed(own)
    parts = [p for r in campaign.requirements if r.id in rids for p in r.parts
             if p.kind == "document" and ONE_A_PERSON.search(p.title)]
    documents = [file_title(a) for a in parsed.attachments if a.kind == "document"]
    # 推荐表 and 事迹材料 each one a person: two of each are two nominees, so the parts' counts are not added
    forms = [sum(1 for title in documents if any(w in title for w in p.words)) for p in parts]
    return max([*forms, *said], default=0)


def listed(text: str) -> list[int]:
    """The sender's count of a list of kinds (推荐先进集体1个、先进个人2名: 3), one a list."""
    return [added(m.group(1)) for m in LISTED.finditer(text)]


def added(items: str) -> int:
    """先进集体1个、先进个人2名 -> 3."""
    return sum(number(i.group(1)) for i in re.finditer(ITEM, items))


def over_the_quota(parsed: ParsedMail, campaign: Campaign, unit: str, rids: list[str]) -> str:
    """The reason's words when the mail nominates more than the unit's 名额 (推荐3名，名额2名), else ""."""
    limit = campaign.quota_of(unit)
    if limit is None:
        return ""
    count = nominees(parsed, campaign, rids)
    if count <= limit:
        return ""
    rule = OVER.search(normalize(campaign.notice_text))
    return f"推荐{count}名，超过通知分配给该单位的名额{limit}名" + (f"（通知：“{rule.group(0).strip()}”）" if rule else "")
