"""How many a unit may nominate (名额), as the notice sets it, and a nomination over it.

A 推荐 notice gives each unit a 名额 — by kind in a sentence (`各镇推荐2名，各乡推荐1名`, `各乡镇推荐1名`) or by name in a
table (`县直有关单位推荐名额分配表`: `序号 单位 名额` over rows `1 县公安局 2`) — and says `推荐人数不得超过分配名额`
(often `超出名额推荐的，退回重新报送`). A mail nominating more than its unit's 名额 — by the sender's own count
(`我镇推荐“最美基层干部”3名`) or by its forms where the part asks one a person (`推荐表（Word，一人一表）`) — is not to be
filed as it stands: a person sends it back or has the unit drop one. Read from the campaign's kept `notice_text`.
"""

from __future__ import annotations

import re
import unicodedata

from collector.campaign import Campaign
from collector.model import ParsedMail
from collector.match.text import normalize
from collector.match.units import _own_text
from collector.match.words import file_title

NUMBER = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
COUNT = r"([0-9]{1,2}|[一两二三四五六七八九十])"
# 各镇推荐2名，各乡推荐1名 / 每个乡镇推荐不超过2名 / 各乡镇限报1人: a 名额 by the unit's kind
BY_KIND = re.compile(r"(?:各|每个?)(乡镇|镇|乡)(?:各)?(?:推荐|限报|报送|推选)(?:不超过|不得超过|限|[0-9]至)?" + COUNT + r"\s*(?:名|人)")
KINDS = {"镇": ("town",), "乡": ("township",), "乡镇": ("town", "township")}
# 序号 单位 名额 / 序号 推荐单位 推荐名额: the head of a table of 名额 by unit
TABLE_HEAD = re.compile(r"单位[^\n]*名额")
# 我镇推荐“最美基层干部”3名 / 共推荐3人: the sender's own count of its nominees
SAID = re.compile(r"推荐[^，。,；;！!？?\n]{0,20}?" + COUNT + r"\s*(?:名|人|位)(?!额)")
ONE_A_PERSON = re.compile(r"一人一表|每人一表|一人一份|每人一份")
OVER = re.compile(r"[^。；;\n]*超(?:出|过)名额[^。；;\n]*")


def _number(text: str) -> int:
    return int(text) if text.isdigit() else NUMBER[text]


def quota(campaign: Campaign, unit: str) -> int | None:
    """The unit's 名额 in the campaign's notice, or None when the notice sets none for it."""
    text = normalize(campaign.notice_text or "")
    u = campaign.unit_by_name(unit)
    if not text or u is None or "名额" not in text:
        return None
    names = {normalize(n) for n in u.all_names()}
    lines = unicodedata.normalize("NFKC", campaign.notice_text).splitlines()  # the cells' tabs kept
    for i, line in enumerate(lines):
        if not TABLE_HEAD.search(line):
            continue
        for row in lines[i + 1:]:
            cells = [c.strip() for c in re.split(r"\t| {2,}", row) if c.strip()]
            if len(cells) < 2:
                break  # the table ends at its first line that is no row
            if names & {normalize(c) for c in cells} and cells[-1].isdigit():
                return int(cells[-1])
    kind = getattr(u, "kind", "")
    for m in BY_KIND.finditer(text):
        if kind in KINDS[m.group(1)]:
            return _number(m.group(2))
    return None


def nominees(parsed: ParsedMail, campaign: Campaign, rids: list[str]) -> int:
    """How many the mail nominates: the sender's own count, or its forms where a part asks one form a person."""
    said = [_number(m.group(1)) for m in SAID.finditer(normalize(_own_text(parsed, [campaign])))]
    parts = [p for r in campaign.requirements if r.id in rids for p in r.parts
             if p.kind == "document" and ONE_A_PERSON.search(p.title)]
    forms = sum(1 for a in parsed.attachments if a.kind == "document"
                and any(w in file_title(a) for p in parts for w in p.words))
    return max([forms, *said])


def over_the_quota(parsed: ParsedMail, campaign: Campaign, unit: str, rids: list[str]) -> str:
    """The reason's words when the mail nominates more than the unit's 名额 (推荐3名，名额2名), else ""."""
    limit = quota(campaign, unit)
    if limit is None:
        return ""
    count = nominees(parsed, campaign, rids)
    if count <= limit:
        return ""
    rule = OVER.search(normalize(campaign.notice_text))
    return f"推荐{count}名，超过通知分配给该单位的名额{limit}名" + (f"（通知：“{rule.group(0).strip()}”）" if rule else "")
