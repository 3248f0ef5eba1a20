"""Index stage: the SQLite database (via sqlite-utils).

Tables (all text in UTF-8; times ISO 8601 with +08:00):

  messages        one row per distinct raw mail (by sha256 of its bytes)
  locations       where a raw mail was seen: IMAP folder/UIDVALIDITY/UID or an imported file
  attachments     every file of a mail: MIME parts, archive members, forwarded parts, links
  submissions     message x requirement it counts toward (for its unit)
  status          unit x requirement: complete / partial / missing, late, completed_at
  units           the roster of the campaign(s)
  requirements    what each campaign asks for, with deadlines
  sync_state      per IMAP folder: UIDVALIDITY and the last UID durably filed
  decisions       a person's assign / ignore, with who and when
  learned_addresses  sender addresses tied to units
  audit_log       append-only, hash-chained events
  runs            one row per poll / import run

The schema is created idempotently by ``ensure_schema``; the dashboard
(datasette/metadata.yml) and ``collector messages/status --json`` read it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from collector.store import DB_NAME  # re-exported here; the data dir's layout is defined in store.py


def connect(data_dir: Path) -> sqlite_utils.Database:
    """Open the database with the durability settings the archive relies on."""
    data_dir.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(data_dir / DB_NAME), timeout=30)
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    db = sqlite_utils.Database(conn)
    with db.atomic():
        ensure_schema(db)
    return db


# Columns added after the first release: (table, column, type). Archives created
# earlier get them on open; nothing is ever dropped or rewritten.
ADDED_COLUMNS = [
    ("messages", "dkim_domain", str),
    ("messages", "sender_warning", str),
    ("messages", "received_chain", str),
    ("runs", "messages_through", int),  # the last messages.rowid the run's status refresh saw
]


def ensure_schema(db: sqlite_utils.Database) -> None:
    _create_tables(db)
    for table, column, kind in ADDED_COLUMNS:
        if column not in db[table].columns_dict:
            db[table].add_column(column, kind)
    from collector.dashboard.schema import DASHBOARD_INDEXES  # what the dashboard's pages query by

    for name, target in DASHBOARD_INDEXES.items():
        db.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")


def _create_tables(db: sqlite_utils.Database) -> None:
    if "messages" not in db.table_names():
        db["messages"].create(
            {
                "sha256": str,  # of the raw bytes: the mail's identity in the archive
                "message_id": str,
                "received_at": str,
                "from_addr": str,
                "from_name": str,
                "from_raw": str,
                "to_addrs": str,  # JSON list
                "subject": str,
                "date_header": str,
                "body_text": str,
                "campaign": str,
                "unit": str,
                "state": str,  # filed | needs_review | ignored
                "reason": str,
                "confidence": float,
                "signals": str,  # JSON list
                "suggestions": str,  # JSON list
                "is_correction": int,
                "parse_error": str,
                "problems": str,  # JSON list
                "raw_path": str,  # relative to the data dir
                "size": int,
                "received_chain": str,  # JSON: the Received hops (from, by, date_utc, delay)
                "dkim": str,  # pass | fail | none | temperror (collector/trust.py)
                "dkim_domain": str,
                "auth_results": str,  # the receiving server's Authentication-Results header
                "sender_warning": str,  # set when a known unit's address fails authentication
                "filed_at": str,
            },
            pk="sha256",
        )
        db["messages"].create_index(["received_at"])
        db["messages"].create_index(["unit"])
        db["messages"].create_index(["state"])
        db["messages"].create_index(["from_addr"])
    if "locations" not in db.table_names():
        db["locations"].create(
            {
                "id": int,
                "message_sha256": str,
                "source": str,  # imap | import
                "folder": str,
                "uidvalidity": int,
                "uid": int,
                "origin": str,
                "seen_at": str,
            },
            pk="id",
            foreign_keys=[("message_sha256", "messages", "sha256")],
        )
        db["locations"].create_index(
            ["source", "folder", "uidvalidity", "uid", "origin"], unique=True
        )
        db["locations"].create_index(["message_sha256"])
    if "attachments" not in db.table_names():
        db["attachments"].create(
            {
                "id": int,
                "message_sha256": str,
                "idx": int,  # order within the mail
                "parent_idx": int,  # archive / forwarded mail it came from
                "filename": str,
                "content_type": str,
                "kind": str,  # photo | document | archive | link | other
                "inline": int,
                "sha256": str,
                "size": int,
                "path": str,  # content-addressed blob, relative to the data dir
                "text": str,
                "text_status": str,
                "taken_at": str,
                "camera": str,
                "width": int,
                "height": int,
                "phash": str,
                "thumbnail": bytes,
                "link_url": str,
                "link_size": str,
                "link_expires": str,
                "problem": str,
            },
            pk="id",
            foreign_keys=[("message_sha256", "messages", "sha256")],
        )
        db["attachments"].create_index(["message_sha256", "idx"], unique=True)
        db["attachments"].create_index(["sha256"])
        db["attachments"].create_index(["phash"])
    if "submissions" not in db.table_names():
        db["submissions"].create(
            {
                "message_sha256": str,
                "campaign": str,
                "unit": str,
                "requirement": str,
                "received_at": str,
                "is_current": int,
            },
            pk=("message_sha256", "requirement"),
            foreign_keys=[("message_sha256", "messages", "sha256")],
        )
        db["submissions"].create_index(["campaign", "unit", "requirement"])
    if "status" not in db.table_names():
        db["status"].create(
            {
                "campaign": str,
                "unit": str,
                "unit_kind": str,
                "requirement": str,
                "state": str,  # complete | partial | missing
                "late": int,
                "completed_at": str,
                "due_at": str,
                "messages": str,  # JSON list of Message-IDs
                "message_sha256s": str,  # JSON list
                "missing_parts": str,  # what is still lacking, in Chinese
                "last_from": str,  # contact the unit last used
                "updated_at": str,
            },
            pk=("campaign", "unit", "requirement"),
        )
    if "units" not in db.table_names():
        db["units"].create(
            {
                "campaign": str,
                "name": str,
                "kind": str,
                "official_name": str,
                "aliases": str,  # JSON list
                "addresses": str,  # JSON list
                "division_code": str,
            },
            pk=("campaign", "name"),
        )
    if "requirements" not in db.table_names():
        db["requirements"].create(
            {
                "campaign": str,
                "id": str,
                "title": str,
                "due_at": str,
                "units": str,  # JSON list
                "description": str,
            },
            pk=("campaign", "id"),
        )
    if "sync_state" not in db.table_names():
        db["sync_state"].create(
            {
                "account": str,  # user@host
                "folder": str,
                "uidvalidity": int,
                "last_uid": int,
                "updated_at": str,
            },
            pk=("account", "folder"),
        )
    if "decisions" not in db.table_names():
        db["decisions"].create(
            {
                "id": int,
                "message_sha256": str,
                "action": str,  # assign | ignore
                "unit": str,
                "requirements": str,  # JSON list
                "decided_by": str,
                "decided_at": str,
                "note": str,
            },
            pk="id",
        )
        db["decisions"].create_index(["message_sha256"])
    if "learned_addresses" not in db.table_names():
        db["learned_addresses"].create(
            {
                "address": str,
                "campaign": str,
                "unit": str,
                "how": str,  # matched | confirmed
                "learned_at": str,
                "message_sha256": str,
            },
            pk="address",
        )
    if "audit_log" not in db.table_names():
        db["audit_log"].create(
            {
                "seq": int,
                "at": str,
                "event": str,
                "message_sha256": str,
                "actor": str,
                "detail": str,  # JSON
                "prev_hash": str,
                "hash": str,
            },
            pk="seq",
        )
    if "runs" not in db.table_names():
        db["runs"].create(
            {
                "id": int,
                "kind": str,  # poll | import
                "started_at": str,
                "finished_at": str,
                "fetched": int,
                "new": int,
                "duplicates": int,
                "needs_review": int,
                "errors": int,
                "detail": str,
            },
            pk="id",
        )
