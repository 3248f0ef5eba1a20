"""`collector verify` while a poll files mail (issue 15.8): it reads the database as one
snapshot, so it never reports tampering that is not there, and it still checks everything."""

from __future__ import annotations

import sqlite3
import time

import pytest

from collector import index, verify
from collector.demo import generate_demo_mailbox

from test_durability import Poll, collector, env_for, fill, new_account


EARLIER = 1000
MAILBOX = 58  # the whole demo mailbox


def filed_anything(data_dir) -> bool:
    if not (data_dir / index.DB_NAME).exists():
        return False
    conn = sqlite3.connect(f"file:{data_dir / index.DB_NAME}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM messages").fetchone()[0] > EARLIER
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()


def tiny_mails_mbox(path, count: int) -> None:
    """Many small mails (quick to file), so that the archive has a long audit chain to read."""
    with path.open("wb") as fh:
        for n in range(count):
            fh.write(
                f"From sender{n}@example.com Mon May 15 09:00:00 2023\n"
                f"From: sender{n}@example.com\nTo: jc7710089@163.com\nSubject: note {n}\n"
                f"Message-ID: <tiny{n}@example.com>\nDate: Mon, 15 May 2023 09:00:00 +0800\n\nnote {n}\n\n".encode()
            )


@pytest.mark.slow
def test_verify_in_a_loop_during_a_poll_finds_nothing_wrong(dovecot_server, tmp_path):
    account = new_account(dovecot_server)
    mails = generate_demo_mailbox()
    assert len(mails) == MAILBOX
    fill(account, mails)
    data_dir = tmp_path / "archive"
    env = env_for(account, data_dir)
    tiny_mails_mbox(tmp_path / "earlier.mbox", EARLIER)
    assert collector(env, "import", str(tmp_path / "earlier.mbox")).code == 0
    poll = Poll(env, "poll")
    reports, cli_runs = [], []
    while poll.proc.poll() is None:
        if not filed_anything(data_dir):  # (a database being created is not yet there to verify)
            time.sleep(0.01)
            continue
        db = index.connect(data_dir)
        try:
            reports.append(verify.verify_archive(db, data_dir))
        finally:
            db.close()
        if len(reports) % 5 == 0:
            cli_runs.append(collector(env, "verify"))
    assert poll.finish().code == 0
    wrong = [r.problems[:3] for r in reports if not r.ok]
    counts = [r.raw_checked for r in reports]
    print(f"\nverify during a poll: {len(reports)} in-process runs ({counts[0]}..{counts[-1]} mails), "
          f"{len(cli_runs)} `collector verify`; {len(wrong)} reported problems")
    assert len(reports) >= 5 and counts[-1] > counts[0], "verify did not run while the poll filed mail"
    assert not wrong, wrong[:3]
    assert all(run.code == 0 for run in cli_runs), [run.stdout[-500:] for run in cli_runs if run.code]
    final = collector(env, "verify")
    assert final.code == 0 and f"{EARLIER + MAILBOX} raw mails" in final.stdout, final.stdout


def test_no_read_transaction_is_held_while_files_are_hashed(tmp_path, monkeypatch):
    """A verify hashing a large archive must not keep the WAL from being checkpointed
    (and so growing for as long as it hashes): a TRUNCATE checkpoint taken while it
    hashes its first file succeeds at once."""
    mbox = tmp_path / "mails.mbox"
    tiny_mails_mbox(mbox, 5)
    data_dir = tmp_path / "archive"
    assert collector(env_for_import(data_dir), "import", str(mbox)).code == 0
    checkpoints = []
    real_hash = verify.file_sha256

    def hash_while_checkpointing(path):
        if not checkpoints:
            conn = sqlite3.connect(data_dir / index.DB_NAME, timeout=0)
            try:
                checkpoints.append(conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone())
            finally:
                conn.close()
        return real_hash(path)

    monkeypatch.setattr(verify, "file_sha256", hash_while_checkpointing)
    db = index.connect(data_dir)
    other = sqlite3.connect(data_dir / index.DB_NAME)  # kept open: the WAL stays, with frames in it
    try:
        with other:
            other.execute("INSERT INTO runs (kind) VALUES ('probe')")
        with other:
            other.execute("DELETE FROM runs WHERE kind = 'probe'")
        assert verify.verify_archive(db, data_dir).ok
    finally:
        db.close()
        other.close()
    assert checkpoints and checkpoints[0][0] == 0, f"checkpoint blocked by verify's reader: {checkpoints}"


def env_for_import(data_dir) -> dict:
    import os

    return {**{k: v for k, v in os.environ.items() if not k.startswith("COLLECTOR_")}, "COLLECTOR_DATA_DIR": str(data_dir)}
