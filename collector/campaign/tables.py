"""The campaigns in force as rows: the ``campaigns``, ``units`` and ``requirements`` tables."""

from __future__ import annotations

import datetime as dt
import json

from .model import Campaign


def write_campaign_tables(db, campaigns: list[Campaign]) -> None:
    """Fill the ``campaigns``, ``units`` and ``requirements`` tables (replacing each campaign's rows)."""
    with db.atomic():
        _write_campaign_tables(db, campaigns)


def campaign_row(c: Campaign, now: dt.datetime | None = None) -> dict:
    now = now or dt.datetime.now(c.tz)
    first = min((r.due for r in c.requirements), default=None)
    return {
        "id": c.id,
        "title": c.title,
        "notice_date": c.notice_date.isoformat() if c.notice_date else None,
        "first_due": first.astimezone(c.tz).isoformat() if first else None,
        "last_due": c.last_due.astimezone(c.tz).isoformat() if c.last_due else None,
        "state": "open" if c.is_open(now) else "closed",
        "units": len(c.units),
        "requirements": len(c.requirements),
        "source": c.source,
    }


def _write_campaign_tables(db, campaigns: list[Campaign]) -> None:
    db["campaigns"].insert_all([campaign_row(c) for c in campaigns], pk="id", replace=True)
    for c in campaigns:
        db.execute("DELETE FROM units WHERE campaign = ?", [c.id])
        db.execute("DELETE FROM requirements WHERE campaign = ?", [c.id])
        db["units"].insert_all(
            [
                {
                    "campaign": c.id,
                    "name": u.name,
                    "kind": u.kind,
                    "official_name": u.official_name or u.name,
                    "aliases": json.dumps(u.aliases, ensure_ascii=False),
                    "addresses": json.dumps(u.addresses, ensure_ascii=False),
                    "division_code": u.division_code or None,
                }
                for u in c.units
            ],
            replace=True,
        )
        db["requirements"].insert_all(
            [
                {
                    "campaign": c.id,
                    "id": r.id,
                    "title": r.title,
                    "due_at": r.due.astimezone(c.tz).isoformat(),
                    "units": json.dumps(r.units, ensure_ascii=False),
                    "description": r.description
                    or "；".join(p.title for p in r.parts),
                }
                for r in c.requirements
            ],
            replace=True,
        )
