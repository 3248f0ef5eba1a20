"""The ``outbox`` table: every mail to send, recorded before it is sent and marked after.

States:
  queued       waiting to be sent (new, held by the daily cap, or after a 4xx answer)
  sending      claimed by a run; ``data_started`` says whether the SMTP DATA had begun
  sent         the SMTP server accepted it (``appended``: its copy is in the sent folder)
  failed       refused for good (a 5xx answer); never retried
  unconfirmed  a run died (or the link dropped) after DATA began and before the server's
               answer was recorded, and the sent folder has no copy: it may or may not have
               gone out. Never re-sent by itself (that could double it); shown for a person.

The tables are created here, idempotently, inside the caller's transaction.
"""

from __future__ import annotations

import json

from collector import audit

# For the idle poll (plain sqlite3, no schema created): is there anything to send?
WAITING_SQL = (
    "SELECT 1 FROM outbox WHERE state IN ('queued', 'sending') OR (state = 'sent' AND appended = 0) "
    "UNION ALL SELECT 1 FROM outbox_reminder_times WHERE done_at IS NULL AND at <= ? "
    # a mail a person filed since the last run (collector assign) is owed its receipt
    "UNION ALL SELECT 1 FROM messages m JOIN outbox_receipts_since r ON r.campaign = m.campaign "
    "WHERE m.state = 'filed' AND m.filed_at >= r.since "
    "AND NOT EXISTS (SELECT 1 FROM outbox_skipped k WHERE k.message_sha256 = m.sha256 AND k.state = m.state) "
    "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.dedupe_key = 'receipt:' || m.sha256) LIMIT 1"
)
STATES = ("queued", "sending", "sent", "failed", "unconfirmed")
KIND_LABELS = {"receipt": "回执", "ack": "收到确认", "reminder": "催报"}
STATE_LABELS = {"queued": "待发送", "sending": "发送中", "sent": "已发送", "failed": "发送失败", "unconfirmed": "未能确认"}


def ensure_tables(db) -> None:
    names = db.table_names()
    if "outbox" not in names:
        db["outbox"].create(
            {
                "id": int,
                "dedupe_key": str,  # one mail per key: receipt:<sha256>, reminder:<campaign>:<req>:<unit>:<when>
                "kind": str,  # receipt | ack | reminder
                "campaign": str,
                "unit": str,
                "requirement": str,
                "to_addrs": str,  # JSON list
                "subject": str,
                "message_id": str,
                "in_reply_to": str,
                "reply_to_sha256": str,  # the mail answered (receipt, ack)
                "raw": bytes,  # the mail exactly as it is (re)sent
                "state": str,
                "data_started": int,
                "appended": int,
                "attempts": int,
                "queued_at": str,
                "last_attempt_at": str,
                "sent_at": str,
                "error": str,
                "queued_by": str,
            },
            pk="id",
        )
        db["outbox"].create_index(["dedupe_key"], unique=True)
        db["outbox"].create_index(["message_id"], unique=True)
        db["outbox"].create_index(["state"])
    if "outbox_reminder_times" not in names:
        db["outbox_reminder_times"].create(
            {"campaign": str, "requirement": str, "before_minutes": int, "at": str, "done_at": str},
            pk=("campaign", "requirement", "before_minutes"),
        )
    if "outbox_receipts_since" not in names:
        db["outbox_receipts_since"].create({"campaign": str, "since": str}, pk="campaign")
    if "outbox_switches" not in names:  # the dashboard's receipts switch (outbox/switches.py)
        db["outbox_switches"].create(
            {"campaign": str, "receipts": int, "changed_by": str, "changed_at": str}, pk="campaign"
        )
    if "outbox_skipped" not in names:  # mails that get no receipt, and why
        # state: the mail's state when skipped; a person filing it later has it looked at again
        db["outbox_skipped"].create({"message_sha256": str, "state": str, "reason": str, "at": str},
                                    pk="message_sha256")


def enqueue(db, *, dedupe_key: str, kind: str, message, campaign: str, unit: str | None,
            requirement: str | None, reply_to_sha256: str | None = None, by: str = "collector") -> bool:
    """Record one mail to send (an EmailMessage), unless its key is already there. True if queued."""
    if db.execute("SELECT 1 FROM outbox WHERE dedupe_key = ?", [dedupe_key]).fetchone():
        return False
    to = [a.strip() for a in str(message["To"]).split(",")]
    db["outbox"].insert(
        {
            "dedupe_key": dedupe_key,
            "kind": kind,
            "campaign": campaign,
            "unit": unit,
            "requirement": requirement,
            "to_addrs": json.dumps(to, ensure_ascii=False),
            "subject": str(message["Subject"]),
            "message_id": str(message["Message-ID"]),
            "in_reply_to": str(message["In-Reply-To"] or "") or None,
            "reply_to_sha256": reply_to_sha256,
            "raw": message.as_bytes(),
            "state": "queued",
            "data_started": 0,
            "appended": 0,
            "attempts": 0,
            "queued_at": audit.now_iso(),
            "queued_by": by,
        }
    )
    audit.record(
        db, "outbox_queued", actor=by, message_sha256=reply_to_sha256, kind=kind, campaign=campaign,
        unit=unit, requirement=requirement, message_id=str(message["Message-ID"]), to=to,
    )
    return True


def update(db, row_id: int, **fields) -> None:
    db["outbox"].update(row_id, fields)


def rows(db, where: str = "", params: list | None = None) -> list[dict]:
    if "outbox" not in db.table_names():
        return []
    return list(db.query(f"SELECT * FROM outbox {where} ORDER BY id", params or []))


def listing(db) -> list[dict]:
    """The JSON contract of ``collector outbox --json``: one object per mail, oldest first."""
    return [
        {
            "id": r["id"],
            "kind": r["kind"],
            "campaign": r["campaign"],
            "unit": r["unit"],
            "requirement": r["requirement"],
            "to": json.loads(r["to_addrs"] or "[]"),
            "subject": r["subject"],
            "message_id": r["message_id"],
            "in_reply_to": r["in_reply_to"],
            "state": r["state"],
            "when": r["sent_at"] or r["last_attempt_at"] or r["queued_at"],
            "attempts": r["attempts"],
            "in_sent_folder": bool(r["appended"]),
            "error": r["error"],
        }
        for r in rows(db)
    ]
