"""Append-only, hash-chained audit log (table audit_log).

Each event's hash covers its content and the previous event's hash, so
changing or deleting any past row breaks every hash after it:

  hash = sha256(prev_hash + "\\n" + canonical JSON of (seq, at, event, message_sha256, actor, detail))

``verify_chain`` walks the log and names the first row that does not fit.

Events from the dashboard (which must not write the chain) arrive through a
spool: one file per event, absorbed by the next collector run exactly once
(see "events from the dashboard process" below for why it is built that way).
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
# next seq would make one of them fail. It spools its events instead, and the next
# collector run, holding the run lock, folds the spool into the chain.
#
# The spool is a folder with one file per event (audit-spool/<time_ns>-<uuid>.json), not
# one file appended to: a file is written beside its final name, fsynced and then linked
# into place, so the absorbing run sees an event whole or not at all, and it only ever
# removes the files it has read, after the commit that recorded them. An event spooled
# while a run absorbs is simply not listed yet and waits for the next run; nothing is ever
# emptied or truncated under a writer. (With the earlier single file, "read it, then
# empty it" lost whatever was appended in between, and a line half-written at that moment.)
# Each event carries its id (spool_id) into the chain, so a run that dies between its
# commit and removing the files skips them the next time: recorded exactly once.

SPOOL_DIR = "audit-spool"
LEGACY_SPOOL_NAME = AUDIT_SPOOL_NAME  # the one-file spool of earlier versions, still absorbed


def spool_event(data_dir, event: str, actor: str, **detail: object) -> str:
    """Spool one event for the chain (any process, no lock needed); its spool_id."""
    import time
    import uuid
    from pathlib import Path

    from collector import store

    spool_id = f"{time.time_ns():020d}-{uuid.uuid4().hex}"
    body = json.dumps(
        {"spool_id": spool_id, "at": now_iso(), "event": event, "actor": actor, "detail": detail},
        ensure_ascii=False, default=str,
    )
    # The temp file is made beside the target (write_durably without data_dir), not in the
    # data dir's tmp/, which every run sweeps at its start.
    store.write_durably(Path(data_dir) / SPOOL_DIR / f"{spool_id}.json", body.encode("utf-8"))
    return spool_id


def events_waiting(data_dir) -> bool:
    import os
    from pathlib import Path

    for name in (LEGACY_SPOOL_NAME, LEGACY_SPOOL_NAME + ".absorbing"):
        legacy = Path(data_dir) / name
        if legacy.exists() and legacy.stat().st_size > 0:
            return True
    try:
        with os.scandir(Path(data_dir) / SPOOL_DIR) as entries:
            return any(e.name.endswith(".json") and not e.name.startswith(".") for e in entries)
    except FileNotFoundError:
        return False


def absorb_spool(db: sqlite_utils.Database, data_dir) -> int:
    """Record spooled events in the chain, each exactly once, oldest first; how many
    were new. Call while holding the run lock."""
    from pathlib import Path

    files = spooled_files(Path(data_dir))
    legacy = _legacy_spool(Path(data_dir))
    if not files and legacy is None:
        return 0
    read = [(path, item) for path, item in ((p, _read_spooled(p)) for p in files) if item is not None]
    items = _legacy_items(legacy) + [item for _, item in read]
    recorded = 0
    with db.atomic():
        done = _spool_ids_in_chain(db)
        for item in items:
            if item["spool_id"] in done:
                continue  # recorded by a run that died before removing its file
            record(db, item["event"], actor=item["actor"], spool_id=item["spool_id"], spooled_at=item["at"],
                   **item.get("detail", {}))
            done.add(item["spool_id"])
            recorded += 1
    for path in [p for p, _ in read] + ([legacy] if legacy else []):
        path.unlink(missing_ok=True)  # an unreadable event file stays for a person to look at
    _sweep_abandoned_temp_files(Path(data_dir) / SPOOL_DIR)
    return recorded


def _sweep_abandoned_temp_files(spool, older_than: float = 3600) -> None:
    """Temp files of a dashboard that died while spooling (never an event: not linked in)."""
    import time

    if not spool.is_dir():
        return
    for path in spool.glob(".tmp-*"):
        try:
            if time.time() - path.stat().st_mtime > older_than:
                path.unlink()
        except FileNotFoundError:
            pass


def spooled_files(data_dir) -> list:
    """The spooled events waiting, oldest first (whole files only; temp files start with '.')."""
    spool = data_dir / SPOOL_DIR
    if not spool.is_dir():
        return []
    return sorted(p for p in spool.iterdir() if p.name.endswith(".json") and not p.name.startswith("."))


def _read_spooled(path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:  # cannot happen by design (linked in whole); keep it for a person
        import logging

        logging.getLogger(__name__).warning("spooled event %s unreadable, left in place: %s", path, exc)
        return None


def _legacy_spool(data_dir):
    """The old one-file spool, renamed aside first so that an old writer still
    appending starts a new file instead of writing into the one being absorbed
    (one left aside by a run that died is absorbed first; the newer one next time)."""
    import os

    path, aside = data_dir / LEGACY_SPOOL_NAME, data_dir / (LEGACY_SPOOL_NAME + ".absorbing")
    if path.exists() and not aside.exists():
        os.rename(path, aside)
    return aside if aside.exists() else None


def _legacy_items(path) -> list[dict]:
    if path is None:
        return []
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError:
            continue  # a line cut by a crash of the old dashboard mid-write
    return items


def _spool_ids_in_chain(db) -> set[str]:
    return {
        r[0] for r in db.execute(
            "SELECT json_extract(detail, '$.spool_id') FROM audit_log WHERE detail LIKE '%\"spool_id\"%'"
        ) if r[0]
    }
