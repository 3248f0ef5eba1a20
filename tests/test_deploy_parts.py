"""Parts of running as a service, one by one: logins, owners, poll health, the dashboard's warnings."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from collector import runlock, service
from collector.cli import cli
from collector.dashboard.auth import add_user, remove_user
from collector.demo.sample_archive import build_sample
from collector.demo.dovecot import pick_free_port
from collector.serve import build_datasette

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
as_root = pytest.mark.skipif(os.geteuid() != 0, reason="hands a folder to another user: needs root (CI runs as root)")


def collector(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


# ----- logins ------------------------------------------------------------------------------


def test_user_list_and_remove(tmp_path):
    users = str(tmp_path / "users.json")
    assert collector("user", "add", "wang", "--role", "office", "--users-file", users, "--password", "long-enough-1").exit_code == 0
    assert collector("user", "add", "li", "--role", "auditor", "--users-file", users, "--password", "long-enough-2").exit_code == 0
    listed = collector("user", "list", "--users-file", users)
    assert listed.output.splitlines() == ["li\tauditor", "wang\toffice"] and "pbkdf2" not in listed.output
    assert collector("user", "remove", "wang", "--users-file", users).exit_code == 0
    assert collector("user", "list", "--users-file", users).output.splitlines() == ["li\tauditor"]
    again = collector("user", "remove", "wang", "--users-file", users)
    assert again.exit_code == 1 and "no user wang" in again.output


@pytest.mark.parametrize("password", ["1", "short-pw!"])
def test_short_passwords_are_refused(tmp_path, password):
    result = collector("user", "add", "wang", "--role", "office", "--users-file", str(tmp_path / "u.json"), "--password", password)
    assert result.exit_code == 1 and "at least 10 characters" in result.output
    assert not (tmp_path / "u.json").exists()


def test_users_file_from_the_config_file(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text(f'users_file = "{tmp_path / "etc-users.json"}"\n')
    result = CliRunner(env={"COLLECTOR_CONFIG": str(config)}).invoke(
        cli, ["user", "add", "wang", "--role", "office", "--password", "long-enough-1"], catch_exceptions=False)
    assert result.exit_code == 0 and (tmp_path / "etc-users.json").exists()


def run(coro):
    return asyncio.new_event_loop().run_until_complete(coro)


def test_a_running_dashboard_follows_the_users_file(tmp_path):
    users = tmp_path / "users.json"
    add_user("wang", "auditor", "long-enough-1", users_file=users)
    ds = build_datasette(build_sample(tmp_path / "data") and tmp_path / "data", users_file=users, secret="s" * 40)

    def status(actor, path="/"):
        return run(ds.client.get(path, cookies={"ds_actor": ds.sign({"a": actor}, "actor")})).status_code

    assert status({"id": "wang", "role": "auditor"}, "/collector.json?sql=select+1") == 200
    time.sleep(0.01)
    add_user("wang", "office", "long-enough-1", users_file=users)  # demoted: the cookie still says auditor
    add_user("zhao", "office", "long-enough-2", users_file=users)  # added after the start
    assert status({"id": "wang", "role": "auditor"}, "/collector.json?sql=select+1") == 403
    assert status({"id": "zhao", "role": "office"}) == 200
    remove_user("wang", users_file=users)
    assert status({"id": "wang", "role": "auditor"}) == 403  # the removed login's cookie no longer works
    assert status({"id": "zhao", "role": "office"}) == 200


# ----- owners --------------------------------------------------------------------------------


@as_root
def test_commands_on_an_archive_of_another_user_change_nothing(tmp_path):
    data_dir = tmp_path / "archive"
    data_dir.mkdir()
    (data_dir / "collector.db").write_bytes(b"")
    for path in (data_dir, data_dir / "collector.db"):
        os.chown(path, 65534, 65534)
    before = sorted(p.name for p in data_dir.iterdir())
    for command in (["status"], ["verify"], ["poll"], ["reindex"], ["serve"], ["backup", str(tmp_path / "b")]):
        result = collector("--data-dir", str(data_dir), *command)
        assert result.exit_code == 1, command
        assert "belongs to user nobody, not root; nothing was changed" in result.output
        assert len(result.output.splitlines()) == 1
    assert sorted(p.name for p in data_dir.iterdir()) == before and not (tmp_path / "b").exists()


@as_root
def test_user_add_on_another_users_file_is_refused(tmp_path):
    users = tmp_path / "users.json"
    add_user("wang", "office", "long-enough-1", users_file=users)
    os.chown(users, 65534, 65534)
    before = users.read_bytes()
    result = collector("user", "add", "li", "--role", "office", "--users-file", str(users), "--password", "long-enough-2")
    assert result.exit_code == 1 and "belongs to user nobody" in result.output
    assert users.read_bytes() == before


# ----- poll health ---------------------------------------------------------------------------


def history(data_dir: Path, *attempts: tuple[dt.datetime, bool, str]) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / service.HISTORY_NAME).write_text(json.dumps(
        {"attempts": [{"at": at.isoformat(), "ok": ok, "message": m} for at, ok, m in attempts]}))


NOW = dt.datetime(2024, 5, 20, 12, 0, tzinfo=SHANGHAI)


def test_health_is_quiet_after_a_recent_success(tmp_path):
    history(tmp_path, (NOW - dt.timedelta(minutes=5), True, "ok"))
    health = service.poll_health(tmp_path, 2, NOW)
    assert health["alert"] is None and health["last_ok"].startswith("2024-05-20T11:55")


def test_health_alerts_on_a_failed_poll_at_once(tmp_path):
    history(tmp_path, (NOW - dt.timedelta(minutes=10), True, "ok"), (NOW - dt.timedelta(minutes=5), False, "LOGIN failed"))
    assert "最近一次收取失败：LOGIN failed" in service.poll_health(tmp_path, 2, NOW)["alert"]


def test_a_read_after_the_last_failure_clears_it_though_its_record_was_left_out(tmp_path):
    """A backup waiting for the lock can take it the moment a poll lets it go, so the poll's
    own record of success is left out; the mailbox's read stamp still says it read."""
    import sqlite3

    history(tmp_path, (NOW - dt.timedelta(minutes=10), False, "LOGIN failed"))
    conn = sqlite3.connect(tmp_path / "collector.db")
    conn.execute("CREATE TABLE sync_state (folder TEXT, updated_at TEXT)")
    conn.execute("INSERT INTO sync_state VALUES ('INBOX', ?)", ((NOW - dt.timedelta(minutes=12)).isoformat(),))
    conn.commit()
    assert "最近一次收取失败" in service.poll_health(tmp_path, 2, NOW)["alert"]  # read before the failure
    conn.execute("UPDATE sync_state SET updated_at = ?", ((NOW - dt.timedelta(minutes=5)).isoformat(),))
    conn.commit()
    conn.close()
    assert service.poll_health(tmp_path, 2, NOW)["alert"] is None


def test_health_alerts_when_polls_stopped(tmp_path):
    history(tmp_path, (NOW - dt.timedelta(hours=3), True, "ok"))
    alert = service.poll_health(tmp_path, 2, NOW)["alert"]
    assert "已超过 2 小时未成功读取邮箱" in alert and "可能没有运行" in alert
    assert service.poll_health(tmp_path, 4, NOW)["alert"] is None


def test_health_alerts_before_any_success(tmp_path):
    assert "尚未成功读取过邮箱" in service.poll_health(tmp_path, 2, NOW)["alert"]


def test_a_poll_is_recorded_under_the_lock_and_history_is_bounded(tmp_path):
    tmp_path.mkdir(exist_ok=True)
    with runlock.exclusive_run(tmp_path):
        assert not service.record_poll(tmp_path, True, "busy")
    for i in range(service.HISTORY_LENGTH + 5):
        assert service.record_poll(tmp_path, i % 2 == 0, f"run {i}")
    attempts = service.read_history(tmp_path)
    assert len(attempts) == service.HISTORY_LENGTH and attempts[-1]["message"] == f"run {service.HISTORY_LENGTH + 4}"


def test_the_dashboard_shows_last_read_and_the_banner(tmp_path):
    data_dir = tmp_path / "data"
    build_sample(data_dir)
    users = tmp_path / "users.json"
    add_user("clerk", "office", "long-enough-1", users_file=users)
    ds = build_datasette(data_dir, users_file=users, secret="s" * 40, poll_alert_hours=2)
    cookies = {"ds_actor": ds.sign({"a": {"id": "clerk", "role": "office"}}, "actor")}
    service.record_poll(data_dir, True, "收取 0 封")
    page = run(ds.client.get("/", cookies=cookies)).text
    assert "邮箱最后读取" in page and "收取邮件异常" not in page
    service.record_poll(data_dir, False, "LOGIN failed: 授权码错误")
    page = run(ds.client.get("/", cookies=cookies)).text
    assert "收取邮件异常" in page and "LOGIN failed: 授权码错误" in page
    assert "收取邮件异常" not in run(ds.client.get("/-/login")).text  # nothing for who is not logged in


# ----- collector serve's warnings --------------------------------------------------------------


def test_serve_warns_at_once_about_no_users_and_no_tls(tmp_path):
    port = pick_free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("COLLECTOR_")}
    env.update(COLLECTOR_CONFIG=os.devnull, COLLECTOR_USERS_FILE=str(tmp_path / "none.json"))
    from collector.index import connect

    connect(tmp_path / "data").close()  # an archive (serve refuses a folder without one)
    process = subprocess.Popen(
        [sys.executable, "-m", "collector", "--data-dir", str(tmp_path / "data"), "serve", "--host", "0.0.0.0", "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        lines = [process.stderr.readline(), process.stderr.readline()]  # not held back in a buffer
    finally:
        process.terminate()
        process.wait(10)
    assert "尚未配置任何用户" in lines[0]
    assert "without TLS" in lines[1] and "reverse proxy" in lines[1]
