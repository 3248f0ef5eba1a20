"""Versioned schema migrations (issue #12): an archive of the previous release opens with
this code with nothing lost; each migration runs once, in one transaction with its
audit event; a database newer than the code is refused and not written.

The previous release's archive is tests/fixtures/archives/release-3b85eb1 (its README
says how it was made); it is copied to a temporary folder for every test.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import tarfile
from pathlib import Path

import pytest

from collector import index, migrations
from collector.demo import generate_demo_mailbox

from test_durability import collector, env_for

FIXTURE = Path(__file__).parent / "fixtures" / "archives" / "release-3b85eb1"
DOCS = Path(__file__).resolve().parents[1] / "docs" / "contributing.md"


def unpack_previous_release(into: Path) -> Path:
    with tarfile.open(FIXTURE / "archive.tar.xz") as tar:
        tar.extractall(into, filter="data")
    return into / "archive"


def saved(name: str):
    return json.loads((FIXTURE / f"{name}.json").read_text(encoding="utf-8"))


def same_as_before(now: list[dict], before: list[dict]) -> bool:
    """The rows the previous release gave, field by field; fields added since (the
    campaign of every row, photos inside documents) are new columns, not changes."""
    return len(now) == len(before) and all({k: n.get(k) for k in b} == b for n, b in zip(now, before))


def _env(data_dir: Path) -> dict[str, str]:
    """No IMAP settings at all: upgrade and the reading commands do not need them."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COLLECTOR_")}
    env["COLLECTOR_DATA_DIR"] = str(data_dir)
    return env


def query(data_dir: Path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(f"file:{data_dir / index.DB_NAME}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def migration_events(data_dir: Path) -> list[dict]:
    rows = query(data_dir, "SELECT detail FROM audit_log WHERE event = ? ORDER BY seq", (migrations.MIGRATED_EVENT,))
    return [json.loads(detail) for (detail,) in rows]


def user_version(data_dir: Path) -> int:
    return query(data_dir, "PRAGMA user_version")[0][0]


def db_digest(data_dir: Path) -> str:
    return hashlib.sha256((data_dir / index.DB_NAME).read_bytes()).hexdigest()


def one_line_failure(run, pattern: str) -> None:
    assert run.code == 1, (run.code, run.stdout, run.stderr[-2000:])
    assert "Traceback" not in run.stderr, run.stderr[-2000:]
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and re.search(pattern, lines[0]), run.stderr


@pytest.fixture
def previous_release(tmp_path) -> Path:
    return unpack_previous_release(tmp_path)


@pytest.fixture(scope="module")
def demo_mails():
    return generate_demo_mailbox()


# ----- the previous release's archive ------------------------------------------------------


def test_the_previous_release_archive_is_what_the_fixture_says(previous_release):
    assert user_version(previous_release) == 0
    assert migration_events(previous_release) == []
    assert query(previous_release, "SELECT count(*) FROM messages")[0][0] == len(saved("messages")) == 16


def test_reading_commands_ask_for_an_upgrade_and_write_nothing(previous_release):
    before = db_digest(previous_release)
    for args in (["status", "--json"], ["messages"], ["review"], ["verify"], ["serve", "--port", "0"]):
        one_line_failure(collector(_env(previous_release), *args, timeout=60), r"schema version 0.*collector upgrade")
    assert db_digest(previous_release) == before
    assert user_version(previous_release) == 0


def test_the_previous_release_archive_is_migrated_once_and_loses_nothing(previous_release, fresh_mailbox, demo_mails):
    env = _env(previous_release)
    events_before = query(previous_release, "SELECT count(*) FROM audit_log")[0][0]

    first = collector(env, "upgrade")
    assert first.code == 0 and first.stdout.strip() == (
        f"schema version 0 -> {migrations.latest_version()}: migrated, recorded in the audit log"
    ), first.stderr
    assert user_version(previous_release) == migrations.latest_version()
    events = migration_events(previous_release)
    assert [e["migration"] for e in events] == [m.number for m in migrations.MIGRATIONS]
    assert events[0]["baseline"] == "already at this schema" and events[0]["from_version"] == 0
    added = [e for (e,) in query(previous_release, "SELECT event FROM audit_log WHERE seq > ? ORDER BY seq",
                                 (events_before,))]
    # each migration's event, and the roster migration 2 seeds (its own event, same transaction)
    assert sorted(added) == sorted([migrations.MIGRATED_EVENT] * len(events) + ["roster_seeded"])

    verify = collector(env, "verify")
    assert verify.code == 0 and "verify: OK" in verify.stdout, verify.stdout + verify.stderr
    for name in ("status", "messages", "review"):
        run = collector(env, name, "--json")
        assert run.code == 0 and same_as_before(json.loads(run.stdout), saved(name)), name

    second = collector(env, "upgrade")
    assert second.code == 0 and "up to date" in second.stdout
    index.connect(previous_release).close()
    assert len(migration_events(previous_release)) == len(events), "a second open ran a migration again"

    # a poll against the test Dovecot files new mail into the migrated archive
    demo = demo_mails
    known = {m["sha256"] for m in saved("messages")}
    new_mails = [m for m in demo if hashlib.sha256(m.raw).hexdigest() not in known][:3]
    old_mail = next(m for m in demo if hashlib.sha256(m.raw).hexdigest() in known)
    for mail in [*new_mails, old_mail]:
        fresh_mailbox.append(mail.raw, internaldate=mail.received_at)
    poll = collector(env_for(fresh_mailbox, previous_release))
    assert poll.code == 0, poll.stderr[-2000:]
    assert "3 new" in poll.stdout, poll.stdout
    assert query(previous_release, "SELECT count(*) FROM messages")[0][0] == 16 + 3
    assert collector(env, "verify").code == 0
    assert len(migration_events(previous_release)) == len(events)


def test_the_first_poll_after_an_upgrade_migrates_even_with_no_new_mail(fresh_mailbox, tmp_path, demo_mails):
    """The idle poll's light path must not skip a pending migration."""
    fresh_mailbox.append(demo_mails[0].raw, internaldate=demo_mails[0].received_at)
    data_dir = tmp_path / "archive"
    env = env_for(fresh_mailbox, data_dir)
    assert collector(env).code == 0
    conn = sqlite3.connect(data_dir / index.DB_NAME)
    conn.execute("PRAGMA user_version = 0")  # as a release before versioned migrations left it
    conn.close()
    events = len(migration_events(data_dir))
    idle = collector(env)
    assert idle.code == 0, idle.stderr
    assert user_version(data_dir) == migrations.latest_version()
    assert len(migration_events(data_dir)) == events + migrations.latest_version()  # each ran again, none failed


# ----- a database newer than the code ------------------------------------------------------------


def test_a_database_newer_than_the_code_is_refused_and_not_written(previous_release, fresh_mailbox, tmp_path, demo_mails):
    index.connect(previous_release).close()
    conn = sqlite3.connect(previous_release / index.DB_NAME)
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = db_digest(previous_release)
    raw_before = sorted(p.name for p in (previous_release / "raw").rglob("*"))
    mail = demo_mails[20]
    fresh_mailbox.append(mail.raw, internaldate=mail.received_at)
    eml = tmp_path / "one.eml"
    eml.write_bytes(mail.raw)
    env = env_for(fresh_mailbox, previous_release)
    sha = saved("messages")[0]["sha256"][:12]
    commands = [
        ["poll"], ["import", str(eml)], ["upgrade"], ["status"], ["messages", "--json"], ["review"], ["verify"],
        ["export", "status", str(tmp_path / "s.csv")], ["export", "files", str(tmp_path / "f.zip")], ["reindex"],
        ["ignore", sha], ["assign", sha, "县发改局"], ["serve", "--port", "0"],
    ]
    for args in commands:
        run = collector(env, *args, timeout=60)
        one_line_failure(run, rf"schema version {migrations.latest_version() + 1}, newer than this collector")
    assert db_digest(previous_release) == before
    assert sorted(p.name for p in (previous_release / "raw").rglob("*")) == raw_before
    assert not (tmp_path / "s.csv").exists() and not (tmp_path / "f.zip").exists()
    with pytest.raises(index.ArchiveTooNew):
        index.connect(previous_release)
    assert db_digest(previous_release) == before


# ----- how migrations run ---------------------------------------------------------------------


def documented_migration(number: int) -> migrations.Migration:
    """The example of docs/contributing.md ("Adding a migration"), exactly as written there,
    numbered `number` (its own number is the next one of the day it was written)."""
    text = DOCS.read_text(encoding="utf-8")
    code = re.search(r"## Adding a migration.*?```python\n(.*?)```", text, re.S).group(1)
    found = []
    namespace = {**vars(migrations), "migration": lambda n, description: lambda fn: found.append((description, fn))}
    exec(compile(code, str(DOCS), "exec"), namespace)
    (description, apply), = found
    return migrations.Migration(number, description, apply)


def test_the_documented_way_to_add_a_migration_works_and_runs_once(tmp_path, monkeypatch):
    data_dir = tmp_path / "archive"
    index.connect(data_dir).close()
    base = migrations.latest_version()
    added = documented_migration(base + 1)
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, added])
    db = index.connect(data_dir)
    db.close()
    assert user_version(data_dir) == base + 1
    event = migration_events(data_dir)[-1]
    assert event["migration"] == base + 1 and event["from_version"] == base
    assert event["description"] == added.description
    index.connect(data_dir).close()
    assert len(migration_events(data_dir)) == base + 1
    assert "phone" in [r[1] for r in query(data_dir, "PRAGMA table_info(units)")]
    one_line_failure(collector(_env(data_dir), "verify"), "newer than this collector")  # code without it refuses


def test_a_failing_migration_changes_nothing(tmp_path, monkeypatch):
    data_dir = tmp_path / "archive"
    index.connect(data_dir).close()
    base = migrations.latest_version()

    def half_done(db):
        db["half_done"].create({"id": int}, pk="id")
        db["messages"].add_column("half_done", str)
        raise RuntimeError("disk trouble in the middle of a migration")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, migrations.Migration(base + 1, "x", half_done)])
    with pytest.raises(RuntimeError):
        index.connect(data_dir)
    assert user_version(data_dir) == base
    assert not query(data_dir, "SELECT 1 FROM sqlite_master WHERE name = 'half_done'")
    assert "half_done" not in [r[1] for r in query(data_dir, "PRAGMA table_info(messages)")]
    assert len(migration_events(data_dir)) == base


def test_the_baseline_says_what_it_found(tmp_path):
    new = tmp_path / "new"
    index.connect(new).close()
    assert migration_events(new)[0]["baseline"] == "created"
    assert query(new, "SELECT seq, event FROM audit_log")[0] == (1, migrations.MIGRATED_EVENT)

    older = tmp_path / "older"  # from before 3b85eb1 added its columns
    index.connect(older).close()
    conn = sqlite3.connect(older / index.DB_NAME)
    conn.execute("ALTER TABLE messages DROP COLUMN sender_warning")
    conn.execute("ALTER TABLE runs DROP COLUMN messages_through")
    conn.execute("DROP INDEX idx_dash_messages_unit_received")
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()
    index.connect(older).close()
    event = next(e for e in reversed(migration_events(older)) if e["migration"] == 1)
    assert event["baseline"] == "brought up to this schema"
    assert event["changed"] == ["idx_dash_messages_unit_received", "messages", "runs"]
    assert "sender_warning" in [r[1] for r in query(older, "PRAGMA table_info(messages)")]


def test_every_write_transaction_begins_immediate(tmp_path, monkeypatch, demo_mails):
    """Traces every statement of an import, a decision, an export and a reindex."""
    from click.testing import CliRunner

    from collector.cli import cli

    begins: list[str] = []
    real_open = index._open

    def traced_open(uri):
        db = real_open(uri)
        db.conn.set_trace_callback(lambda sql: begins.append(sql.strip()) if sql.lstrip().upper().startswith("BEGIN") else None)
        return db

    monkeypatch.setattr(index, "_open", traced_open)
    mails = tmp_path / "mails"
    mails.mkdir()
    for i, mail in enumerate(demo_mails[36:40]):
        (mails / f"{i}.eml").write_bytes(mail.raw)
    data_dir = tmp_path / "archive"
    runner = CliRunner()
    for args in (["import", str(mails)], ["export", "status", str(tmp_path / "s.csv")], ["reindex"], ["upgrade"]):
        result = runner.invoke(cli, ["--data-dir", str(data_dir), *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    review = json.loads(runner.invoke(cli, ["--data-dir", str(data_dir), "review", "--json"]).output)
    result = runner.invoke(cli, ["--data-dir", str(data_dir), "ignore", review[0]["sha256"][:12]], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert len(begins) >= 10
    assert set(begins) == {"BEGIN IMMEDIATE"}, sorted(set(begins))



def test_migration_5_gives_decisions_their_campaign_from_the_mail_once(previous_release, monkeypatch):
    """The previous release's archive brought to version 4, a clerk's assignment made there
    (no campaign column yet), then migration 5: the column, filled from the mail's campaign
    where the archive knows it, in one audited step that does not run again."""
    with monkeypatch.context() as before_5:
        before_5.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:4])
        db = index.connect(previous_release)
        assert "campaign" not in db["decisions"].columns_dict
        sha, campaign = db.execute("SELECT sha256, campaign FROM messages WHERE campaign IS NOT NULL LIMIT 1").fetchone()
        with db.atomic():
            db["decisions"].insert({"message_sha256": sha, "action": "assign", "unit": "县发改局", "requirements": "[]",
                                    "decided_by": "clerk", "decided_at": "2026-11-30T09:00:00+08:00", "note": None})
        db.close()
    assert user_version(previous_release) == 4
    index.connect(previous_release).close()
    assert user_version(previous_release) == 5
    rows = query(previous_release, "SELECT action, message_sha256, campaign FROM decisions ORDER BY id")
    # the fixture's own decision ignored a mail no campaign was known for: left empty, and said so
    assert [(action, c) for action, s, c in rows] == [("ignore", None), ("assign", campaign)] and rows[1][1] == sha
    [event] = [e for e in migration_events(previous_release) if e["migration"] == 5]
    assert (event["backfilled"], event["unknown"], event["from_version"]) == (1, 1, 4)
    index.connect(previous_release).close()
    assert len([e for e in migration_events(previous_release) if e["migration"] == 5]) == 1
    assert collector(_env(previous_release), "verify").code == 0
