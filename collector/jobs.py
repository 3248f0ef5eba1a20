"""The two jobs: poll the mailbox, import files. The CLI and tests call these.

Both hold an exclusive lock on the data dir (flock, released even after
kill -9), so an overlapping cron run exits at once without touching anything.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fcntl
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from collector import audit, fetch, parallel, pipeline, sources, store
from collector.faults import crash_point
from collector.config import Settings

LOCK_NAME = ".collector.lock"


class AlreadyRunning(Exception):
    pass


class StorageFull(Exception):
    pass


@contextlib.contextmanager
def exclusive_run(data_dir: Path) -> Iterator[None]:
    data_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(data_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise AlreadyRunning(f"another collector run holds {data_dir / LOCK_NAME}; not starting") from None
        store.sweep_temp_files(data_dir)
        yield
    finally:
        os.close(fd)


def _is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return "full" in str(exc)  # sqlite3: "database or disk is full"


def _load_position(ctx: pipeline.Context, settings: Settings) -> fetch.FolderPosition | None:
    row = ctx.db.execute(
        "SELECT uidvalidity, last_uid FROM sync_state WHERE account = ? AND folder = ?",
        [settings.account, settings.imap_folder],
    ).fetchone()
    return fetch.FolderPosition(row[0], row[1]) if row else None


def _save_position(ctx: pipeline.Context, settings: Settings, uidvalidity: int, uid: int) -> None:
    with ctx.db.atomic():
        ctx.db["sync_state"].upsert(
            {
                "account": settings.account,
                "folder": settings.imap_folder,
                "uidvalidity": uidvalidity,
                "last_uid": uid,
                "updated_at": audit.now_iso(),
            },
            pk=("account", "folder"),
        )
    crash_point("poll.position_saved")


def _record_reset(ctx: pipeline.Context, settings: Settings, old: int, new: int) -> None:
    """The folder was recreated (or its index lost): every mail is checked again by content.

    Recorded before anything is fetched, and the position restarts at UID 0 under the
    new UIDVALIDITY, so a crash during the re-check cannot skip a mail.
    """
    logging.getLogger(__name__).warning(
        "UIDVALIDITY of %s changed from %s to %s: re-checking every mail by content", settings.imap_folder, old, new
    )
    with ctx.db.atomic():
        audit.record(ctx.db, "uidvalidity_changed", folder=settings.imap_folder, account=settings.account, old=old, new=new)
    _save_position(ctx, settings, new, 0)


def run_poll(settings: Settings, now: dt.datetime | None = None) -> pipeline.RunReport:
    """One pass over the mailbox folder: everything new is archived, parsed, filed."""
    settings.require_imap()
    with exclusive_run(settings.data_dir):
        started = audit.now_iso()
        ctx = pipeline.open_context(settings.data_dir, settings.campaign)
        report = pipeline.RunReport("poll")
        position = _load_position(ctx, settings)
        client = fetch.connect(settings)
        try:
            result = fetch.open_folder(
                client, settings, position, on_reset=lambda old, new: _record_reset(ctx, settings, old, new)
            )
            for mail, outcome in parallel.ingest_stream(ctx, fetch.iter_mail(client, settings, result)):
                report.add(outcome)
                _save_position(ctx, settings, mail.uidvalidity, mail.uid)  # type: ignore[arg-type]
        except fetch.ConnectionLost as exc:
            # What was filed stays filed and the position says so: the next poll resumes.
            pipeline.finish_run(ctx, report, started, now)
            raise fetch.FetchError(
                f"connection to {settings.imap_host} lost after {report.seen} mail(s) ({exc}); "
                "the next poll resumes from there"
            ) from None
        except (OSError, sqlite3.OperationalError) as exc:
            if not _is_disk_full(exc):
                raise
            raise StorageFull(
                f"the archive's disk is full ({settings.data_dir}): stopped after {report.seen} mail(s); "
                "nothing was lost, the next poll resumes once there is space"
            ) from None
        finally:
            fetch.logout(client)
        if result.fetched == 0 and (position is None or position.uidvalidity != result.uidvalidity):
            _save_position(ctx, settings, result.uidvalidity, 0)  # remember UIDVALIDITY of an empty folder
        pipeline.finish_run(ctx, report, started, now)
        ctx.db.close()
        return report


def run_import(settings: Settings, paths: Iterable[Path], now: dt.datetime | None = None) -> pipeline.RunReport:
    """The same pipeline from .eml files, mbox files and Maildir folders."""
    with exclusive_run(settings.data_dir):
        started = audit.now_iso()
        ctx = pipeline.open_context(settings.data_dir, settings.campaign)
        report = pipeline.RunReport("import")
        mails = (mail for path in paths for mail in sources.iter_path(Path(path)))
        for _mail, outcome in parallel.ingest_stream(ctx, mails):
            report.add(outcome)
        pipeline.finish_run(ctx, report, started, now)
        ctx.db.close()
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
) -> dict:
    """A person's decision: file `message` under `unit` (or ignore it when unit is None).

    Overrides the matcher, is remembered (re-applied if the mail is processed
    again), goes into the audit chain with who and when, and the mail's files
    are linked into the unit's folder of the readable tree.
    """
    from collector import decisions, file

    with exclusive_run(settings.data_dir):
        ctx = pipeline.open_context(settings.data_dir, settings.campaign)
        with ctx.db.atomic():
            if unit is None:
                row = decisions.ignore(ctx.db, message, by=by, note=note)
            else:
                row = decisions.assign(ctx.db, message, unit, requirements, by=by, note=note, campaigns=ctx.campaigns)
            audit.record(
                ctx.db,
                "reassigned" if unit else "ignored_by_person",
                message_sha256=row["message_sha256"],
                actor=by,
                unit=unit,
                requirements=row["requirements"],
                note=note,
            )
        file.refile(ctx.data_dir, ctx.db, row["message_sha256"])
        pipeline.finish_run(ctx, pipeline.RunReport("decision"), audit.now_iso(), now)
        ctx.db.close()
        return row
