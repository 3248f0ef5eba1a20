"""The numbered items (建议第3号) a unit's filed mails answered, for a requirement whose notice assigns items to units
(``Requirement.assigned``; collector/match/assigned.py reads them in a mail)."""

from __future__ import annotations

import datetime as dt

from collector.campaign import Campaign, Requirement
from collector.match.assigned import items_in_text
from collector.status.mails import load_messages, mails_for, submissions_of


def items_answered(db, campaign: Campaign, req: Requirement, unit: str, before: dt.datetime) -> set[str]:
    """The items of ``req`` the unit's filed mails received before ``before`` name, in their subjects, files' names
    or words."""
    msgs = {sha: m for sha, m in load_messages(db, campaign, {unit}).items() if m.received_at < before}
    out: set[str] = set()
    for m in mails_for(campaign, req, unit, msgs, submissions_of(db, campaign, {unit})):
        text = "\n".join([m.subject, *(f.filename for f in m.attachments), m.body])
        out |= {k for _, keys in items_in_text(text, req) for k in keys}
    return out
