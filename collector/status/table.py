"""The ``status`` table: every unit x requirement of each campaign, complete / partial / missing and late, written
after each run; ``status_rows`` reads it back (``collector status --json``); ``still_open`` and
``OwedWhenReceived`` say what a unit still owed when a mail came."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping

from collector.campaign import Campaign
from collector.status.evaluate import evaluate
from collector.status.mails import load_messages, mails_for, submissions_of
from collector.status.assigned import items_answered
from collector.status.supplied import only_parts_never_sent, photos_short, sent_before


def _iso(d: dt.datetime | None) -> str | None:
    return d.isoformat(timespec="seconds") if d else None



def refresh_status(db, campaigns: list[Campaign], now: dt.datetime) -> None:
    """Recompute the ``status`` table (and submissions.is_current) for every
    roster unit and each requirement that applies to it."""
    from collector.decisions import reapply_decisions

    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    reapply_decisions(db)
    for campaign in campaigns:
        msgs = load_messages(db, campaign)
        subs = submissions_of(db, campaign)
        last_from = _last_from(db, campaign)
        rows = []
        current_flags: list[tuple[int, str, str]] = []
        for unit in campaign.units:
            for req in campaign.requirements_for(unit):
                mine = mails_for(campaign, req, unit.name, msgs, subs)
                complete, completed_at, missing, current = evaluate(mine, req, campaign)
                for m in mine:
                    current_flags.append((1 if m.sha256 in current else 0, m.sha256, req.id))
                state = "complete" if complete else ("partial" if mine else "missing")
                due = req.due.astimezone(campaign.tz)
                late = (completed_at > due) if complete else (now > due)
                rows.append(
                    {
                        "campaign": campaign.id,
                        "unit": unit.name,
                        "unit_kind": unit.kind,
                        "requirement": req.id,
                        "state": state,
                        "late": int(late),
                        "completed_at": _iso(completed_at),
                        "due_at": _iso(due),
                        "messages": json.dumps([m.message_id for m in mine], ensure_ascii=False),
                        "message_sha256s": json.dumps([m.sha256 for m in mine]),
                        "missing_parts": "" if complete else ("未报送" if not mine else "缺" + "、".join(missing)),
                        "last_from": last_from.get(unit.name),
                        "updated_at": _iso(now.astimezone(campaign.tz)),
                    }
                )
        with db.atomic():
            db.execute("DELETE FROM status WHERE campaign = ?", [campaign.id])
            db["status"].insert_all(rows, replace=True)
            for flag, sha, req_id in current_flags:
                db.execute(
                    "UPDATE submissions SET is_current = ? WHERE message_sha256 = ? AND requirement = ?",
                    [flag, sha, req_id],
                )


def _last_from(db, campaign: Campaign) -> dict[str, str]:
    out: dict[str, str] = {}
    for unit, addr, name in db.execute(
        "SELECT unit, from_addr, from_name FROM messages WHERE state = 'filed' AND campaign = ? "
        "ORDER BY received_at",
        [campaign.id],
    ).fetchall():
        if addr:
            out[unit] = f"{name} <{addr}>" if name else addr
    return out


# Photos in a status row's mails that came inside a document (照片已插入文档), for
# the 报送情况 (status_rows, the dashboard): a status row ``s`` in the query.
EMBEDDED_PHOTOS_SQL = (
    "(SELECT count(*) FROM json_each(s.message_sha256s) m"
    " JOIN attachments a ON a.message_sha256 = m.value AND a.kind = 'photo' AND a.parent_idx IS NOT NULL"
    " JOIN attachments d ON d.message_sha256 = a.message_sha256 AND d.idx = a.parent_idx"
    " AND d.kind = 'document')"
)


def status_rows(db, campaign: str | None = None) -> list[dict]:
    """The JSON contract of ``collector status --json``: one object per roster
    unit and applicable requirement, in roster order. ``embedded_photos``: how
    many photos in the row's mails came inside a document."""
    sql = (
        "SELECT s.campaign, s.unit, s.requirement, s.state, s.late, s.completed_at, s.messages, "
        f"{EMBEDDED_PHOTOS_SQL} FROM status s "
        "LEFT JOIN units u ON u.campaign = s.campaign AND u.name = s.unit "
        "LEFT JOIN requirements r ON r.campaign = s.campaign AND r.id = s.requirement "
        + ("WHERE s.campaign = ? " if campaign else "")
        + "ORDER BY s.campaign, u.rowid, r.rowid, s.unit, s.requirement"
    )
    return [
        {
            "campaign": campaign_id,
            "unit": unit,
            "requirement": req,
            "state": state,
            "late": bool(late),
            "completed_at": completed_at,
            "messages": json.loads(messages or "[]"),
            "embedded_photos": embedded,
        }
        for campaign_id, unit, req, state, late, completed_at, messages, embedded
        in db.execute(sql, [campaign] if campaign else []).fetchall()
    ]


def still_open(db, campaign: Campaign, units: list[str],
               before: dt.datetime | None = None) -> dict[tuple[str, str], set[str]]:
    """(campaign, unit) -> the requirements each of ``units`` has not completed, by the filed mails
    received before ``before`` (all of them when None: what refresh_status says)."""
    by_name = {u.name: u for u in campaign.units}
    units = [by_name[u] for u in units if u in by_name]
    partners = {p for u in units for r in campaign.requirements_for(u) for p in campaign.slot_units(r.id, u.name)}
    everyone = partners | {u.name for u in units}
    msgs, subs = load_messages(db, campaign, everyone), submissions_of(db, campaign, everyone)
    if before is not None:
        msgs = {sha: m for sha, m in msgs.items() if m.received_at < before}
    return {
        (campaign.id, u.name): {
            req.id for req in campaign.requirements_for(u)
            if not evaluate(mails_for(campaign, req, u.name, msgs, subs), req, campaign)[0]
        }
        for u in units
    }


class OwedWhenReceived(Mapping):
    """(campaign, unit) -> the requirements the unit had yet to complete when a mail came: by the filed
    mails received before it. What match_mail weighs as "what the unit still owes" (a bare mail goes to
    the campaign it owes; a subject of a campaign already sent yields to files of one still owed), so a
    mail is decided on the mails before it, whichever order a run files them in, and matched again
    later (rematch) the same way. Worked out for the pairs asked, once each."""

    def __init__(self, db, campaigns: list[Campaign], received_at: dt.datetime):
        self._db, self._received_at = db, received_at
        self._campaigns = {c.id: c for c in campaigns}
        self._known: dict[tuple[str, str], set[str]] = {}

    def __getitem__(self, key: tuple[str, str]) -> set[str]:
        if key not in self:
            raise KeyError(key)
        if key not in self._known:
            campaign_id, unit = key
            self._known.update(still_open(self._db, self._campaigns[campaign_id], [unit], before=self._received_at))
        return self._known[key]

    def __contains__(self, key) -> bool:
        campaign = self._campaigns.get(key[0]) if isinstance(key, tuple) and len(key) == 2 else None
        return campaign is not None and campaign.unit_by_name(key[1]) is not None

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return ((c.id, u.name) for c in self._campaigns.values() for u in c.units)

    def __len__(self) -> int:
        return sum(len(c.units) for c in self._campaigns.values())

    def supplies_only_parts_never_sent(self, parsed, campaign_id: str, unit: str, rids: list[str]) -> bool:
        """The mail brings, for each of ``rids``, only parts the unit's earlier mails never brought."""
        campaign = self._campaigns.get(campaign_id)
        return campaign is not None and only_parts_never_sent(self._db, campaign, unit, rids, parsed, self._received_at)

    def sent_before(self, campaign_id: str, unit: str, rids: list[str]) -> bool:
        """The unit's earlier filed mails answered one of ``rids``."""
        campaign = self._campaigns.get(campaign_id)
        return campaign is not None and sent_before(self._db, campaign, unit, rids, self._received_at)

    def photos_short_before(self, campaign_id: str, unit: str, rid: str) -> bool:
        """The unit's earlier filed mails of ``rid`` brought fewer photos than its photo part asks."""
        campaign = self._campaigns.get(campaign_id)
        return campaign is not None and photos_short(self._db, campaign, unit, rid, self._received_at)

    def items_answered_before(self, campaign_id: str, unit: str, rid: str) -> set[str]:
        """The assigned items (建议第3号) of requirement ``rid`` the unit's filed mails answered before this one."""
        campaign = self._campaigns.get(campaign_id)
        req = campaign.requirement(rid) if campaign else None
        return items_answered(self._db, campaign, req, unit, self._received_at) if req and req.assigned else set()
