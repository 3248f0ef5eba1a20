"""What the database knows about the readable tree (filed/).

filed/ is what people open and copy out as evidence, so every entry the
collector puts there is recorded (table ``filed_links``: the path, the mail it
belongs to, the blob it is a hard link of and that blob's sha256), in the same
transaction as the rows that make it matter. ``collector verify`` checks the
tree against this record; ``collector verify --repair`` puts it back from the
content store.

A decision (assign / ignore) changes where a mail belongs. Its transaction
also commits a marker in ``pending_refiles``; whoever runs next (the decision
itself, or any later poll, import or decision if that one died) links the
files into the new folders, records the links and drops the marker together
with the status refresh, so a decision is never left half carried out.

Both tables come from migration 3 (collector/migrations.py).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from collector.store import FILED_DIR

LINKS_TABLE = "filed_links"
PENDING_TABLE = "pending_refiles"

_DDL = (
    f"""CREATE TABLE IF NOT EXISTS {LINKS_TABLE} (
        path TEXT NOT NULL,            -- relative to the data dir, under filed/
        message_sha256 TEXT NOT NULL,  -- the mail it belongs to
        blob TEXT NOT NULL,            -- raw/... or files/..., of which it is a hard link
        sha256 TEXT NOT NULL,          -- of the blob's bytes
        PRIMARY KEY (path, message_sha256)
    )""",
    f"CREATE INDEX IF NOT EXISTS {LINKS_TABLE}_by_message ON {LINKS_TABLE} (message_sha256)",
    f"""CREATE TABLE IF NOT EXISTS {PENDING_TABLE} (
        message_sha256 TEXT PRIMARY KEY,  -- a mail whose decision is not yet carried out in filed/
        decision_id INTEGER,
        since TEXT
    )""",
)


def ensure_tables(db) -> None:
    for statement in _DDL:
        db.execute(statement)


def has_tables(db) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [LINKS_TABLE]).fetchone() is not None


class Links(list):
    """filed/ entries made for one mail: (path, blob, sha256), to record with its rows."""

    def add(self, path: str, blob: str, sha256: str) -> None:
        self.append((path, blob, sha256))


def record_links(db, message_sha256: str, links: Iterable[tuple[str, str, str]]) -> None:
    """Call inside the transaction that makes the links matter."""
    db.conn.executemany(
        f"INSERT OR IGNORE INTO {LINKS_TABLE} (path, message_sha256, blob, sha256) VALUES (?, ?, ?, ?)",
        [(path, message_sha256, blob, sha) for path, blob, sha in links],
    )


def mark_pending(db, message_sha256: str, decision_id: int | None, since: str) -> None:
    """In the decision's own transaction: its files are still to be linked."""
    db.execute(
        f"INSERT OR REPLACE INTO {PENDING_TABLE} (message_sha256, decision_id, since) VALUES (?, ?, ?)",
        [message_sha256, decision_id, since],
    )


def pending(db) -> list[str]:
    if not has_tables(db):
        return []
    return [r[0] for r in db.execute(f"SELECT message_sha256 FROM {PENDING_TABLE} ORDER BY rowid")]


def clear_pending(db, message_sha256s: Iterable[str]) -> None:
    db.conn.executemany(f"DELETE FROM {PENDING_TABLE} WHERE message_sha256 = ?", [(s,) for s in message_sha256s])


def walk(data_dir: Path) -> Iterator[str]:
    """Every non-directory entry under filed/ (symlinks too, never followed), relative to data_dir."""
    start = len(str(data_dir)) + 1
    for directory, dirnames, filenames in os.walk(data_dir / FILED_DIR):
        rel_dir = directory[start:].replace(os.sep, "/")
        for name in filenames:
            yield f"{rel_dir}/{name}"
        for name in dirnames:
            if os.path.islink(os.path.join(directory, name)):
                yield f"{rel_dir}/{name}"


def prune_empty_dirs(data_dir: Path, rel: str) -> None:
    """Remove the now empty folders above rel, up to (not including) filed/."""
    root = data_dir / FILED_DIR
    directory = (data_dir / rel).parent
    while directory != root and root in directory.parents:
        try:
            directory.rmdir()
        except OSError:
            return
        directory = directory.parent
