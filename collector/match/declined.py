"""A sign-up sent back saying no one will come.

A training's 回执 asks each unit its participants (a field: a name beside a mobile number). A town returning the form
with “无” for a name, no mobile, and 备注 “均在抗旱一线，无法参训” has sent the paper but not the answer the notice wants
(每单位1至2名，不得无故缺席): filed, the cell would read as answered. A clerk holds it for a person to phone the town's
leader. A 回执 naming a participant and saying another cannot come (另1名同志因公无法参训) is filed: its field is there.
"""

from __future__ import annotations

import re

from collector.campaign import Campaign
from collector.model import ParsedMail
from collector.match.requirements import field_found
from collector.match.text import normalize
from collector.match.units import senders_own_text

# 无法参训 / 不能参加 / 均不参会 / 无人参加 / 不派员: the unit says it sends no one
SENDS_NO_ONE = re.compile(r"(?:无法|不能|不便|无人|不再|均不|都不|暂不)(?:参训|参会|参加|出席|报名)|不派(?:员|人)")


def sends_no_one(parsed: ParsedMail, campaign: Campaign, requirements: list[str]) -> str | None:
    """The reason's words when the mail answers a requirement of names (fields only) without any, saying no one comes."""
    reqs = [r for r in campaign.requirements if r.id in requirements]
    fields = [(r, p) for r in reqs for p in r.parts if p.kind == "field"]
    if not fields or any(p.kind != "field" for r in reqs for p in r.parts):
        return None
    documents = [a.text or "" for a in parsed.attachments if a.kind == "document"]
    text = "\n".join([senders_own_text(parsed, [campaign]), *documents])
    said = SENDS_NO_ONE.search(normalize(text))
    if not said or any(field_found(p, text, r) for r, p in fields):
        return None
    return f"回执没有填报参加人员，写的是“{said.group(0)}”，通知要求派员参加，要联系该单位落实"
