"""When the campaigns change, the mails waiting for a person are matched again.

A unit often answers a new notice before the clerk has set its campaign up;
such a mail goes to 待审核 ("可能属于尚未设置的新活动"). When a campaign is added
or edited (or the roster is), the next run matches every mail still waiting
there again, from what the index kept of it (a screenshot asked as proof is read
then: looks.proof_look), and files those that now land with confidence; their files are linked like a decision's (tree.py's pending
refiles), so a run that dies halfway leaves the rest to the next one. A person's decision is never undone: mails someone assigned
or ignored are not touched, and neither are mails held for a damaged part or
a parse error (only a person can judge those).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from collector import audit, tree
from collector.campaign import office_addresses
from collector.decisions import parsed_from_row
from collector.looks import proof_look
from collector.match import learn_address, load_learned, match_mail
from collector.model import Match
from collector.status import OwedWhenReceived

WAITING = (
    "SELECT * FROM messages m WHERE m.state = 'needs_review' AND m.parse_error IS NULL"
    " AND coalesce(m.problems, '[]') = '[]'"
    " AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.message_sha256 = m.sha256)"
    " AND NOT EXISTS (SELECT 1 FROM attachments a WHERE a.message_sha256 = m.sha256 AND a.problem IS NOT NULL)"
    " ORDER BY m.received_at, m.sha256"
)


@dataclasses.dataclass
class Rematched:
    sha256: str
    campaign: str
    unit: str
    requirements: list[str]


def rematch_waiting(ctx) -> list[Rematched]:
    """Match the waiting mails again against ``ctx``'s campaigns; file those that now land,
    each in its own transaction with its audit event and a pending-refile marker, so the
    files are linked by the run's carry_out_pending (or by the next run, if this one dies)."""
    filed: list[Rematched] = []
    for msg in list(ctx.db.query(WAITING)):
        parsed = parsed_from_row(ctx.db, msg)
        received_at = dt.datetime.fromisoformat(msg["received_at"])
        match = proof_look(ctx, parsed, match_mail(parsed, ctx.campaigns, ctx.learned, received_at=received_at,
                                                   open_requirements=OwedWhenReceived(ctx.db, ctx.campaigns, received_at)))
        if match.state != "filed":
            continue
        with ctx.db.atomic():
            _file(ctx.db, msg, match)
            learned = learn_address(ctx.db, parsed, match, msg["sha256"], office=office_addresses(ctx.campaigns))
            tree.mark_pending(ctx.db, msg["sha256"], None, audit.now_iso())
            audit.record(ctx.db, "rematched", message_sha256=msg["sha256"], campaign=match.campaign,
                         unit=match.unit, requirements=match.requirements)
        if learned:
            ctx.learned = load_learned(ctx.db)
        filed.append(Rematched(msg["sha256"], match.campaign, match.unit, match.requirements))
    return filed


def _file(db, msg: dict, match: Match) -> None:
    sha = msg["sha256"]
    db["messages"].update(sha, {
        "campaign": match.campaign, "unit": match.unit, "state": "filed",
        "reason": f"{match.reason}（活动设置后重新匹配）", "confidence": match.confidence,
        "signals": json.dumps(match.signals, ensure_ascii=False), "suggestions": "[]",
        "is_correction": int(match.is_correction),
    })
    db.execute("DELETE FROM submissions WHERE message_sha256 = ?", [sha])
    for requirement in match.requirements:
        db["submissions"].insert({
            "message_sha256": sha, "campaign": match.campaign, "unit": match.unit, "requirement": requirement,
            "received_at": msg["received_at"], "is_current": 1,
        }, replace=True)
