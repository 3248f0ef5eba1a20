"""What the dashboard's write forms share: office only, the run lock, one clear message.

Anything that writes the archive (a roster edit, a campaign file) holds the run
lock (collector/jobs.py), as a poll does. The dashboard waits a few seconds for
it; if a poll still holds it, the clerk is told to try again and nothing changes.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from urllib.parse import urlsplit

from datasette.utils.asgi import Forbidden, Response

from .. import index, runlock
from .auth import role_of

LOCK_WAIT_SECONDS = 5.0  # a page should not hang as long as the CLI waits (runlock.LOCK_WAIT_SECONDS)
BUSY_MESSAGE = "正在收取邮件，请稍后再试（本次修改未保存）"


class ArchiveBusy(Exception):
    """A poll or import holds the run lock."""


def require_office(request) -> str:
    """The logged-in clerk's user name; auditors and anonymous users may not write."""
    if role_of(request.actor) != "office":
        raise Forbidden("只有办公室账号可以修改")
    return request.actor.get("id") or "?"


def _locked_write(data_dir: Path, write, wait: float):
    try:
        with runlock.exclusive_run(data_dir, wait):
            db = index.connect(data_dir)
            try:
                return write(db)
            finally:
                db.conn.close()
    except runlock.AlreadyRunning:
        raise ArchiveBusy(BUSY_MESSAGE) from None


async def write_archive(data_dir: Path, write, wait: float | None = None):
    """Run ``write(db)`` under the run lock in a worker thread; ArchiveBusy if a run holds it
    for longer than ``wait`` seconds (default LOCK_WAIT_SECONDS)."""
    wait = LOCK_WAIT_SECONDS if wait is None else wait
    return await asyncio.to_thread(_locked_write, Path(data_dir), write, wait)


def local_path(target: str | None, default: str = "/") -> str:
    """``target`` if it is a path on this site (never another host), else ``default``."""
    if not target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    return target


def redirect(path: str) -> Response:
    return Response.redirect(local_path(path))
