"""`collector backup DEST`: a consistent copy of the archive, taken while the
timer's polls and the dashboard keep running, then verified.

The copy is taken under the run lock, so no poll, import or decision writes the
archive meanwhile (a poll that starts then exits 75 and the timer simply runs it
again later). The database is copied with SQLite's online backup API (the
dashboard may be reading it), and so is the dashboard's record of login attempts
(dashboard-logins.db: the failed-login throttle and /logins), then every stored
file: raw mails, attachment blobs, the filed/ tree, whose hard links into files/
stay hard links in the copy, what `verify --repair` moved aside to quarantine/ and
the clerk's campaign files. Events the dashboard spooled (exports) and no run has
absorbed yet are copied (whole event files; the old one-file spool up to its last
complete line). Finally `verify` runs on the copy.

Restore: stop the timer and the dashboard, put the copy in place of the data
dir (owned by the service user), run `collector verify`, start them again
(docs/deploy.md shows the commands).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from collector import audit, index, migrations, runlock, service, store, verify
from collector.campaign import ARCHIVE_CAMPAIGNS

# the clerk's campaign files and what verify --repair moved aside too
COPIED_DIRS = (store.RAW_DIR, store.FILES_DIR, store.FILED_DIR, verify.QUARANTINE_DIR, ARCHIVE_CAMPAIGNS)
COPIED_FILES = (service.HISTORY_NAME,)
# The dashboard's own database (collector/dashboard/login_guard.py LOGINS_DB; named
# here so a backup need not load Datasette). Written while the copy is taken.
DASHBOARD_LOGINS_DB = "dashboard-logins.db"


class BackupError(Exception):
    pass


@dataclasses.dataclass
class BackupResult:
    dest: Path
    files: int
    bytes: int
    seconds: float
    check: verify.VerifyReport

    @property
    def ok(self) -> bool:
        return self.check.ok

    def summary(self) -> str:
        return (
            f"backup: {self.dest}: database + {self.files} files ({self.bytes / 1e6:.1f} MB) "
            f"in {self.seconds:.1f} s; {self.check.summary()}"
        )


def backup(data_dir: Path, dest: Path, wait_seconds: float = runlock.BACKUP_LOCK_WAIT_SECONDS) -> BackupResult:
    data_dir, dest = Path(data_dir), Path(dest)
    if not (data_dir / store.DB_NAME).is_file():
        raise BackupError(f"no archive in {data_dir} (no {store.DB_NAME}); nothing to back up")
    _make_empty_dest(dest, data_dir)
    started = time.monotonic()
    with _run_lock(data_dir, wait_seconds):
        _copy_database(data_dir / store.DB_NAME, dest / store.DB_NAME)
        if (data_dir / DASHBOARD_LOGINS_DB).is_file():
            _copy_database(data_dir / DASHBOARD_LOGINS_DB, dest / DASHBOARD_LOGINS_DB)
        files, size = _copy_stored_files(data_dir, dest)
        _copy_complete_lines(data_dir / store.AUDIT_SPOOL_NAME, dest / store.AUDIT_SPOOL_NAME)
        _copy_spooled_events(data_dir, dest)
        for name in COPIED_FILES:
            if (data_dir / name).is_file():
                shutil.copy2(data_dir / name, dest / name)
    seconds = time.monotonic() - started
    return BackupResult(dest, files, size, seconds, verify_copy(dest))


def verify_copy(dest: Path) -> verify.VerifyReport:
    db = index.connect(dest)
    try:
        return verify.verify_archive(db, dest)
    finally:
        db.conn.close()


def _make_empty_dest(dest: Path, data_dir: Path) -> None:
    if dest.resolve() == data_dir.resolve() or data_dir.resolve() in dest.resolve().parents:
        raise BackupError(f"{dest} is inside the archive {data_dir}; back up to another folder")
    try:
        dest.mkdir(parents=True, exist_ok=True, mode=0o750)
    except OSError as exc:
        raise BackupError(f"cannot create {dest}: {exc.strerror}") from None
    if any(dest.iterdir()):
        raise BackupError(f"{dest} is not empty; back up to a new folder")


@contextlib.contextmanager
def _run_lock(data_dir: Path, wait_seconds: float) -> Iterator[None]:
    """The run lock, waiting up to ``wait_seconds`` for a running poll to finish.
    Giving up is a failure (exit 1), not exit 75: no backup was made."""
    try:
        with runlock.exclusive_run(data_dir, wait_seconds):
            yield
    except runlock.AlreadyRunning:
        raise BackupError(
            f"a collector run still held {data_dir / runlock.LOCK_NAME} after {wait_seconds:g} s; "
            "no backup was made, try again later"
        ) from None


def _copy_database(source: Path, target: Path) -> None:
    src = sqlite3.connect(migrations.sqlite_uri(source, readonly=True), uri=True, timeout=30)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = WAL")  # as the live archive has it
    finally:
        dst.close()
        src.close()


def _copy_stored_files(data_dir: Path, dest: Path) -> tuple[int, int]:
    """Every file under COPIED_DIRS; a file linked twice is linked twice in the copy, a
    symlink (what verify reports in filed/, or moved aside to quarantine/) stays one."""
    copied: dict[tuple[int, int], Path] = {}
    files = size = 0
    for top in COPIED_DIRS:
        for folder, dirs, names in os.walk(data_dir / top):
            target_dir = dest / Path(folder).relative_to(data_dir)
            target_dir.mkdir(parents=True, exist_ok=True)
            for name in names + [d for d in dirs if os.path.islink(os.path.join(folder, d))]:
                source = Path(folder) / name
                if source.is_symlink():
                    os.symlink(os.readlink(source), target_dir / name)
                    continue
                info = source.stat()
                key = (info.st_dev, info.st_ino)
                if key in copied:
                    os.link(copied[key], target_dir / name)
                    continue
                shutil.copy2(source, target_dir / name)
                copied[key] = target_dir / name
                files += 1
                size += info.st_size
    return files, size


def _copy_complete_lines(source: Path, target: Path) -> None:
    """The dashboard appends to the spool without the run lock: a line being written is left out."""
    if not source.is_file():
        return
    data = source.read_bytes()
    target.write_bytes(data[: data.rfind(b"\n") + 1])


def _copy_spooled_events(data_dir: Path, dest: Path) -> None:
    """Each spooled event is a whole file once it is there at all (audit.spool_event)."""
    events = audit.spooled_files(data_dir)
    if events:
        (dest / audit.SPOOL_DIR).mkdir()
        for path in events:
            shutil.copy2(path, dest / audit.SPOOL_DIR / path.name)
