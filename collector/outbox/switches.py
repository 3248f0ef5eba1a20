"""The dashboard's receipts switch: overrides the campaign file's ``receipts`` until changed again."""

from __future__ import annotations

from collector import audit, index, runlock
from collector.config import Settings
from collector.outbox import queue


def receipts_switches(db) -> dict[str, bool]:
    if "outbox_switches" not in db.table_names():
        return {}
    return {r[0]: bool(r[1]) for r in db.execute("SELECT campaign, receipts FROM outbox_switches").fetchall()}


def set_receipts(settings: Settings, campaign: str, on: bool, by: str) -> None:
    """Turn a campaign's receipts on or off (holding the run lock), recorded in the audit chain."""
    with runlock.exclusive_run(settings.data_dir):
        db = index.connect(settings.data_dir)
        try:
            with db.atomic():
                queue.ensure_tables(db)
                db["outbox_switches"].upsert(
                    {"campaign": campaign, "receipts": int(on), "changed_by": by, "changed_at": audit.now_iso()},
                    pk="campaign",
                )
                audit.record(db, "receipts_switched", actor=by, campaign=campaign, receipts=on)
        finally:
            db.close()
