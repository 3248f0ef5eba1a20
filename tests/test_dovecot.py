"""collector.demo.dovecot against the real Dovecot binary."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from collector.demo.dovecot import Dovecot, DovecotError, pick_free_port

SHANGHAI = dt.timezone(dt.timedelta(hours=8))


def make_message(n: int) -> bytes:
    return (
        f"From: =?GBK?B?vajl/dPQz97Az7mrY29t?= <unit{n}@163.com>\r\n"
        f"To: jc7710089@163.com\r\n"
        f"Subject: test {n}\r\n"
        f"Message-ID: <test-{n}@example.test>\r\n"
        f"Date: Thu, 11 May 2023 15:0{n}:00 +0800\r\n"
        f"MIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=GBK\r\n"
        f"Content-Transfer-Encoding: 8bit\r\n\r\n"
    ).encode() + "正文 5·15 第{}封\r\n".format(n).encode("gbk")


def fetch_all(account, folder="INBOX"):
    with account.client() as imap:
        imap.select_folder(folder, readonly=True)
        uids = imap.search()
        return imap.fetch(uids, ["INTERNALDATE", "BODY.PEEK[]"]) if uids else {}


def test_append_keeps_bytes_and_internaldate(fresh_mailbox):
    dates = [
        dt.datetime(2023, 5, 11, 15, 59, 30, tzinfo=SHANGHAI),
        dt.datetime(2023, 5, 11, 16, 0, 1, tzinfo=SHANGHAI),
        dt.datetime(2023, 5, 23, 9, 12, 0, tzinfo=SHANGHAI),
    ]
    messages = [make_message(n) for n in range(3)]
    for raw, when in zip(messages, dates):
        fresh_mailbox.append(raw, internaldate=when)
    with fresh_mailbox.client() as imap:
        imap.normalise_times = False  # keep the server's offset, compare instants
        imap.select_folder("INBOX", readonly=True)
        fetched = imap.fetch(imap.search(), ["INTERNALDATE", "BODY.PEEK[]"])
    got = sorted(fetched.values(), key=lambda d: d[b"INTERNALDATE"])
    assert [d[b"BODY[]"] for d in got] == messages
    assert [d[b"INTERNALDATE"] for d in got] == dates


def test_append_to_other_folder_with_flags(fresh_mailbox):
    uid = fresh_mailbox.append(make_message(1), dt.datetime(2023, 5, 12, tzinfo=SHANGHAI),
                               folder="草稿箱", flags=[r"\Seen"])
    assert uid == 1
    with fresh_mailbox.client() as imap:
        imap.select_folder("草稿箱", readonly=True)
        assert rb"\Seen" in imap.get_flags([1])[1]
    assert fresh_mailbox.maildir("草稿箱").name == ".&g0l6P3ux-"


def test_id_command_is_logged(fresh_mailbox):
    with fresh_mailbox.client() as imap:
        imap.id_({"name": "collector-test", "version": "1.0"})
    pattern = rf"imap\({re.escape(fresh_mailbox.user)}\).*ID sent: name=collector-test, version=1.0"
    assert fresh_mailbox.server.wait_for_log(pattern)
    with fresh_mailbox.client() as imap:  # no ID: no new line
        imap.select_folder("INBOX")
    fresh_mailbox.server.logout_lines(fresh_mailbox.user, count=2)
    assert len(fresh_mailbox.server.wait_for_log(pattern, timeout=0)) == 1


def test_logout_line_counts_fetched_bodies(fresh_mailbox):
    fresh_mailbox.append(make_message(1), dt.datetime(2023, 5, 12, tzinfo=SHANGHAI))
    fresh_mailbox.append(make_message(2), dt.datetime(2023, 5, 12, tzinfo=SHANGHAI))
    fetch_all(fresh_mailbox)  # two bodies
    with fresh_mailbox.client() as imap:  # headers only
        imap.select_folder("INBOX", readonly=True)
        imap.fetch(imap.search(), ["UID", "INTERNALDATE"])
    lines = fresh_mailbox.server.logout_lines(fresh_mailbox.user, count=4)
    assert len(lines) == 4
    assert re.search(r"fetch_body_count=2 ", lines[-2]), lines[-2]
    assert re.search(r"fetch_body_count=0 fetch_body_bytes=0$", lines[-1]), lines[-1]


def test_delete_expunges_on_the_server(fresh_mailbox):
    uids = [fresh_mailbox.append(make_message(n), dt.datetime(2023, 5, 12, tzinfo=SHANGHAI)) for n in range(3)]
    fresh_mailbox.delete([uids[1]])
    with fresh_mailbox.client() as imap:
        imap.select_folder("INBOX", readonly=True)
        assert imap.search() == [uids[0], uids[2]]


def test_reset_uidvalidity_keeps_messages(tmp_path):
    with Dovecot(tmp_path / "dc") as server:
        raws = [make_message(n) for n in range(3)]
        for n, raw in enumerate(raws):
            server.append(raw, dt.datetime(2023, 5, 20, 10, n, tzinfo=SHANGHAI))
        before = server.uidvalidity()
        after = server.reset_uidvalidity()
        assert after != before == after - (after - before)
        assert server.uidvalidity() == after
        with server.client() as imap:
            imap.select_folder("INBOX", readonly=True)
            bodies = sorted(d[b"BODY[]"] for d in imap.fetch(imap.search(), ["BODY.PEEK[]"]).values())
        assert bodies == sorted(raws)


def test_stop_leaves_no_process(tmp_path):
    server = Dovecot(tmp_path / "dc")
    server.start()
    pid = server.master_pid()
    assert pid and Path(f"/proc/{pid}").exists()
    server.stop()
    assert not server.is_running()
    assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]
    assert instance_processes(server) == []


def test_start_replaces_a_forgotten_instance(tmp_path):
    first = Dovecot(tmp_path / "dc", stop_at_exit=False)
    first.start()
    old_pid = first.master_pid()
    second = Dovecot(tmp_path / "dc")  # e.g. the next test run after a crash
    second.start()
    try:
        assert second.master_pid() != old_pid
        assert not Path(f"/proc/{old_pid}/cmdline").exists() or not Path(f"/proc/{old_pid}/cmdline").read_bytes()
    finally:
        second.stop()
    assert instance_processes(second) == []


def test_start_failure_reports_the_log(tmp_path):
    port = pick_free_port()
    with Dovecot(tmp_path / "a", port=port):
        with pytest.raises(DovecotError) as error:
            Dovecot(tmp_path / "b", port=port).start()
    assert "dovecot.log" in str(error.value) or "Address already in use" in str(error.value)


def test_workdir_layout_and_permissions(dovecot_server):
    config = dovecot_server.config_path.read_text()
    for line in ("protocols = imap", "listen = 127.0.0.1", "ssl = no", "imap_id_log = *",
                 "default_login_user = dovenull", "default_internal_user = dovecot"):
        assert line in config
    assert "%{fetch_body_count}" in config
    home = dovecot_server.mail_root / dovecot_server.user
    if os.geteuid() == 0:
        assert home.stat().st_uid != 0
    assert stat.S_IMODE(dovecot_server.passwd_path.stat().st_mode) == 0o640


def test_cli_start_status_stop(tmp_path):
    workdir = tmp_path / "cli"
    env = {k: v for k, v in os.environ.items() if k != "COLLECTOR_IMAP_PASSWORD"}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "collector.demo.dovecot", *args, "--dir", str(workdir)],
                              capture_output=True, text=True, env=env, timeout=60)

    started = run("start")
    try:
        assert started.returncode == 0, started.stderr
        fields = dict(line.split("=", 1) for line in started.stdout.split())
        assert fields["host"] == "127.0.0.1" and fields["user"] == "jc7710089@163.com"
        password_file = workdir / "password"
        assert stat.S_IMODE(password_file.stat().st_mode) == 0o600
        assert password_file.read_text().strip() not in started.stdout
        server = Dovecot(workdir, port=int(fields["port"]), password=password_file.read_text().strip())
        with server.client() as imap:
            assert imap.select_folder("INBOX")[b"EXISTS"] == 0
        assert run("status").returncode == 0
    finally:
        assert run("stop").returncode == 0
    assert run("status").returncode == 3


def instance_processes(server: Dovecot) -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                title = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if server.instance_name in title or str(server.config_path) in title:
                found.append(f"{entry.name} {title}")
    return found
