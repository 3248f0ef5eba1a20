"""The run lock: one process at a time writes an archive.

Every job that writes holds an exclusive lock on the data dir (flock, released even
after kill -9), so an overlapping cron run exits at once without touching anything.
Commands that write now and then (a person's decision, export, reindex, upgrade,
verify --repair) wait for it a bounded time (LOCK_WAIT_SECONDS) instead, then give
up with one line; a backup waits longer (BACKUP_LOCK_WAIT_SECONDS).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

from collector import store

LOCK_NAME = store.RUN_LOCK_NAME
LOCK_WAIT_SECONDS = 60.0  # how long a decision, export, reindex, upgrade wait for a running poll
BACKUP_LOCK_WAIT_SECONDS = 3600.0  # a backup outwaits even a long first ingest


class AlreadyRunning(Exception):
    pass


@contextlib.contextmanager
def exclusive_run(data_dir: Path, wait: float = 0) -> Iterator[None]:
    """Hold the run lock; AlreadyRunning if another run holds it (after `wait` seconds)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(data_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if not _lock_within(fd, wait):
            waited = f" (waited {wait:g} s)" if wait > 0 else ""
            raise AlreadyRunning(f"another collector run holds {data_dir / LOCK_NAME}; not starting{waited}")
        store.sweep_temp_files(data_dir)
        yield
    finally:
        os.close(fd)


def _lock_within(fd: int, wait: float) -> bool:
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)
