"""Append-only, hash-chained audit log (table audit_log).

Each event's hash covers its content and the previous event's hash, so
changing or deleting any past row breaks every hash after it:

  hash = sha256(prev_hash + "\\n" + canonical JSON of (seq, at, event, message_sha256, actor, detail))

``verify_chain`` walks the log and names the first row that does not fit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import TYPE_CHECKING

from collector.store import AUDIT_SPOOL_NAME

if TYPE_CHECKING:  # kept light: the idle poll imports this module
    import sqlite_utils

GENESIS = "0" * 64


OFFICE_OFFSET = dt.timezone(dt.timedelta(hours=8))  # Asia/Shanghai has no daylight saving


def now_iso() -> str:
    """The one clock of the archive: ISO 8601 in office time (+08:00), whatever the
    machine's zone, so every stored time compares with every other as text."""
    return dt.datetime.now(OFFICE_OFFSET).isoformat(timespec="seconds")


def _event_hash(prev_hash: str, row: dict) -> str:
    body = json.dumps(
        [row["seq"], row["at"], row["event"], row["message_sha256"], row["actor"], row["detail"]],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(f"{prev_hash}\n{body}".encode("utf-8")).hexdigest()


def record(
    db: sqlite_utils.Database,
    event: str,
    *,
    message_sha256: str | None = None,
    actor: str = "collector",
    **detail: object,
) -> dict:
    """Append one event. Call inside the transaction that makes the change it describes."""
    last = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    row = {
        "seq": seq,
        "at": now_iso(),
        "event": event,
        "message_sha256": message_sha256,
        "actor": actor,
        "detail": json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str),
    }
    row["prev_hash"] = prev_hash
    row["hash"] = _event_hash(prev_hash, row)
    db["audit_log"].insert(row)
    return row


def verify_chain(db: sqlite_utils.Database) -> tuple[int, str | None]:
    """(events checked, None) if the chain holds, else (seq of first bad event, reason)."""
    prev_hash = GENESIS
    expected_seq = 1
    checked = 0
    for row in db.query("SELECT * FROM audit_log ORDER BY seq"):
        if row["seq"] != expected_seq:
            return row["seq"], f"event {expected_seq} is missing"
        if row["prev_hash"] != prev_hash:
            return row["seq"], "prev_hash does not match the event before it"
        if _event_hash(prev_hash, row) != row["hash"]:
            return row["seq"], "content does not match its hash"
        prev_hash = row["hash"]
        expected_seq += 1
        checked += 1
    return checked, None


def chain_head(db: sqlite_utils.Database) -> dict | None:
    row = db.execute("SELECT seq, at, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return {"seq": row[0], "at": row[1], "hash": row[2]} if row else None


# ----- events from the dashboard process -------------------------------------------------
# The dashboard must not write the chain itself: a second writer racing the poll for the
# next seq would make one of them fail. It appends to a spool file instead (O_APPEND lines,
# fsynced), and the next collector run, holding the run lock, folds the spool into the chain.

SPOOL_NAME = AUDIT_SPOOL_NAME


def spool_event(data_dir, event: str, actor: str, **detail: object) -> None:
    import os
    import uuid
    from pathlib import Path

    line = json.dumps(
        {"spool_id": uuid.uuid4().hex, "at": now_iso(), "event": event, "actor": actor, "detail": detail},
        ensure_ascii=False, default=str,
    )
    fd = os.open(Path(data_dir) / SPOOL_NAME, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
    try:
        os.write(fd, (line + "\n").encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def absorb_spool(db: sqlite_utils.Database, data_dir) -> int:
    """Record spooled events in the chain, each once (a crash before the spool is
    emptied must not record them twice). Call while holding the run lock."""
    from pathlib import Path

    path = Path(data_dir) / SPOOL_NAME
    if not path.exists():
        return 0
    recorded = 0
    with db.atomic():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                item = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut by a crash of the dashboard mid-write
            marker = f'"spool_id": "{item["spool_id"]}"'
            if db.execute("SELECT 1 FROM audit_log WHERE detail LIKE ? LIMIT 1", [f"%{marker}%"]).fetchone():
                continue
            record(db, item["event"], actor=item["actor"], spool_id=item["spool_id"], spooled_at=item["at"],
                   **item.get("detail", {}))
            recorded += 1
    path.write_bytes(b"")
    return recorded
