"""Index stage: the SQLite database (via sqlite-utils), and who may open it how.

Tables (all text in UTF-8; times ISO 8601 with +08:00):

  messages        one row per distinct raw mail (by sha256 of its bytes)
  locations       where a raw mail was seen: IMAP folder/UIDVALIDITY/UID or an imported file
  attachments     every file of a mail: MIME parts, archive members, forwarded parts, links
  submissions     message x requirement it counts toward (for its unit)
  status          unit x requirement: complete / partial / missing, late, completed_at
  units           the roster of the campaign(s)
  requirements    what each campaign asks for, with deadlines
  sync_state      per IMAP folder: UIDVALIDITY and the last UID durably filed
  decisions       a person's assign / ignore / undo, with who, when and for which campaign
  learned_addresses  sender addresses tied to units
  audit_log       append-only, hash-chained events
  runs            one row per poll / import run

The tables are created and changed only by the numbered migrations of
collector/migrations.py (their definitions are there); the schema version is
``PRAGMA user_version``. The dashboard (datasette/metadata.yml) and ``collector
messages/status --json`` read them.

Opening rules:

  connect(data_dir)        writers, holding the run lock (collector/jobs.py): poll,
                           import and demo create the archive if there is none; every
                           writer applies pending migrations
  require_archive(...)     a writer that must not create one (export, reindex,
                           assign/ignore, upgrade) checks first, before taking the lock
  open_readonly(data_dir)  reading commands (status, messages, review, verify, serve):
                           a read-only connection; no archive, a schema newer than the
                           code, or one that needs migrating: ArchiveError, nothing
                           created or written (the run lock holder migrates, never a reader)

Every write transaction starts with ``BEGIN IMMEDIATE``: ``db.atomic()`` of the
databases opened here does so (sqlite-utils' own issues a plain, deferred BEGIN, and
a deferred transaction that reads before it writes fails with "database is locked",
without waiting, when another process committed in between).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from collector import migrations
from collector.migrations import ArchiveError, ArchiveNeedsUpgrade, ArchiveTooNew, NoArchive
from collector.roster import Roster, builtin_roster, load_roster
from collector.store import DB_NAME  # re-exported here; the data dir's layout is defined in store.py

__all__ = [
    "DB_NAME", "ArchiveDatabase", "ArchiveError", "ArchiveNeedsUpgrade", "ArchiveTooNew", "NoArchive",
    "connect", "open_readonly", "require_archive", "write_transaction",
]

BUSY_TIMEOUT_S = 30


@contextlib.contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error) on a plain sqlite3 connection
    outside a transaction: the write lock is taken first, waiting up to the busy
    timeout, so nothing read in it can go stale before it writes."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


class ArchiveDatabase(sqlite_utils.Database):
    """sqlite_utils.Database whose ``atomic()`` begins IMMEDIATE (sqlite-utils' own
    write helpers call ``atomic()`` too); nested blocks stay savepoints."""

    @contextlib.contextmanager
    def atomic(self) -> Iterator[ArchiveDatabase]:
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        with write_transaction(self.conn):
            yield self


def _open(uri: str) -> ArchiveDatabase:
    # isolation_level IMMEDIATE: the transaction Python's sqlite3 opens by itself
    # before an INSERT/UPDATE/DELETE outside atomic() begins IMMEDIATE as well
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level="IMMEDIATE")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
    return ArchiveDatabase(conn)


def require_archive(data_dir: Path) -> int:
    """The archive's schema version; NoArchive (nothing created) when there is none,
    ArchiveTooNew when a later release wrote it."""
    version = migrations.checked_version(data_dir)
    if version is None:
        raise migrations.no_archive(data_dir)
    return version


def connect(data_dir: Path) -> ArchiveDatabase:
    """Open for writing, creating the archive if there is none and applying pending
    migrations. Only for a process holding the run lock (runlock.exclusive_run)."""
    migrations.checked_version(data_dir)  # before opening it read-write: a newer archive is not touched
    data_dir.mkdir(parents=True, exist_ok=True)
    db = _open(migrations.db_uri(data_dir))
    try:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
        migrations.migrate(db, data_dir)
        _ensure_dashboard_indexes(db)
    except BaseException:
        db.close()
        raise
    return db


def _ensure_dashboard_indexes(db: ArchiveDatabase) -> None:
    """Indexes the dashboard's pages query by (collector/dashboard/schema.py): not part
    of the contract, created by writers when missing (a no-op, no write, when present)."""
    from collector.dashboard.schema import ensure_dashboard_indexes

    ensure_dashboard_indexes(db)


def open_readonly(data_dir: Path) -> ArchiveDatabase:
    """For reading commands: a read-only connection to an archive at this code's schema.
    Creates and writes nothing; ArchiveError (one line) when that is not possible."""
    version = require_archive(data_dir)
    if version < migrations.latest_version():
        raise migrations.needs_upgrade(data_dir, version)
    return _open(migrations.db_uri(data_dir, readonly=True))


def archive_roster(data_dir: Path) -> Roster:
    """The roster in force for the archive at ``data_dir``, read only: its own when it
    has one, else the shipped one (no archive yet, or one still to be migrated)."""
    try:
        db = open_readonly(data_dir)
    except ArchiveError:
        return builtin_roster()
    try:
        return load_roster(db)
    finally:
        db.close()
