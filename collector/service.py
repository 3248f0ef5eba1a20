"""Running as a service: who may touch the archive, and how the polls have been going.

The archive belongs to the service user. A command run by anyone else (root
included) would leave files that user cannot write, and the next poll from the
timer would fail; so it is refused in one line before anything is touched.

Every poll (from the timer or by hand) records how it ended in
``poll-history.json`` under the data dir, written under the run lock; the
dashboard reads it to show when the mailbox was last read and to warn when polls
have failed or not run for longer than ``poll_alert_hours``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pwd
import sqlite3
import sys
from pathlib import Path

HISTORY_NAME = "poll-history.json"
HISTORY_LENGTH = 20
RECORD_WAIT_SECONDS = 2.0  # a backup may take the lock the moment the poll lets it go


class NotOwner(Exception):
    """The command runs as a user that does not own the folder it would write."""


def owner_name(uid: int) -> str:
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def require_owner(path: Path, what: str) -> None:
    """Refuse to work on ``path`` as anyone but its owner (if it exists)."""
    try:
        uid = Path(path).stat().st_uid
    except FileNotFoundError:
        return
    if uid != os.geteuid():
        owner = owner_name(uid)
        raise NotOwner(
            f"{what} {path} belongs to user {owner}, not {owner_name(os.geteuid())}; "
            f"nothing was changed; run it as that user: sudo -u {owner} {_this_command()} ..."
        )


def _this_command() -> str:
    """The path of the `collector` being run (sudo's PATH rarely has the venv), else its name."""
    argv0 = Path(sys.argv[0])
    return str(argv0.resolve()) if argv0.name == "collector" and argv0.exists() else "collector"


# ----- poll history ----------------------------------------------------------------------


def read_history(data_dir: Path) -> list[dict]:
    try:
        data = json.loads((Path(data_dir) / HISTORY_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [a for a in data.get("attempts", []) if isinstance(a, dict)] if isinstance(data, dict) else []


def record_poll(data_dir: Path, ok: bool, message: str) -> bool:
    """Add one attempt to the history, under the run lock; False if another run holds
    it (that run records its own ending) or the archive cannot be written."""
    from collector import runlock
    from collector.audit import now_iso

    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        return False
    try:
        with runlock.exclusive_run(data_dir, wait=RECORD_WAIT_SECONDS):
            attempts = read_history(data_dir)[-(HISTORY_LENGTH - 1):]
            attempts.append({"at": now_iso(), "ok": ok, "message": message})
            tmp = data_dir / (HISTORY_NAME + ".tmp")
            tmp.write_text(json.dumps({"attempts": attempts}, ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(tmp, data_dir / HISTORY_NAME)
    except (runlock.AlreadyRunning, OSError):
        return False
    return True


def _after(a: str, b: str) -> bool:
    try:
        return dt.datetime.fromisoformat(a) > dt.datetime.fromisoformat(b)
    except (TypeError, ValueError):
        return False


def last_read(data_dir: Path) -> str | None:
    """When the mailbox was last read to the end (sync_state, stamped by every poll)."""
    path = Path(data_dir) / "collector.db"
    if not path.exists():
        return None
    from collector.migrations import sqlite_uri

    conn = sqlite3.connect(sqlite_uri(path, readonly=True), uri=True, timeout=5)
    try:
        return conn.execute("SELECT max(updated_at) FROM sync_state").fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def poll_health(data_dir: Path, alert_hours: float, now: dt.datetime | None = None) -> dict:
    """What the dashboard shows: the last read, the last attempts, and an alert if any."""
    now = now or dt.datetime.now(dt.timezone.utc)
    attempts = read_history(data_dir)
    read_at = last_read(data_dir)
    successes = [a["at"] for a in attempts if a.get("ok")] + ([read_at] if read_at else [])
    last_ok = max(successes, key=dt.datetime.fromisoformat) if successes else None
    alert = None
    failing = [a for a in reversed(attempts) if not a.get("ok")]
    # a poll read the mailbox after the last recorded failure: its own record may have been
    # left out (a backup took the lock the moment the poll let it go)
    read_since = bool(attempts) and read_at is not None and _after(read_at, attempts[-1]["at"])
    last_is_failure = bool(attempts) and not attempts[-1].get("ok") and not read_since
    if last_ok is None:
        alert = "尚未成功读取过邮箱。" + (f"最近一次失败：{failing[0]['message']}" if failing else "")
    elif now - dt.datetime.fromisoformat(last_ok) > dt.timedelta(hours=alert_hours):
        since = dt.datetime.fromisoformat(last_ok).strftime("%Y-%m-%d %H:%M")
        alert = f"已超过 {alert_hours:g} 小时未成功读取邮箱（上次成功：{since}）。" + (
            f"最近一次失败：{failing[0]['message']}" if last_is_failure else "收取任务可能没有运行。"
        )
    elif last_is_failure:
        alert = f"最近一次收取失败：{attempts[-1]['message']}"
    return {"last_read": read_at, "last_ok": last_ok, "recent": list(reversed(attempts[-5:])), "alert": alert}
