"""Versioned schema migrations of the archive's database (collector.db).

The schema version is SQLite's ``PRAGMA user_version``, not a ``schema_migrations``
table, because:

- it lives in the database header, which is journaled like any page: it changes in
  the same transaction as the migration and its audit event, all three or none;
- it can be read before any table exists and in one cheap statement, by the idle
  poll's read-only peek (which must not load sqlite-utils) and by reading commands,
  so a database newer than the code is told apart before anything is written;
- who ran which migration and when is already in the hash-chained audit log (event
  ``schema_migrated``), tamper-evident, where a table of our own would not be; and
  the dashboard gets no extra table to hide.

Archives made before migrations were versioned (release 3b85eb1 and older) have
user_version 0; migration 1 is their baseline.

Each migration runs once, in its own ``BEGIN IMMEDIATE`` transaction holding its
changes, its audit event and the new user_version; the version is read again inside
that transaction, so a migration another process has just applied is skipped. Only
a process holding the run lock migrates (collector/index.py says who opens how).

Adding migration N+1 (see docs/contributing.md): below the last one, a function
decorated ``@migration(N+1, "one line")`` that changes the schema with sqlite-utils
calls (never commits: no ``with db.conn``, no ``conn.commit()``) and returns what it
did, for the audit event. Never edit or renumber a migration that has been released.

Kept light (stdlib only at import time): the idle poll reads the version through it.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from collector import audit
from collector.store import DB_NAME

if TYPE_CHECKING:
    import sqlite_utils

MIGRATED_EVENT = "schema_migrated"


class ArchiveError(Exception):
    """The archive cannot be opened as asked; one line for the operator, nothing written."""


class NoArchive(ArchiveError):
    pass


class ArchiveTooNew(ArchiveError):
    pass


class ArchiveNeedsUpgrade(ArchiveError):
    pass


@dataclasses.dataclass(frozen=True)
class Migration:
    number: int
    description: str
    apply: Callable[[sqlite_utils.Database], dict]  # changes the schema; returns detail for the audit event


# ----- the schema version --------------------------------------------------------------


def read_version(data_dir: Path) -> int | None:
    """The archive's schema version, read-only; None when there is no archive (no
    database file, or one without a single table: an empty file is no archive)."""
    path = Path(data_dir) / DB_NAME
    if not path.is_file():
        return None
    conn = sqlite3.connect(db_uri(data_dir, readonly=True), uri=True, timeout=30)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == 0 and not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").fetchone():
            return None
        return version
    except sqlite3.OperationalError:
        raise  # e.g. a full disk (no room for the -shm file): the caller's storage error, not a bad file
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(f"{path} is not a readable collector database ({exc})") from None
    finally:
        conn.close()


def checked_version(data_dir: Path) -> int | None:
    """read_version, refusing (ArchiveTooNew) an archive a later release wrote."""
    version = read_version(data_dir)
    if version is not None and version > latest_version():
        raise too_new(data_dir, version)
    return version


def db_uri(data_dir: Path, readonly: bool = False) -> str:
    """The database's URI (any folder name works: it is percent-encoded)."""
    return sqlite_uri(Path(data_dir) / DB_NAME, readonly)


def sqlite_uri(path: Path, readonly: bool = False) -> str:
    """A ``file:`` URI for sqlite3.connect(uri=True): percent-encoded, so a folder
    name with spaces, Chinese, ``#`` or ``?`` names the file it says."""
    uri = Path(path).resolve().as_uri()
    return f"{uri}?mode=ro" if readonly else uri


def latest_version() -> int:
    return MIGRATIONS[-1].number


def too_new(data_dir: Path, version: int) -> ArchiveTooNew:
    return ArchiveTooNew(
        f"the archive at {data_dir} has schema version {version}, newer than this collector's "
        f"{latest_version()}: it was written by a later release; upgrade the collector (nothing was written)"
    )


def needs_upgrade(data_dir: Path, version: int) -> ArchiveNeedsUpgrade:
    return ArchiveNeedsUpgrade(
        f"the archive at {data_dir} has schema version {version}, this collector needs {latest_version()}: "
        "run `collector upgrade` to bring it up to date (the next poll does it too); nothing was written"
    )


def no_archive(data_dir: Path) -> NoArchive:
    return NoArchive(f"no archive at {data_dir} (no {DB_NAME} there); check --data-dir or COLLECTOR_DATA_DIR")


def _current(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


# ----- running them ------------------------------------------------------------------------


def migrate(db: sqlite_utils.Database, data_dir: Path) -> list[Migration]:
    """Apply every pending migration, each in its own transaction with its audit event.

    ``db`` comes from ``index.connect`` (its ``atomic()`` begins IMMEDIATE) and the
    caller holds the run lock. Returns the migrations applied (none when up to date)."""
    applied: list[Migration] = []
    if _current(db) == latest_version():
        return applied  # every open of an up-to-date archive: no write transaction at all
    for step in MIGRATIONS:
        with db.atomic():
            version = _current(db)
            if version > latest_version():
                raise too_new(data_dir, version)
            if version >= step.number:
                continue
            detail = step.apply(db)
            audit.record(
                db, MIGRATED_EVENT, migration=step.number, description=step.description, from_version=version, **detail
            )
            db.execute(f"PRAGMA user_version = {int(step.number)}")
        applied.append(step)
    return applied


MIGRATIONS: list[Migration] = []


def migration(number: int, description: str) -> Callable[[Callable], Callable]:
    """Register the decorated function as migration `number` (the next one in order)."""

    def register(apply: Callable[[sqlite_utils.Database], dict]) -> Callable:
        if number != len(MIGRATIONS) + 1:
            raise ValueError(f"migration {number} ({description}) is out of order: the next number is {len(MIGRATIONS) + 1}")
        MIGRATIONS.append(Migration(number, description, apply))
        return apply

    return register


def _schema_objects(db: sqlite_utils.Database) -> dict[str, str]:
    return dict(db.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall())


# ----- 1: the baseline ---------------------------------------------------------------------

# The baseline's schema is frozen: what release 3b85eb1 created. Later changes are
# later migrations, never edits here.
BASELINE_RELEASE = "3b85eb1"

# Columns 3b85eb1 added to archives of earlier releases on open.
BASELINE_ADDED_COLUMNS = [
    ("messages", "dkim_domain", str),
    ("messages", "sender_warning", str),
    ("messages", "received_chain", str),
    ("runs", "messages_through", int),  # the last messages.rowid the run's status refresh saw
]

# The dashboard's indexes as of 3b85eb1 (collector/dashboard/schema.py).
BASELINE_DASHBOARD_INDEXES = {
    "idx_dash_submissions_unit": "submissions (unit, requirement, received_at)",
    "idx_dash_messages_unit_received": "messages (unit, received_at)",
    "idx_dash_messages_state_received": "messages (state, received_at)",
}


def _baseline_tables(db: sqlite_utils.Database) -> None:
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
                "kind": str,  # photo | document | archive | link | empty | other
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


@migration(1, f"baseline: the schema of release {BASELINE_RELEASE}")
def _m001_baseline(db: sqlite_utils.Database) -> dict:
    """A new archive gets the whole schema. An archive of 3b85eb1 is already at it:
    nothing changes, and the event says so (judged by comparing sqlite_master before
    and after, not guessed). An older archive gets the columns it lacks."""
    before = _schema_objects(db)
    _baseline_tables(db)
    for table, column, kind in BASELINE_ADDED_COLUMNS:
        if column not in db[table].columns_dict:
            db[table].add_column(column, kind)
    for name, target in BASELINE_DASHBOARD_INDEXES.items():
        db.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")
    after = _schema_objects(db)
    changed = sorted(name for name, sql in after.items() if before.get(name) != sql)
    if not before:
        return {"baseline": "created", "release": BASELINE_RELEASE}
    if not changed:
        return {"baseline": "already at this schema", "release": BASELINE_RELEASE}
    return {"baseline": "brought up to this schema", "release": BASELINE_RELEASE, "changed": changed}


# ----- later migrations: below, each @migration(N, "...") with the next number ------------


@migration(2, "the standing roster, the campaigns in force, and what the status was computed for")
def _m002_roster_and_campaigns(db: sqlite_utils.Database) -> dict:
    """roster_units / roster_addresses (collector/roster.py), filled from the shipped
    roster; campaigns (one row per campaign in force, written by every run);
    collector_settings (the campaigns fingerprint the status was computed for)."""
    from collector import roster

    roster.ensure_roster_tables(db)
    if "campaigns" not in db.table_names():
        db["campaigns"].create(
            {"id": str, "title": str, "notice_date": str, "first_due": str, "last_due": str, "state": str,
             "units": int, "requirements": int, "source": str},
            pk="id",
        )
    if "collector_settings" not in db.table_names():
        db["collector_settings"].create({"key": str, "value": str}, pk="key")
    seeded = roster.seed_roster(db)
    return {"roster_units": db["roster_units"].count, "seeded": seeded}


@migration(3, "the filed/ tree's record and pending refiles; the outbox of receipts and reminders")
def _m003_tree_and_outbox(db: sqlite_utils.Database) -> dict:
    """filed_links / pending_refiles (collector/tree.py), the outbox tables
    (collector/outbox/queue.py), and an index for the receipts' look at newly filed mail."""
    from collector import tree
    from collector.outbox import queue

    before = set(db.table_names())
    tree.ensure_tables(db)
    queue.ensure_tables(db)
    db.execute("CREATE INDEX IF NOT EXISTS idx_messages_filed_at ON messages (filed_at)")
    return {"tables": sorted(set(db.table_names()) - before)}


@migration(4, "how far the photos left for later (thumbnail, hash) have been worked off")
def _m004_photo_work(db: sqlite_utils.Database) -> dict:
    """photo_work (collector/thumbnails.py): heavy photos without a phone preview get
    their thumbnail and hash from the run after the one that filed them. One row: how
    far the owed photos were worked off."""
    db.execute("CREATE TABLE IF NOT EXISTS photo_work (id INTEGER PRIMARY KEY CHECK (id = 1), checked_through INTEGER NOT NULL)")
    return {"tables": ["photo_work"]}


@migration(5, "the campaign each decision was made for")
def _m005_decision_campaign(db: sqlite_utils.Database) -> dict:
    """decisions.campaign: the campaign a person's decision filed the mail under (an
    ignore or an undo: the mail's campaign then). Earlier decisions get their mail's
    campaign where the archive knows it (a mail decided on more than once: its campaign
    now, the one its latest decision gave it)."""
    if "campaign" not in db["decisions"].columns_dict:
        db["decisions"].add_column("campaign", str)
    backfilled = db.execute(
        "UPDATE decisions SET campaign = (SELECT m.campaign FROM messages m WHERE m.sha256 = decisions.message_sha256)"
        " WHERE campaign IS NULL"
        " AND (SELECT m.campaign FROM messages m WHERE m.sha256 = decisions.message_sha256) IS NOT NULL"
    ).rowcount
    unknown = db.execute("SELECT count(*) FROM decisions WHERE campaign IS NULL").fetchone()[0]
    return {"column": "decisions.campaign", "backfilled": backfilled, "unknown": unknown}
