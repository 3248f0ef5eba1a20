"""The jobs: poll the mailbox, import files, a person's decision. The CLI and tests call these.

Every job holds the run lock (collector/runlock.py) while it writes.
Whoever holds the lock opens the database with index.connect, which applies pending
schema migrations (collector/migrations.py); nobody else writes it.

A poll that finds nothing new (most polls, all year) takes a light path: it
reads its position with plain sqlite3, asks the server, and stops, without
loading the parsing and matching stages at all. Only new mail, a changed
UIDVALIDITY or a deadline passed since the last status refresh load them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from collector import fetch, migrations, store, thumbnails
from collector.audit import now_iso
from collector.config import Settings
from collector.faults import crash_point
from collector.model import RunReport
from collector.runlock import LOCK_WAIT_SECONDS, exclusive_run

if TYPE_CHECKING:
    from collector import index, pipeline

T = TypeVar("T")
DB_NAME = store.DB_NAME


class StorageFull(Exception):
    pass


@contextlib.contextmanager
def existing_archive_for_writing(data_dir: Path, wait: float = LOCK_WAIT_SECONDS) -> Iterator[index.ArchiveDatabase]:
    """The database of an archive that must already exist (NoArchive otherwise, nothing
    created), opened under the run lock, migrated; for export, reindex and upgrade."""
    from collector import index

    index.require_archive(data_dir)
    with exclusive_run(data_dir, wait):
        db = index.connect(data_dir)
        try:
            yield db
        finally:
            db.close()


def upgrade(data_dir: Path, wait: float = LOCK_WAIT_SECONDS) -> tuple[int, int]:
    """Apply pending schema migrations now: (version before, version after)."""
    from collector import index

    index.require_archive(data_dir)  # before the lock, which would create the folder
    with exclusive_run(data_dir, wait):
        before = index.require_archive(data_dir)
        index.connect(data_dir).close()
        return before, index.require_archive(data_dir)


def _is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    # sqlite3: "database or disk is full", or "disk I/O error" when even the WAL cannot grow
    return "full" in str(exc) or "disk I/O" in str(exc)


@contextlib.contextmanager
def _disk_full_means(settings: Settings, consequence: Callable[[], str]) -> Iterator[None]:
    """A full (or failing) disk becomes StorageFull: one line saying what it means."""
    try:
        yield
    except (OSError, sqlite3.OperationalError) as exc:
        if not _is_disk_full(exc):
            raise
        raise StorageFull(
            f"cannot write the archive: its disk is full or failing ({settings.data_dir}: {exc}); {consequence()}"
        ) from None


@contextlib.contextmanager
def _storage_errors_are_clean(settings: Settings, report: RunReport) -> Iterator[None]:
    """A full (or failing) disk ends the run with one clear line; what was filed stays filed."""
    with _disk_full_means(
        settings, lambda: f"stopped after {report.seen} mail(s); nothing was lost, the next run resumes once there is space"
    ):
        yield


# ----- the light path: what an idle poll needs ---------------------------------------


def _peek(settings: Settings, query: str, params: list) -> list[tuple]:
    """Read-only query without creating or migrating the database ([] if there is none yet)."""
    path = settings.data_dir / DB_NAME
    if not path.exists():
        return []
    conn = sqlite3.connect(migrations.sqlite_uri(path, readonly=True), uri=True, timeout=30)
    try:
        return conn.execute(query, params).fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc) or "no such column" in str(exc):
            return []  # an archive from before a table existed: take the full path
        raise  # e.g. no room for the -shm file: must not look like "no position" (a full re-download)
    finally:
        conn.close()


def read_position(settings: Settings) -> fetch.FolderPosition | None:
    rows = _peek(
        settings,
        "SELECT uidvalidity, last_uid FROM sync_state WHERE account = ? AND folder = ?",
        [settings.account, settings.imap_folder],
    )
    return fetch.FolderPosition(rows[0][0], rows[0][1]) if rows else None


def status_is_stale(settings: Settings, now: dt.datetime) -> bool:
    """True when the status table may be out of date: never computed, a mail filed
    after the last finished run (a run that crashed before its refresh), or a
    deadline passed since (a unit that sent nothing becomes late without any mail)."""
    last = _peek(settings, "SELECT max(updated_at) FROM status", [])
    if not last or last[0][0] is None:
        return True
    if campaigns_changed(settings):
        return True
    if not _peek(settings, "SELECT 1 FROM pragma_table_info('runs') WHERE name = 'messages_through'", []):
        return True  # an archive from before runs recorded it: one full pass adds it
    # By row, not by time: times are to the second, and a poll takes about one, so a
    # mail a crashed run filed can carry the very second the run before it finished in.
    unrefreshed = _peek(
        settings,
        "SELECT 1 FROM messages WHERE rowid > (SELECT coalesce(max(messages_through), 0) FROM runs) LIMIT 1",
        [],
    )
    if unrefreshed:
        return True
    refreshed = dt.datetime.fromisoformat(last[0][0])
    for (due,) in _peek(settings, "SELECT due_at FROM requirements", []):
        if due and refreshed < dt.datetime.fromisoformat(due) <= now:
            return True
    return False


def campaigns_changed(settings: Settings) -> bool:
    """A campaign file added, edited or removed (the clerk saved one on the
    dashboard), or the roster edited, since the status was last computed."""
    from collector.campaign import campaign_files, campaigns_fingerprint
    from collector.roster import CAMPAIGNS_KEY

    if not _peek(settings, "SELECT 1 FROM sqlite_master WHERE name = 'collector_settings'", []):
        return True
    stored = _peek(settings, "SELECT value FROM collector_settings WHERE key = ?", [CAMPAIGNS_KEY])
    current = campaigns_fingerprint(campaign_files(settings.campaign, settings.data_dir))
    return not stored or stored[0][0] != current


def _dashboard_events_waiting(settings: Settings) -> bool:
    """Exports made on the dashboard wait in a spool for a run to put them in the audit chain."""
    from collector import audit

    return audit.events_waiting(settings.data_dir)


def _decisions_waiting(settings: Settings) -> bool:
    """A decision whose files are not yet linked (its process died after the commit: tree.py)."""
    from collector import tree

    return bool(_peek(settings, f"SELECT 1 FROM {tree.PENDING_TABLE} LIMIT 1", []))


def _outbox_waiting(settings: Settings, now: dt.datetime) -> bool:
    """Mails to send (queued, held, a crashed send) or a scheduled reminder due (collector/outbox/)."""
    from collector.audit import OFFICE_OFFSET
    from collector.outbox.queue import WAITING_SQL

    return bool(_peek(settings, WAITING_SQL, [now.astimezone(OFFICE_OFFSET).isoformat(timespec="seconds")]))


def _stamp_idle_poll(settings: Settings) -> None:
    """When the mailbox was last checked, for the dashboard and the cron log."""
    conn = sqlite3.connect(settings.data_dir / DB_NAME, timeout=30, isolation_level="IMMEDIATE")
    try:
        with conn:  # the UPDATE opens the transaction: BEGIN IMMEDIATE, as every write transaction
            conn.execute(
                "UPDATE sync_state SET updated_at = ? WHERE account = ? AND folder = ?",
                [now_iso(), settings.account, settings.imap_folder],
            )
    finally:
        conn.close()


# ----- the full path -------------------------------------------------------------------


def _write_position(db, settings: Settings, uidvalidity: int, uid: int) -> None:
    db["sync_state"].upsert(
        {
            "account": settings.account,
            "folder": settings.imap_folder,
            "uidvalidity": uidvalidity,
            "last_uid": uid,
            "updated_at": now_iso(),
        },
        pk=("account", "folder"),
    )


def _save_position(ctx: pipeline.Context, settings: Settings, uidvalidity: int, uid: int) -> None:
    with ctx.db.atomic():
        _write_position(ctx.db, settings, uidvalidity, uid)


def _record_reset(ctx: pipeline.Context, settings: Settings, old: int, new: int) -> None:
    """The folder was recreated (or its index lost): every mail is checked again by content.

    Recorded before anything is fetched, and the position restarts at UID 0 under the
    new UIDVALIDITY, so a crash during the re-check cannot skip a mail.
    """
    from collector import audit

    logging.getLogger(__name__).warning(
        "UIDVALIDITY of %s changed from %s to %s: re-checking every mail by content", settings.imap_folder, old, new
    )
    with ctx.db.atomic():
        audit.record(ctx.db, "uidvalidity_changed", folder=settings.imap_folder, account=settings.account, old=old, new=new)
    _save_position(ctx, settings, new, 0)


def run_poll(settings: Settings, now: dt.datetime | None = None) -> RunReport:
    """One pass over the mailbox folder: everything new is archived, parsed, filed."""
    settings.require_imap()
    report = RunReport("poll")
    with exclusive_run(settings.data_dir), _storage_errors_are_clean(settings, report):
        started = now_iso()
        # a newer archive is refused before anything is fetched or written; an older
        # one is not idle: the full path migrates it
        version = migrations.checked_version(settings.data_dir)
        filed_before = thumbnails.last_attachment_id(settings.data_dir)
        position = read_position(settings)
        client = fetch.connect(settings)
        try:
            listing = fetch.open_folder(client, settings, position)
            idle = position is not None and not listing.new_uids and not listing.uidvalidity_changed
            idle = idle and not _dashboard_events_waiting(settings) and version == migrations.latest_version()
            idle = idle and not _decisions_waiting(settings)
            idle = idle and not _outbox_waiting(settings, now or dt.datetime.now(dt.timezone.utc))
            if idle and not status_is_stale(settings, now or dt.datetime.now(dt.timezone.utc)):
                _stamp_idle_poll(settings)
            else:
                report = _poll_with_pipeline(settings, client, position, listing, started, now, report)
        finally:
            fetch.logout(client)
        thumbnails.finish_owed(settings.data_dir, filed_before)  # put off by earlier runs (issue #16)
        return report


def _poll_with_pipeline(
    settings: Settings,
    client,
    position: fetch.FolderPosition | None,
    listing: fetch.PollResult,
    started: str,
    now: dt.datetime | None,
    report: RunReport,
) -> RunReport:
    from collector import parallel, pipeline

    try:
        ctx = pipeline.open_context(settings.data_dir, settings.campaign)
        if listing.uidvalidity_changed:
            _record_reset(ctx, settings, position.uidvalidity, listing.uidvalidity)  # type: ignore[union-attr]
        elif position is None:
            _save_position(ctx, settings, listing.uidvalidity, 0)  # remember UIDVALIDITY, even of an empty folder
        ctx.in_transaction = lambda db, mail: _write_position(db, settings, mail.uidvalidity, mail.uid)
        for _mail, outcome in parallel.ingest_stream(ctx, fetch.iter_mail(client, settings, listing)):
            report.add(outcome)
            crash_point("poll.position_saved")
    except fetch.ConnectionLost as exc:
        # What was filed stays filed and the position says so: the next poll resumes.
        pipeline.finish_run(ctx, report, started, now)
        raise fetch.FetchError(
            f"connection to {settings.imap_host} lost after {report.seen} mail(s) ({exc}); "
            "the next poll resumes from there"
        ) from None
    pipeline.finish_run(ctx, report, started, now)
    from collector.outbox.poll import after_filing

    report.outbox = after_filing(ctx, settings, started, now)
    ctx.db.close()
    return report


def run_import(settings: Settings, paths: Iterable[Path], now: dt.datetime | None = None) -> RunReport:
    """The same pipeline from .eml files, mbox files and Maildir folders."""
    from collector import parallel, pipeline, sources

    report = RunReport("import")
    with exclusive_run(settings.data_dir), _storage_errors_are_clean(settings, report):
        started = now_iso()
        filed_before = thumbnails.last_attachment_id(settings.data_dir)
        ctx = pipeline.open_context(settings.data_dir, settings.campaign)
        mails = (mail for path in paths for mail in sources.iter_path(Path(path), skip=settings.data_dir))
        for _mail, outcome in parallel.ingest_stream(ctx, mails):
            report.add(outcome)
        pipeline.finish_run(ctx, report, started, now)
        ctx.db.close()
        thumbnails.finish_owed(settings.data_dir, filed_before)
        return report


def decide(
    settings: Settings,
    message: str,
    *,
    unit: str | None,
    requirements: list[str] | None = None,
    by: str,
    note: str | None = None,
    now: dt.datetime | None = None,
    wait: float = LOCK_WAIT_SECONDS,
    campaign: str | None = None,
    check: Callable[..., None] | None = None,
) -> dict:
    """A person's decision: file `message` under `unit` of `campaign` (or ignore it when
    unit is None; decisions.REOPEN puts it back in 待审核).

    Overrides the matcher, is remembered (re-applied if the mail is processed
    again), goes into the audit chain with who and when, and the mail's files
    are linked into the unit's folder of the readable tree. Waits up to `wait`
    seconds for a running poll (then AlreadyRunning: nothing saved). If the files
    cannot be linked after the decision is committed (full disk, a crash), the
    next run of any kind finishes it (decisions.carry_out_pending). `check(db)`, if
    given, runs under the lock first and may refuse (raise) before anything is saved:
    the dashboard's "this mail changed since the page was shown".
    """
    from collector import decisions, index, pipeline

    index.require_archive(settings.data_dir)
    with exclusive_run(settings.data_dir, wait=wait):
        ctx = None
        try:
            with _disk_full_means(settings, lambda: "the decision was NOT saved"):
                ctx = pipeline.open_context(settings.data_dir, settings.campaign)
                if check is not None:
                    check(ctx.db)
                row = decisions.decide(ctx.db, message, unit, requirements, by=by, note=note,
                                       campaigns=ctx.campaigns, campaign=campaign)
            crash_point("decision.committed")
            with _disk_full_means(settings, lambda: "the decision is saved; the next run links its files and updates 报送情况"):
                pipeline.finish_run(ctx, RunReport("decision"), now_iso(), now)
            return row
        finally:
            if ctx is not None:
                ctx.db.close()


def edit_roster(settings: Settings, edit: Callable[..., T]) -> T:
    """Apply one roster edit (collector/roster.py) under the run lock: the roster
    is part of the archive, and a rename or merge moves filed mails too."""
    from collector import roster

    with existing_archive_for_writing(settings.data_dir) as db, db.atomic():
        result = edit(db)  # its audit event and the recompute flag commit together
        roster.forget_campaigns(db)
        return result


def save_campaign(settings: Settings, data: dict, by: str, replace: bool = False):
    """Check a campaign file against the archive's roster and keep it in the
    archive's campaigns folder, under the run lock, audited; live from the next run."""
    from collector import audit, roster
    from collector.campaign import save_campaign_file

    from collector import index

    # a new campaign may come before the first poll (the demo adds one so): this
    # creates the archive, as poll and import do
    with exclusive_run(settings.data_dir):
        db = index.connect(settings.data_dir)
        try:
            saved = save_campaign_file(settings.data_dir, data, roster.load_roster(db), replace=replace)
            with db.atomic():
                audit.record(db, "campaign_saved", actor=by, campaign=saved.id, title=saved.title,
                             source=str(Path(saved.source).name))
            return saved
        finally:
            db.close()
