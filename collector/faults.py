"""Crash points for the durability tests.

The archive's promise is that a crash at any step loses and doubles nothing.
To prove it, tests run the collector with COLLECTOR_CRASH_AT=<point>[#n]: the
process ends abruptly (os._exit, no cleanup, like kill -9) the n-th time it
reaches that point. Unset (always, in real use) it costs one comparison.
"""

from __future__ import annotations

import errno
import os

CRASH_EXIT_CODE = 99
POINTS = (
    "store.tmp_written",  # temp file written and fsynced, not yet linked into place
    "store.linked",  # linked into place, directory not yet fsynced
    "ingest.raw_stored",  # raw mail durable, nothing parsed yet
    "ingest.files_stored",  # attachments stored, no rows yet
    "ingest.rows_written",  # rows written, transaction not committed
    "ingest.committed",  # the mail's transaction (rows and IMAP position together) committed
    "poll.position_saved",  # back in the poll loop after the commit
)

_wanted = os.environ.get("COLLECTOR_CRASH_AT") or None
# COLLECTOR_ENOSPC_AFTER=n: the n-th durable write and every later one fail with ENOSPC,
# for machines where the tests cannot mount a small filesystem.
_enospc_after = int(os.environ.get("COLLECTOR_ENOSPC_AFTER") or 0)
_writes = 0
_seen: dict[str, int] = {}


def crash_point(name: str) -> None:
    if _wanted is None:
        return
    point, _, nth = _wanted.partition("#")
    if point != name:
        return
    _seen[name] = _seen.get(name, 0) + 1
    if _seen[name] >= int(nth or 1):
        os._exit(CRASH_EXIT_CODE)


def crash_points_armed() -> bool:
    """While a crash point is armed the pipeline runs in one process (see
    parallel.default_workers), so "the n-th time" means the same in every run.
    The worker pool's own crash behaviour is tested with real kill -9."""
    return _wanted is not None


def disk_write_point() -> None:
    global _writes
    if not _enospc_after:
        return
    _writes += 1
    if _writes >= _enospc_after:
        raise OSError(errno.ENOSPC, "No space left on device (injected)")
