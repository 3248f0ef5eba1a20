"""A person's decision and everything else that may happen at the same moment (issue 15.4, 15.7).

- `collector assign` / `ignore` while a poll runs waits (a bounded, stated time) for the
  run lock, then either does its work or says so in one line with exit 75, nothing saved.
- A decision stopped right after its commit (kill -9, a full disk) is finished by the
  next run, whatever it is: the unit's 报送情况 and its folder in filed/ follow the
  decision. The kill and the full disk are real: strace kills the process, or fails the
  system call with ENOSPC, at its first link(2) -- the first write after the commit.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from collector import faults
from collector.demo import generate_demo_mailbox

from test_verify_filed import query
from test_durability import DISK_FULL, Poll, assert_clean_failure, collector, env_for, fill, new_account, spread

UNIT, REQUIREMENT = "县发改局", "summary"
EXIT_ALREADY_RUNNING = 75


@pytest.fixture(scope="module")
def demo_mails():
    return generate_demo_mailbox()


@pytest.fixture
def archive(dovecot_server, demo_mails, tmp_path):
    """An archive with one mail in 待审核 (imported), polled once (an empty mailbox), so that
    a poll finding nothing new takes the light path: (env, data_dir, sha256 of the mail)."""
    outsider = next(m for m in demo_mails if m.unit is None and m.expected_state != "ignored")
    eml = tmp_path / "outsider.eml"
    eml.write_bytes(outsider.raw)
    data_dir = tmp_path / "archive"
    env = env_for(new_account(dovecot_server), data_dir)
    assert collector(env, "import", str(eml)).code == 0
    assert collector(env, "poll").code == 0
    sha = query(data_dir, "SELECT sha256 FROM messages")[0][0]
    assert unit_status(env) == "missing"
    return env, data_dir, sha


def unit_status(env) -> str:
    run = collector(env, "status", "--json")
    assert run.code == 0, run.stderr
    row = next(r for r in json.loads(run.stdout) if r["unit"] == UNIT and r["requirement"] == REQUIREMENT)
    return row["state"]


def in_unit_folder(data_dir: Path) -> list[Path]:
    return [p for p in (data_dir / "filed").glob(f"*/{UNIT}/*/*") if p.is_file()]


def assert_carried_out(env, data_dir: Path, sha: str) -> None:
    assert query(data_dir, "SELECT unit, state FROM messages")[0] == (UNIT, "filed")
    assert unit_status(env) != "missing", "报送情况 still says 未报送 after the decision"
    assert in_unit_folder(data_dir), "the mail's files are not in the unit's folder"
    check = collector(env, "verify")
    assert check.code == 0, check.stdout[-2000:]


def strace(*inject: str) -> list[str]:
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed")
    return ["strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=link,linkat", "-e", ",".join(inject)]


def assign_under(prefix: list[str], env, sha: str, **extra_env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "collector", "assign", sha[:12], UNIT, "-r", REQUIREMENT, "--by", "王科员"],
        env={**env, "PYTHONDONTWRITEBYTECODE": "1", **extra_env}, capture_output=True, text=True, timeout=120,
    )


# ----- a decision stopped right after its commit --------------------------------------------------


@pytest.mark.parametrize("how", ["kill -9 (strace)", "crash point"])
def test_a_decision_killed_after_its_commit_is_finished_by_the_next_poll(archive, how):
    env, data_dir, sha = archive
    if how == "crash point":
        stopped = assign_under([], env, sha, COLLECTOR_CRASH_AT="decision.committed")
        assert stopped.returncode == faults.CRASH_EXIT_CODE, stopped.stderr[-2000:]
    else:
        stopped = assign_under(strace("inject=link,linkat:signal=SIGKILL:when=1"), env, sha)
        assert stopped.returncode in (-signal.SIGKILL, 128 + signal.SIGKILL), (stopped.returncode, stopped.stderr)
    assert query(data_dir, "SELECT count(*) FROM decisions")[0][0] == 1, "the decision was committed"
    assert unit_status(env) == "missing" and not in_unit_folder(data_dir), "stopped before the refile"
    poll = collector(env, "poll")
    assert poll.code == 0, poll.stderr
    assert_carried_out(env, data_dir, sha)


@pytest.mark.parametrize("how", ["ENOSPC (strace)", "COLLECTOR_ENOSPC_AFTER"])
def test_a_full_disk_after_the_commit_is_one_line_and_the_next_poll_finishes(archive, how):
    env, data_dir, sha = archive
    if how == "COLLECTOR_ENOSPC_AFTER":
        full = assign_under([], env, sha, COLLECTOR_ENOSPC_AFTER="1")
    else:
        full = assign_under(strace("inject=link,linkat:error=ENOSPC"), env, sha)
    lines = full.stderr.strip().splitlines()
    assert full.returncode == 1 and "Traceback" not in full.stderr and len(lines) == 1, full.stderr[-3000:]
    assert "decision is saved" in lines[0] and any(w in lines[0] for w in ("disk is full", "disk full")), lines[0]
    assert query(data_dir, "SELECT count(*) FROM decisions")[0][0] == 1
    poll = collector(env, "poll")
    assert poll.code == 0, poll.stderr
    assert_carried_out(env, data_dir, sha)


def test_a_full_disk_before_the_commit_saves_nothing(archive, tmp_path):
    """A real full disk (a small tmpfs, filled): the decision cannot be written at all."""
    env, data_dir, sha = archive
    mount = tmp_path / "disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        moved = mount / "archive"
        subprocess.run(["cp", "-a", str(data_dir), str(moved)], check=True)
        env = {**env, "COLLECTOR_DATA_DIR": str(moved)}
        with (mount / "filler").open("wb") as fh:
            try:
                while True:
                    fh.write(bytes(1024 * 1024))
            except OSError:
                pass
        full = assign_under([], env, sha)
        assert_clean_failure(_as_run(full), DISK_FULL)
        (mount / "filler").unlink()
        assert query(moved, "SELECT count(*) FROM decisions")[0][0] == 0
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def _as_run(result: subprocess.CompletedProcess):
    from test_durability import Run

    return Run(result.returncode, result.stdout, result.stderr, 0.0, 0)


# ----- a decision while a poll runs ------------------------------------------------------------------


def lock_is_held(data_dir: Path) -> bool:
    """Read from /proc/locks, without taking the lock (which would refuse the poll)."""
    lock = data_dir / ".collector.lock"
    if not lock.exists():
        return False
    inode = f":{lock.stat().st_ino} "
    return any(" FLOCK " in line and inode in line for line in Path("/proc/locks").read_text().splitlines())


def hold_the_run_lock(data_dir: Path) -> int:
    fd = os.open(data_dir / ".collector.lock", os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


def test_a_decision_gives_up_after_the_stated_wait_with_one_line(archive):
    env, data_dir, sha = archive
    fd = hold_the_run_lock(data_dir)
    try:
        started = time.monotonic()
        refused = collector(env, "assign", sha[:12], UNIT, "-r", REQUIREMENT, "--wait", "2")
        waited = time.monotonic() - started
    finally:
        os.close(fd)
    lines = refused.stderr.strip().splitlines()
    assert refused.code == EXIT_ALREADY_RUNNING and "Traceback" not in refused.stderr, refused.stderr
    assert len(lines) == 1 and "waited 2 s" in lines[0] and "NOT saved" in lines[0], lines
    assert 2 <= waited < 30
    assert query(data_dir, "SELECT count(*) FROM decisions")[0][0] == 0


def test_a_decision_during_a_poll_waits_for_it_and_is_saved(dovecot_server, demo_mails, archive):
    env, data_dir, sha = archive
    account = new_account(dovecot_server)
    fill(account, spread([m for m in demo_mails if m.unit not in (None, UNIT)], 40))
    env = env_for(account, data_dir)
    poll = Poll(env, "poll")
    deadline = time.monotonic() + 60
    while not lock_is_held(data_dir):
        assert poll.proc.poll() is None and time.monotonic() < deadline, "the poll never took the lock"
        time.sleep(0.01)
    decided = collector(env, "assign", sha[:12], UNIT, "-r", REQUIREMENT, "--by", "王科员")
    polled = poll.finish()
    assert polled.code == 0, polled.stderr[-2000:]
    assert decided.code == 0, decided.stderr[-2000:]
    kinds = [k for (k,) in query(data_dir, "SELECT kind FROM runs ORDER BY id")]
    assert kinds[-2:] == ["poll", "decision"], f"the decision did not wait for the poll: {kinds}"
    assert query(data_dir, "SELECT count(*) FROM messages")[0][0] == 41
    assert_carried_out(env, data_dir, sha)
