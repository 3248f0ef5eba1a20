"""Writers besides the poll (issue #15, point 6): `collector reindex` and `collector
export ...` run while a poll is filing, as real subprocesses against the session's Dovecot.

Before the fix they wrote the database without the run lock, in plain BEGIN
transactions that read before they write: the poll died with `database is locked`,
or an export wrote its file but no audit event. Now they wait for the run lock
(bounded: `--wait`, default 60 s) and then work; the poll is never disturbed, every
export is one `exported` event in the chain, and the archive equals that of a poll
nobody disturbed.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest

from collector import index, runlock
from collector.demo import generate_demo_mailbox

from test_durability import Poll, archive_state, collector, differences, env_for, fill, new_account, spread, verify_in_process

BOX = 30  # mails: a poll of a few seconds, long enough to run other commands during it


@pytest.fixture(scope="module")
def box(dovecot_server):
    account = new_account(dovecot_server)
    fill(account, spread(generate_demo_mailbox(), BOX))
    return account


@pytest.fixture(scope="module")
def reference(box, tmp_path_factory) -> dict:
    data_dir = tmp_path_factory.mktemp("writers-reference") / "archive"
    run = collector(env_for(box, data_dir))
    assert run.code == 0, run.stderr[-2000:]
    return archive_state(data_dir)


def messages_filed(data_dir: Path) -> int:
    path = data_dir / index.DB_NAME
    if not path.exists():
        return 0
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        return conn.execute("SELECT count(*) FROM messages").fetchone()[0]
    except sqlite3.OperationalError:
        return 0  # the schema is still being created
    finally:
        conn.close()


def start_poll_and_wait_until_it_files(env: dict[str, str], data_dir: Path) -> Poll:
    poll = Poll(env)
    deadline = time.monotonic() + 120
    while messages_filed(data_dir) < 2 and poll.proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert poll.proc.poll() is None, "the poll ended before anything could run during it: make BOX larger"
    return poll


def assert_poll_undisturbed(run, data_dir: Path, reference: dict) -> None:
    assert run.code == 0, run.stderr[-3000:]
    assert "locked" not in run.stderr and "Traceback" not in run.stderr, run.stderr[-3000:]
    problems = differences(archive_state(data_dir), reference)
    report = verify_in_process(data_dir)
    assert not problems and report.ok, (problems, report.problems[:5])


def test_reindex_during_a_poll(box, reference, tmp_path):
    data_dir = tmp_path / "archive"
    env = env_for(box, data_dir)
    poll = start_poll_and_wait_until_it_files(env, data_dir)
    reindexes = []
    while poll.proc.poll() is None or not reindexes:
        reindexes.append(collector(env, "reindex", timeout=120))
    assert_poll_undisturbed(poll.finish(), data_dir, reference)
    for run in reindexes:
        assert run.code == 0 and run.stdout.startswith("indexed "), (run.code, run.stderr[-2000:])
    conn = sqlite3.connect(data_dir / index.DB_NAME)
    indexed = conn.execute("SELECT count(*) FROM search_docs").fetchone()[0]
    conn.close()
    assert indexed == BOX


def test_exports_during_a_poll_are_each_in_the_audit_chain(box, reference, tmp_path):
    data_dir = tmp_path / "archive"
    env = env_for(box, data_dir)
    outputs = [tmp_path / "a.csv", tmp_path / "b.xlsx", tmp_path / "c.zip", tmp_path / "d.csv"]
    commands = [("status", outputs[0]), ("status", outputs[1]), ("files", outputs[2]), ("status", outputs[3])]
    poll = start_poll_and_wait_until_it_files(env, data_dir)
    exports = [Poll(env, "export", kind, str(out)) for kind, out in commands]
    runs = [export.finish(timeout=120) for export in exports]
    assert_poll_undisturbed(poll.finish(), data_dir, reference)
    for run, out in zip(runs, outputs):
        assert run.code == 0 and run.stdout.startswith(f"wrote {out}"), (run.code, run.stderr[-2000:])
        assert out.stat().st_size > 0
    conn = sqlite3.connect(data_dir / index.DB_NAME)
    recorded = [json.loads(d)["path"] for (d,) in conn.execute("SELECT detail FROM audit_log WHERE event = 'exported'")]
    conn.close()
    assert sorted(recorded) == sorted(map(str, outputs))


def test_an_export_that_cannot_get_the_lock_says_so_and_writes_nothing(box, reference, tmp_path):
    data_dir = tmp_path / "archive"
    env = env_for(box, data_dir)
    assert collector(env).code == 0
    out = tmp_path / "status.csv"
    with runlock.exclusive_run(data_dir):
        started = time.monotonic()
        run = collector(env, "export", "status", str(out), "--wait", "1")
        waited = time.monotonic() - started
        reindex = collector(env, "reindex", "--wait", "0")
    assert run.code == 75 and reindex.code == 75, (run.stderr, reindex.stderr)
    for failed in (run, reindex):
        lines = failed.stderr.strip().splitlines()
        assert len(lines) == 1 and "another collector run" in lines[0], failed.stderr
    assert 1 <= waited < 30
    assert not out.exists()
    conn = sqlite3.connect(data_dir / index.DB_NAME)
    assert conn.execute("SELECT count(*) FROM audit_log WHERE event = 'exported'").fetchone()[0] == 0
    conn.close()
