"""`collector backup`: a consistent, verified copy while other runs go on; and restoring it."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from collector import backup, runlock, verify
from collector.cli import cli
from collector.demo import generate_demo_mailbox
from collector.index import connect


def collector(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("backup")
    mails = root / "mails"
    mails.mkdir()
    for i, mail in enumerate(generate_demo_mailbox()[:12]):
        (mails / f"{i}.eml").write_bytes(mail.raw)
    data_dir = root / "archive"
    assert collector("--data-dir", str(data_dir), "import", str(mails)).exit_code == 0
    return data_dir


def count(data_dir: Path, table: str = "messages") -> int:
    conn = sqlite3.connect(data_dir / "collector.db")
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_backup_is_verified_and_keeps_hard_links(archive, tmp_path):
    result = collector("--data-dir", str(archive), "backup", str(tmp_path / "copy"))
    assert result.exit_code == 0, result.output
    assert "verify: OK" in result.output and "12 raw mails" in result.output
    copy = tmp_path / "copy"
    assert count(copy) == count(archive) == 12
    filed = [p for p in (copy / "filed").rglob("*") if p.is_file()]
    assert filed and all(p.stat().st_nlink >= 2 for p in filed)  # still links into files/, not copies
    assert not (copy / ".collector.lock").exists()


def test_a_broken_copy_fails_verify(archive, tmp_path):
    copy = tmp_path / "copy"
    backup.backup(archive, copy)
    victim = next((copy / "raw").rglob("*.eml"))
    victim.write_bytes(b"changed")
    assert not backup.verify_copy(copy).ok


def test_backup_waits_for_a_running_job_and_copies_what_it_wrote(archive, tmp_path):
    done = {}
    with runlock.exclusive_run(archive):
        worker = threading.Thread(target=lambda: done.update(result=backup.backup(archive, tmp_path / "copy", 30)))
        worker.start()
        time.sleep(0.5)
        assert worker.is_alive() and not (tmp_path / "copy" / "collector.db").exists()
        db = connect(archive)
        with db.atomic():
            db["runs"].insert({"kind": "import", "detail": "written while the backup waited"})
        db.conn.close()
    worker.join(30)
    assert done["result"].ok
    assert count(tmp_path / "copy", "runs") == count(archive, "runs")


def test_backup_gives_up_in_one_line_when_the_lock_stays_held(archive, tmp_path):
    with runlock.exclusive_run(archive):
        result = collector("--data-dir", str(archive), "backup", "--wait", "1", str(tmp_path / "copy"))
    assert result.exit_code == 1 and "still held" in result.output and len(result.output.splitlines()) == 1


@pytest.mark.parametrize("where", ["not-empty", "inside", "no-archive"])
def test_backup_refuses_a_wrong_destination(archive, tmp_path, where):
    dest = {"not-empty": tmp_path / "full", "inside": archive / "backup", "no-archive": tmp_path / "b"}[where]
    source = tmp_path / "nothing" if where == "no-archive" else archive
    if where == "not-empty":
        dest.mkdir()
        (dest / "x").write_text("x")
    result = collector("--data-dir", str(source), "backup", str(dest))
    assert result.exit_code == 1 and len(result.output.splitlines()) == 1, result.output
    assert not (archive / "backup").exists()


def test_spooled_dashboard_events_are_copied_up_to_their_last_whole_line(archive, tmp_path):
    spool = archive / "audit-spool.jsonl"
    spool.write_bytes(b'{"spool_id": "a"}\n{"spool_id": "b", "half')
    try:
        backup.backup(archive, tmp_path / "copy")
    finally:
        spool.unlink()
    assert (tmp_path / "copy" / "audit-spool.jsonl").read_bytes() == b'{"spool_id": "a"}\n'


def test_restore_as_documented_gives_a_working_archive(archive, tmp_path):
    backup.backup(archive, tmp_path / "copy")
    live = tmp_path / "live"
    shutil.copytree(archive, live)
    live.rename(tmp_path / "live.replaced")
    shutil.copytree(tmp_path / "copy", live, symlinks=True)  # `cp -a` in docs/deploy.md
    db = connect(live)
    assert verify.verify_archive(db, live).ok
    db.conn.close()
    assert collector("--data-dir", str(live), "status").exit_code == 0


def restore(copy: Path, live: Path) -> None:
    """As docs/deploy.md does it (`cp -a` of the backup in place of the archive)."""
    subprocess.run(["cp", "-a", str(copy), str(live)], check=True)


def test_a_restored_backup_has_the_quarantine_and_the_dashboard_logins(archive, tmp_path):
    from collector.dashboard.login_guard import LOGINS_DB, LoginGuard

    source = tmp_path / "source"
    subprocess.run(["cp", "-a", str(archive), str(source)], check=True)
    extra = next(p for p in (source / "filed").rglob("*") if p.is_file()).parent / "补充说明.docx"
    extra.write_bytes(b"not from any mail")
    (extra.parent / "捷径").symlink_to("/nowhere")  # a dangling symlink put into filed/
    repaired = collector("--data-dir", str(source), "verify", "--repair")
    assert repaired.exit_code == 0 and not extra.exists(), repaired.output
    LoginGuard(source).record("clerk", "203.0.113.9", "failed", now=1_700_000_000)

    assert collector("--data-dir", str(source), "backup", str(tmp_path / "copy")).exit_code == 0
    live = tmp_path / "live"
    restore(tmp_path / "copy", live)

    assert [p.read_bytes() for p in (live / "quarantine").rglob("补充说明.docx")] == [b"not from any mail"]
    links = [p for p in (live / "quarantine").rglob("*") if p.name == "捷径"]  # (rglob("捷径") skips dangling links)
    assert [os.readlink(p) for p in links] == ["/nowhere"]
    attempts = LoginGuard(live).recent()
    assert [(a["username"], a["address"], a["outcome"]) for a in attempts] == [("clerk", "203.0.113.9", "failed")]
    assert collector("--data-dir", str(live), "verify").exit_code == 0
    assert backup.DASHBOARD_LOGINS_DB == LOGINS_DB  # the name backup.py keeps without loading Datasette


def test_a_backup_meeting_a_held_lock_in_another_process_says_one_line(archive, tmp_path):
    with runlock.exclusive_run(archive):
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-m", "collector", "--data-dir", str(archive), "backup", "--wait", "0.5",
             str(tmp_path / "copy")],
            capture_output=True, text=True, timeout=120,
        )
        waited = time.monotonic() - started
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1 and "still held" in result.stderr and "after 0.5 s" in result.stderr
    assert waited < 30 and not (tmp_path / "copy" / "collector.db").exists()
