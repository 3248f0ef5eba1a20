"""Reminders (催报): the plan of who gets which text at which addresses, then the sending.

A plan lists, for each unit still missing something of a requirement not yet due,
the exact mail it would get, or that the unit has no known address (for the clerk
to phone). Campaigns may schedule reminders (``reminders: [{before: 24h}]``):
the first poll after that moment queues them, once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from collector import audit
from collector.campaign import Campaign
from collector.config import Settings
from collector.index import archive_roster
from collector.outbox import compose, queue
from collector.outbox.addresses import unit_addresses


@dataclasses.dataclass
class PlannedReminder:
    campaign: str
    requirement: str
    requirement_title: str
    unit: str
    state: str  # missing | partial
    missing: str
    due: str
    to: list[str]  # empty: no known address, phone them
    subject: str
    body: str

    def as_json(self) -> dict:
        return dataclasses.asdict(self)


def _office(campaign: Campaign) -> str:
    return campaign.office_names[0] if campaign.office_names else compose.DEFAULT_OFFICE


def plan(db, campaigns: list[Campaign], settings: Settings, now: dt.datetime,
         campaign_id: str | None = None, requirement_id: str | None = None) -> list[PlannedReminder]:
    out: list[PlannedReminder] = []
    for campaign in campaigns:
        if campaign_id and campaign.id != campaign_id:
            continue
        mailbox = campaign.mailbox_addresses[0] if campaign.mailbox_addresses else settings.imap_user
        for req in campaign.requirements:
            if (requirement_id and req.id != requirement_id) or req.due <= now:
                continue
            rows = db.execute(
                "SELECT unit, state, missing_parts FROM status WHERE campaign = ? AND requirement = ? "
                "AND state != 'complete' ORDER BY rowid",
                [campaign.id, req.id],
            ).fetchall()
            order = {u.name: i for i, u in enumerate(campaign.units)}
            for unit, state, missing in sorted(rows, key=lambda r: order.get(r[0], len(order))):
                facts = compose.ReminderFacts(unit, campaign.title, req.title, req.due.astimezone(campaign.tz),
                                              missing or "未报送", mailbox, _office(campaign))
                out.append(PlannedReminder(
                    campaign.id, req.id, req.title, unit, state, missing or "未报送",
                    req.due.astimezone(campaign.tz).isoformat(timespec="seconds"),
                    unit_addresses(db, campaign, unit), compose.reminder_subject(facts),
                    compose.reminder_text(facts, now.astimezone(campaign.tz)),
                ))
    return out


def enqueue_plan(db, items: list[PlannedReminder], settings: Settings, campaigns: list[Campaign],
                 key_suffix: str, by: str) -> int:
    offices = {c.id: _office(c) for c in campaigns}
    queued = 0
    with db.atomic():
        for item in items:
            if not item.to:
                continue
            message = compose.build_message(sender=settings.sender, office=offices[item.campaign], to=item.to,
                                            subject=item.subject, body=item.body, auto="auto-generated")
            queued += queue.enqueue(
                db, dedupe_key=f"reminder:{item.campaign}:{item.requirement}:{item.unit}:{key_suffix}",
                kind="reminder", message=message, campaign=item.campaign, unit=item.unit,
                requirement=item.requirement, by=by,
            )
    return queued


def queue_scheduled(db, campaigns: list[Campaign], settings: Settings, now: dt.datetime) -> int:
    """Queue the reminders whose time has come (once each); a time missed until the
    deadline passed is marked done without sending."""
    queued = 0
    for campaign in campaigns:
        for req in campaign.requirements:
            for before in campaign.reminders:
                minutes = int(before.total_seconds() // 60)
                at = (req.due - before).astimezone(audit.OFFICE_OFFSET).isoformat(timespec="seconds")
                key = {"campaign": campaign.id, "requirement": req.id, "before_minutes": minutes}
                with db.atomic():
                    row = db.execute(
                        "SELECT at, done_at FROM outbox_reminder_times WHERE campaign = ? AND requirement = ? "
                        "AND before_minutes = ?", list(key.values())).fetchone()
                    if row is None or (row[0] != at and row[1] is None):
                        db["outbox_reminder_times"].upsert({**key, "at": at, "done_at": None},
                                                           pk=("campaign", "requirement", "before_minutes"))
                    elif row[1] is not None:
                        continue
                if now < req.due - before:
                    continue
                items = plan(db, [campaign], settings, now, campaign.id, req.id) if now < req.due else []
                queued += enqueue_plan(db, items, settings, [campaign], f"before-{minutes}m", "schedule")
                with db.atomic():
                    db["outbox_reminder_times"].update(tuple(key.values()), {"done_at": audit.now_iso()})
    return queued


def run_remind(settings: Settings, campaign_id: str | None, requirement_id: str | None, *, send: bool,
               by: str, now: dt.datetime | None = None):
    """The plan, and with ``send`` the sending (under the run lock, status refreshed first).
    Returns (plan, DeliveryReport or None)."""
    from collector import index, runlock
    from collector.campaign import load_campaigns
    from collector.outbox import delivery
    from collector.status import refresh_status

    now = now or dt.datetime.now(dt.timezone.utc)
    campaigns = load_campaigns(settings.campaign, roster=archive_roster(settings.data_dir), data_dir=settings.data_dir)
    known = {c.id for c in campaigns}
    if campaign_id and campaign_id not in known:
        raise ValueError(f"no campaign {campaign_id!r} (known: {', '.join(sorted(known))})")
    if not send:  # a preview only reads (the dashboard shows it without the run lock)
        db = index.open_readonly(settings.data_dir)
        try:
            return plan(db, campaigns, settings, now, campaign_id, requirement_id), None
        finally:
            db.close()
    with runlock.exclusive_run(settings.data_dir):
        db = index.connect(settings.data_dir)
        try:
            with db.atomic():
                queue.ensure_tables(db)
            refresh_status(db, campaigns, now)
            items = plan(db, campaigns, settings, now, campaign_id, requirement_id)
            enqueue_plan(db, items, settings, campaigns, f"manual:{audit.now_iso()}", by)
            return items, delivery.deliver(db, settings)
        finally:
            db.close()
