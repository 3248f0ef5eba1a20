"""The whole path against a real Dovecot: poll -> archive -> parse -> match -> file -> index -> views.

Every test gets its own IMAP account (an empty mailbox) on the session's Dovecot.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import hashlib
import json
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from collector import index, jobs, views
from collector.config import load_settings
from collector.demo import generate_demo_mailbox
from collector.fetch import FetchError

AFTER_ALL_DEADLINES = dt.datetime(2023, 5, 25, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


@pytest.fixture(scope="module")
def demo_mails():
    return generate_demo_mailbox()


@pytest.fixture
def account(dovecot_server):
    return new_account(dovecot_server)


def new_account(dovecot_server):
    user = f"u{secrets.token_hex(4)}@163.com"
    password = secrets.token_urlsafe(12)
    dovecot_server.add_user(user, password)
    return user, password


def make_settings(dovecot_server, data_dir, user, password, **overrides):
    values = dict(
        imap_host=dovecot_server.host,
        imap_port=dovecot_server.port,
        imap_security="plain",
        imap_user=user,
        imap_password=password,
        data_dir=data_dir,
        imap_timeout=20,
    )
    values.update(overrides)
    return load_settings({}, **values)


@pytest.fixture
def settings_for(dovecot_server, tmp_path):
    return lambda user, password, **overrides: make_settings(
        dovecot_server, tmp_path / "archive", user, password, **overrides
    )


def cli_env(settings) -> dict[str, str]:
    return settings.as_environ()


def run_cli(settings, *args, check=True):
    result = subprocess.run(
        [sys.executable, "-m", "collector", *args],
        env=cli_env(settings),
        capture_output=True,
        text=True,
        timeout=600,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"collector {' '.join(args)} failed: {result.stderr}")
    return result


def server_messages(dovecot_server, user, password):
    with dovecot_server.client(user, password) as imap:
        imap.normalise_times = False
        imap.select_folder("INBOX", readonly=True)
        uids = imap.search("ALL")
        data = imap.fetch(uids, [b"BODY.PEEK[]", b"FLAGS", b"INTERNALDATE"])
    return {uid: d for uid, d in data.items()}


def logout_lines(dovecot_server, user, count=1) -> list[str]:
    """Logout lines with the fetch counters (Dovecot writes them a moment after the logout)."""
    return [line for line in dovecot_server.logout_lines(user, count) if "fetch_body_count" in line]


def fill(dovecot_server, user, mails):
    for mail in mails:
        dovecot_server.append(mail.raw, internaldate=mail.received_at, user=user)


@pytest.fixture
def filled(dovecot_server, account, demo_mails):
    fill(dovecot_server, account[0], demo_mails)
    return account


@pytest.fixture(scope="module")
def polled(dovecot_server, demo_mails, tmp_path_factory):
    """The demo mailbox on Dovecot, polled once by `collector poll` as cron runs it."""
    user, password = new_account(dovecot_server)
    fill(dovecot_server, user, demo_mails)
    settings = make_settings(dovecot_server, tmp_path_factory.mktemp("polled") / "archive", user, password)
    result = run_cli(settings, "poll", "--now", AFTER_ALL_DEADLINES.isoformat())
    return settings, result


def test_first_poll_archives_every_mail_byte_for_byte(dovecot_server, polled, demo_mails):
    settings, result = polled
    user, password = settings.imap_user, settings.imap_password
    assert len(demo_mails) >= 20
    assert f"{len(demo_mails)} new" in result.stdout

    db = index.connect(settings.data_dir)
    on_server = server_messages(dovecot_server, user, password)
    archived = {row["sha256"]: row for row in db.query("SELECT * FROM messages")}
    assert len(archived) == len(on_server)
    for uid, data in on_server.items():
        raw = data[b"BODY[]"]
        digest = hashlib.sha256(raw).hexdigest()
        row = archived[digest]
        assert (settings.data_dir / row["raw_path"]).read_bytes() == raw
        location = db.execute(
            "SELECT uid, folder FROM locations WHERE message_sha256 = ?", [digest]
        ).fetchone()
        assert location == (uid, "INBOX")
        # receipt time is the server's INTERNALDATE, shown in +08:00
        received = dt.datetime.fromisoformat(row["received_at"])
        assert received == data[b"INTERNALDATE"]
        assert row["received_at"].endswith("+08:00")
        # read-only: nothing was marked on the server
        assert b"\\Seen" not in data[b"FLAGS"]


def test_attachments_are_decoded_and_stored_exactly(polled):
    settings, _ = polled
    db = index.connect(settings.data_dir)
    checked = 0
    for msg in db.query("SELECT sha256, raw_path FROM messages"):
        parsed = email.message_from_bytes(
            (settings.data_dir / msg["raw_path"]).read_bytes(), policy=email.policy.default
        )
        top_level = {}
        for part in parsed.walk():
            if part.get_content_maintype() in ("image", "application") and not part.is_multipart():
                payload = part.get_payload(decode=True)
                if payload:
                    top_level[hashlib.sha256(payload).hexdigest()] = payload
        rows = list(db.query("SELECT * FROM attachments WHERE message_sha256 = ? AND parent_idx IS NULL", [msg["sha256"]]))
        for row in rows:
            if row["path"] is None:
                continue
            stored = (settings.data_dir / row["path"]).read_bytes()
            assert hashlib.sha256(stored).hexdigest() == row["sha256"]
            assert row["sha256"] in top_level, f"{row['filename']} is not a part of its mail"
            assert "\ufffd" not in row["filename"]
            checked += 1
    assert checked >= 20


def test_json_views_follow_the_contract(polled, demo_mails):
    settings, _ = polled
    messages = json.loads(run_cli(settings, "messages", "--json").stdout)
    assert len(messages) == len(demo_mails)
    for m in messages:
        assert set(m) >= {"message_id", "received_at", "from", "subject", "unit", "requirements", "state", "attachments"}
        assert m["state"] in ("filed", "needs_review", "ignored")
        assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$", m["received_at"])
        for a in m["attachments"]:
            assert set(a) >= {"filename", "kind", "sha256", "size", "path"}
            assert a["kind"] in ("photo", "document", "archive", "link", "other")
            if a["kind"] == "link":
                assert a["path"] is None
            else:
                assert (settings.data_dir / a["path"]).is_file()
    filed_units = {m["unit"] for m in messages if m["state"] == "filed"}
    assert len(filed_units) >= 20
    assert any("5·15" in (m["subject"] or "") for m in messages), "5·15 must survive gb2312 labels"

    status = json.loads(run_cli(settings, "status", "--json").stdout)
    pairs = {(r["unit"], r["requirement"]) for r in status}
    assert ("县发改局", "interview") in pairs and ("县发改局", "summary") in pairs
    assert ("八家子镇", "summary") in pairs and ("八家子镇", "interview") not in pairs
    for r in status:
        assert r["state"] in ("complete", "partial", "missing")
        assert isinstance(r["late"], bool)
        if r["state"] == "missing":
            assert r["late"] is True  # all deadlines have passed
            assert r["completed_at"] is None
    truth_complete = {(m.unit, req) for m in demo_mails for req in m.requirements if m.unit}
    complete = {(r["unit"], r["requirement"]) for r in status if r["state"] == "complete"}
    assert complete and complete <= truth_complete | {(u, "interview") for u in ("县农业农村局", "县乡村振兴局")}


def test_second_poll_fetches_nothing(dovecot_server, polled, demo_mails):
    settings, _ = polled
    before = logout_lines(dovecot_server, settings.imap_user)
    second = jobs.run_poll(settings, now=AFTER_ALL_DEADLINES)
    assert second.seen == 0
    lines = logout_lines(dovecot_server, settings.imap_user, count=len(before) + 1)
    assert len(lines) == len(before) + 1
    assert int(re.search(r"fetch_body_count=(\d+)", before[-1]).group(1)) >= len(demo_mails)
    assert re.search(r"fetch_body_count=0\b", lines[-1]), lines[-1]


def test_id_command_is_sent_before_select(dovecot_server, account, settings_for):
    user, password = account
    jobs.run_poll(settings_for(user, password))
    log = dovecot_server.log_text()
    assert re.search(r"ID sent: .*name=collector", log)


def test_new_mail_after_a_poll_is_fetched_once(dovecot_server, account, settings_for, demo_mails):
    user, password = account
    fill(dovecot_server, user, demo_mails[:3])
    settings = settings_for(user, password)
    assert jobs.run_poll(settings, now=AFTER_ALL_DEADLINES).new == 3
    late = b"X-Resent-By-Test: again\r\n" + demo_mails[0].raw
    dovecot_server.append(late, internaldate=AFTER_ALL_DEADLINES, user=user)
    report = jobs.run_poll(settings, now=AFTER_ALL_DEADLINES)
    assert (report.seen, report.new) == (1, 1)


def test_wrong_password_fails_cleanly(account, settings_for):
    user, password = account
    settings = settings_for(user, "wrong-" + password)
    result = run_cli(settings, "poll", check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "授权码" in result.stderr
    assert "wrong-" + password not in result.stderr + result.stdout
    with pytest.raises(FetchError):
        jobs.run_poll(settings)


def test_unreachable_server_and_missing_folder_fail_cleanly(account, settings_for):
    user, password = account
    closed_port = settings_for(user, password, imap_port=1, imap_timeout=3)
    result = run_cli(closed_port, "poll", check=False)
    assert result.returncode == 1 and "cannot reach" in result.stderr and "Traceback" not in result.stderr
    no_folder = settings_for(user, password, imap_folder="不存在的文件夹")
    with pytest.raises(FetchError, match="folder"):
        jobs.run_poll(no_folder)


def test_password_is_never_stored_or_logged(account, settings_for, demo_mails, dovecot_server):
    user, password = account
    fill(dovecot_server, user, demo_mails[:5])
    settings = settings_for(user, password)
    result = run_cli(settings, "-v", "poll")
    assert password not in result.stdout + result.stderr
    for path in Path(settings.data_dir).rglob("*"):
        if path.is_file():
            assert password.encode() not in path.read_bytes(), path


def test_status_matrix_matches_the_clerks_ground_truth(polled, demo_mails):
    """Every unit x requirement cell of the demo mailbox as a careful clerk would fill it in."""
    from collector.demo import expected_status

    settings, _ = polled
    got = {(r["unit"], r["requirement"]): r for r in views.status_rows(index.connect(settings.data_dir))}
    expected = expected_status(demo_mails)
    assert set(got) == set(expected)
    wrong = {
        key: (want["state"], want["late"], got[key]["state"], got[key]["late"])
        for key, want in expected.items()
        if (got[key]["state"], got[key]["late"]) != (want["state"], want["late"])
    }
    assert not wrong
    for key, want in expected.items():
        if want["completed_at"] is not None:
            assert dt.datetime.fromisoformat(got[key]["completed_at"]) == want["completed_at"], key


def test_idle_poll_still_marks_units_late_when_a_deadline_passes(dovecot_server, account, settings_for, demo_mails):
    """No new mail, but the summary deadline passed since the last poll: missing units become late."""
    user, password = account
    fill(dovecot_server, user, demo_mails[:2])
    settings = settings_for(user, password)
    tz = dt.timezone(dt.timedelta(hours=8))
    jobs.run_poll(settings, now=dt.datetime(2023, 5, 20, 9, 0, tzinfo=tz))

    def summary_late():
        rows = views.status_rows(index.connect(settings.data_dir))
        return {r["unit"]: r["late"] for r in rows if r["requirement"] == "summary" and r["state"] == "missing"}

    assert summary_late() and not any(summary_late().values())
    assert not jobs.status_is_stale(settings, dt.datetime(2023, 5, 21, 9, 0, tzinfo=tz))
    jobs.run_poll(settings, now=dt.datetime(2023, 5, 21, 9, 0, tzinfo=tz))  # idle, before the deadline
    assert not any(summary_late().values())
    assert jobs.status_is_stale(settings, dt.datetime(2023, 5, 23, 16, 1, tzinfo=tz))
    jobs.run_poll(settings, now=dt.datetime(2023, 5, 23, 16, 1, tzinfo=tz))  # idle, after it
    assert all(summary_late().values())


def test_a_crash_in_the_same_second_as_the_last_finish_still_leaves_the_status_stale(
    dovecot_server, account, settings_for, demo_mails
):
    """Polls take about a second now: a mail filed by a run that then crashed can carry
    the very second the previous run finished in. Staleness is judged by row, not time."""
    import sqlite3

    from collector.faults import CRASH_EXIT_CODE

    user, password = account
    fill(dovecot_server, user, demo_mails[:2])
    settings = settings_for(user, password)
    jobs.run_poll(settings)
    assert not jobs.status_is_stale(settings, dt.datetime.now(dt.timezone.utc))
    fill(dovecot_server, user, demo_mails[2:3])
    crashed = subprocess.run(
        [sys.executable, "-m", "collector", "poll"],
        env=cli_env(settings) | {"COLLECTOR_CRASH_AT": "poll.position_saved#1"},
        capture_output=True, timeout=600,
    )
    assert crashed.returncode == CRASH_EXIT_CODE, crashed.stderr[-2000:]
    db = sqlite3.connect(settings.data_dir / index.DB_NAME)
    with db:  # the worst case: the crashed run's mail filed in the second the last run finished
        db.execute("UPDATE runs SET finished_at = (SELECT max(filed_at) FROM messages)")
    assert jobs.status_is_stale(settings, dt.datetime.now(dt.timezone.utc))
    with db:  # an archive from before runs recorded messages_through is taken as stale too
        db.execute("ALTER TABLE runs DROP COLUMN messages_through")
        db.execute("PRAGMA user_version = 0")  # such archives predate schema versions (migrations.py)
    db.close()
    assert jobs.status_is_stale(settings, dt.datetime.now(dt.timezone.utc))
    jobs.run_poll(settings)  # the full pass brings the column back and refreshes
    assert not jobs.status_is_stale(settings, dt.datetime.now(dt.timezone.utc))


def test_fetch_does_not_format_mail_for_a_log_nobody_reads(dovecot_server, account, settings_for, caplog):
    """IMAPClient turns imaplib's debug output on and sends it to a logger; imaplib
    then repr()s every FETCH literal (a 70 MB mail: a ~280 MB string) even when
    the logger drops it. The collector switches that off unless the logger would print."""
    import logging

    from collector import fetch

    user, password = account
    mail = generate_demo_mailbox()[0]
    dovecot_server.append(mail.raw, internaldate=mail.received_at, user=user)
    settings = settings_for(user, password)
    caplog.set_level(logging.WARNING, logger="imapclient.imaplib")
    client = fetch.connect(settings)
    try:
        listing = fetch.open_folder(client, settings, None)
        assert [m.raw for m in fetch.iter_mail(client, settings, listing)] == [mail.raw]
        assert client._imap.debug == 0
    finally:
        fetch.logout(client)
    assert not [r for r in caplog.records if r.name == "imapclient.imaplib"]

    caplog.set_level(logging.DEBUG, logger="imapclient.imaplib")  # someone debugging the IMAP dialogue
    client = fetch.connect(settings)
    try:
        assert client._imap.debug > 0
        fetch.examine(client, settings.imap_folder)
    finally:
        fetch.logout(client)
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name == "imapclient.imaplib")
    assert "EXAMINE" in logged and password not in logged
