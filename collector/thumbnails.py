"""Thumbnails and perceptual hashes that the poll which filed a photo put off.

A photo over photos.DEFER_DECODE_BYTES with no embedded preview (a camera JPEG
whose EXIF was stripped, a HEIC without a thumbnail item) costs 20 ms or more
to decode, growing with its bytes. The parser files it with its size, EXIF time
and camera but without thumbnail and hash: the row itself (attachments:
thumbnail NULL, width set, no problem) is the durable marker that work is owed.

Every later poll or import, under the same run lock and after its own mail,
reads such photos back from the store and fills both in, one short transaction
per photo, for at most BUDGET_SECONDS; what is left waits for the run after.
Photos filed by the run itself are left for the next one, so a first poll of a
big mailbox costs little more than moving its bytes. A crash loses at most the
photo in hand: its row still says it is owed. `photo_work.checked_through` (an
attachments.id) keeps an idle poll from looking at rows it has seen already.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from pathlib import Path

from collector.faults import crash_point
from collector.migrations import sqlite_uri
from collector.store import DB_NAME

log = logging.getLogger(__name__)

BUDGET_SECONDS = float(os.environ.get("COLLECTOR_THUMBNAIL_BUDGET", 30))
CRASH_POINTS = ("thumbnails.photo_done",)  # a photo's thumbnail committed, more owed
_BATCH = 64
# An attachments row whose thumbnail and hash are owed (SQL, also used by the dashboard).
OWED = "(thumbnail IS NULL AND width IS NOT NULL AND problem IS NULL AND path IS NOT NULL)"
_OWED_ROWS = f"SELECT id, path FROM attachments WHERE id > ? AND id <= ? AND {OWED} ORDER BY id LIMIT ?"


def last_attachment_id(data_dir: Path) -> int:
    """The newest attachment row before this run (0 for a new archive); plain sqlite3, one lookup."""
    path = data_dir / DB_NAME
    if not path.exists():
        return 0
    with contextlib.closing(sqlite3.connect(sqlite_uri(path, readonly=True), uri=True)) as conn:
        try:
            return conn.execute("SELECT max(id) FROM attachments").fetchone()[0] or 0
        except sqlite3.OperationalError:  # no attachments table yet
            return 0


def checked_through(data_dir: Path) -> int:
    path = data_dir / DB_NAME
    with contextlib.closing(sqlite3.connect(sqlite_uri(path, readonly=True), uri=True)) as conn:
        try:
            row = conn.execute("SELECT checked_through FROM photo_work WHERE id = 1").fetchone()
        except sqlite3.OperationalError:  # not created yet: nothing checked
            return 0
    return row[0] if row else 0


def finish_owed(data_dir: Path, up_to: int, budget: float | None = None) -> int:
    """Thumbnails and hashes of photos filed by earlier runs (attachments.id <= up_to),
    for at most `budget` seconds; returns how many were done. Call under the run lock."""
    if up_to <= 0 or checked_through(data_dir) >= up_to:
        return 0
    from collector import index

    deadline = time.monotonic() + (BUDGET_SECONDS if budget is None else budget)
    db = index.connect(data_dir)
    done = 0
    try:
        start = checked_through(data_dir)
        while True:
            owed = db.execute(_OWED_ROWS, [start, up_to, _BATCH]).fetchall()
            for attachment_id, rel in owed:
                if time.monotonic() > deadline:
                    log.info("thumbnails: %d made, more owed, left for the next run", done)
                    return done
                _finish_one(db, data_dir, attachment_id, rel)
                done += 1
                crash_point("thumbnails.photo_done")
            if len(owed) < _BATCH:
                break
            start = owed[-1][0]
        with db.atomic():
            db.execute("INSERT OR REPLACE INTO photo_work (id, checked_through) VALUES (1, ?)", [up_to])
        return done
    finally:
        db.close()


def _finish_one(db, data_dir: Path, attachment_id: int, rel: str) -> None:
    from collector.parsers.photos import PhotoProblem, photo_info

    try:
        info = photo_info((data_dir / rel).read_bytes(), defer=False)
        values = {"phash": info.phash, "thumbnail": info.thumbnail, "problem": None}
    except PhotoProblem as exc:
        values = {"phash": None, "thumbnail": None, "problem": str(exc)}
    except OSError as exc:  # the stored file is gone or unreadable: say so on the row, do not retry forever
        values = {"phash": None, "thumbnail": None, "problem": f"缩略图未生成：存档文件无法读取（{exc.strerror}）"}
    with db.atomic():
        db.execute(
            "UPDATE attachments SET phash = ?, thumbnail = ?, problem = ? WHERE id = ? AND thumbnail IS NULL",
            [values["phash"], values["thumbnail"], values["problem"], attachment_id],
        )


def made_for_view(path: Path) -> bytes | None:
    """The thumbnail of an owed photo for the dashboard, made from the stored file
    and not stored (the dashboard never writes the archive; the next run does)."""
    from collector.parsers.photos import PhotoProblem, photo_info

    try:
        return photo_info(path.read_bytes(), defer=False).thumbnail
    except (PhotoProblem, OSError):
        return None
