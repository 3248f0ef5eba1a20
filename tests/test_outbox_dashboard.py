"""The 发件箱 pages on a real Datasette (in process) over an archive a real poll made:
the outbox list, the receipts switch and the reminder send button (office only, CSRF)."""

from __future__ import annotations

import asyncio
import re
import sqlite3

import pytest
from outbox_helpers import collector, env_for, now_office, summary_attachments, unit_mail, write_campaign

from collector.dashboard.auth import add_user
from collector.serve import build_datasette
from collector.demo.smtp_sink import SmtpSink

OFFICE = {"id": "clerk", "role": "office"}
AUDITOR = {"id": "audit", "role": "auditor"}


@pytest.fixture
def dashboard(fresh_mailbox, tmp_path, monkeypatch):
    with SmtpSink() as sink:
        campaign = write_campaign(tmp_path / "campaign.yaml", fresh_mailbox.user)
        env = env_for(fresh_mailbox, tmp_path / "archive", campaign, sink.port)
        fresh_mailbox.append(unit_mail("bjz@163.com", "八家子镇", "八家子镇活动总结",
                                       summary_attachments("八家子镇", photo=False)), now_office())
        assert collector(env, "poll").returncode == 0
        for name, value in env.items():
            if name.startswith("COLLECTOR_"):
                monkeypatch.setenv(name, value)
        users = tmp_path / "users.json"  # a cookie counts only for a login that exists
        add_user("clerk", "office", "clerk-pass-1", users_file=users)
        add_user("audit", "auditor", "audit-pass-1", users_file=users)
        ds = build_datasette(tmp_path / "archive", users_file=users, secret="test-secret")
        yield ds, env, sink, tmp_path / "archive" / "collector.db", fresh_mailbox


def _cookies(ds, actor):
    return {"ds_actor": ds.sign({"a": actor}, "actor")}


def _get(ds, path, actor):
    return asyncio.run(ds.client.get(path, cookies=_cookies(ds, actor)))


def _post(ds, path, actor, data, with_token=True):
    page = _get(ds, "/outbox", actor)
    cookies = _cookies(ds, actor)
    if with_token:
        token = re.search(r'name="csrftoken" value="([^"]+)"', page.text)
        token = token.group(1) if token else ds.sign({}, "csrftoken")
        cookies["ds_csrftoken"] = page.cookies.get("ds_csrftoken") or token
        data = {**data, "csrftoken": token}
    return asyncio.run(ds.client.post(path, cookies=cookies, data=data))


def test_the_outbox_page_lists_what_was_sent(dashboard):
    ds, _, sink, _, _ = dashboard
    page = _get(ds, "/outbox", OFFICE)
    assert page.status_code == 200
    assert "回执：八家子镇活动总结" in page.text and "bjz@163.com" in page.text and "已发送" in page.text
    assert "关闭回执" in page.text  # the office's switch
    assert "关闭回执" not in _get(ds, "/outbox", AUDITOR).text
    assert asyncio.run(ds.client.get("/outbox")).status_code == 403
    assert '<a href="/outbox">发件箱</a>' in _get(ds, "/", OFFICE).text


def test_the_receipts_switch_is_office_only_needs_csrf_and_is_audited(dashboard):
    ds, env, sink, db_path, account = dashboard
    assert _post(ds, "/outbox/receipts", OFFICE, {"campaign": "test-outbox", "receipts": "0"},
                 with_token=False).status_code == 403
    assert _post(ds, "/outbox/receipts", AUDITOR, {"campaign": "test-outbox", "receipts": "0"}).status_code == 403
    response = _post(ds, "/outbox/receipts", OFFICE, {"campaign": "test-outbox", "receipts": "0"})
    assert response.status_code == 302 and response.headers["location"] == "/outbox?msg=receipts-off"
    assert "开启回执" in _get(ds, "/outbox", OFFICE).text
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT actor FROM audit_log WHERE event = 'receipts_switched'").fetchall() == [("dashboard:clerk",)]
    conn.close()
    sent_before = len(sink.messages)
    account.append(unit_mail("jczhen@163.com", "建昌镇", "建昌镇活动总结", summary_attachments("建昌镇")), now_office())
    run = collector(env, "poll")
    assert run.returncode == 0 and "1 filed" in run.stdout
    assert len(sink.messages) == sent_before  # the switch overrides the campaign file's receipts: true


def test_the_reminder_preview_and_send_button(dashboard):
    ds, _, sink, _, _ = dashboard
    preview = _get(ds, "/outbox/remind", AUDITOR)
    assert preview.status_code == 200
    assert "八家子镇" in preview.text and "缺活动照片" in preview.text and "县水利局" in preview.text
    assert "发送催报邮件" not in preview.text  # the auditor sees, does not send
    assert _post(ds, "/outbox/remind", AUDITOR, {"campaign": "", "requirement": "summary"}).status_code == 403
    office = _get(ds, "/outbox/remind?requirement=summary", OFFICE)
    assert "发送催报邮件（3封）" in office.text
    before = len(sink.messages)
    sent = _post(ds, "/outbox/remind", OFFICE, {"campaign": "", "requirement": "summary"})
    assert sent.status_code == 302, sent.text[-800:]
    assert sent.headers["location"] == "/outbox/remind?campaign=&requirement=summary&done=3,0,0,0,0"
    shown = _get(ds, sent.headers["location"], OFFICE)  # reloading it sends nothing
    assert "已发送 3 封" in shown.text
    assert sorted(m.rcpt_tos[0] for m in sink.messages[before:]) == ["bjz@163.com", "fgj@163.com", "jczhen@163.com"]


def test_a_refused_mail_is_shown_for_the_clerk(dashboard):
    ds, env, sink, _, account = dashboard
    sink.rcpt_answers["jczhen@163.com"] = "550 5.1.1 User not found"
    account.append(unit_mail("jczhen@163.com", "建昌镇", "建昌镇活动总结", summary_attachments("建昌镇")), now_office())
    assert "1 failed" in collector(env, "poll").stdout
    page = _get(ds, "/outbox", OFFICE).text
    problems = page[page.index('id="outbox-problems"'):page.index('id="outbox-table"')]
    assert "jczhen@163.com" in problems and "发送失败" in problems and "550 5.1.1 User not found" in problems
    assert "bjz@163.com" not in problems


def test_the_outbox_pages_use_the_dashboards_settings_read_once(dashboard, tmp_path, monkeypatch):
    """The 发件箱 pages run with the settings a decision runs with (the dashboard's own
    campaign files, here given to `collector serve --campaign`, not the environment), and
    the config file is read again only when it changes, not on every request."""
    from collector import config

    _, env, _, db_path, _ = dashboard
    monkeypatch.delenv("COLLECTOR_CAMPAIGN")
    config_file = tmp_path / "config.toml"
    config_file.write_text("smtp_pace = 0\n", encoding="utf-8")
    monkeypatch.setenv("COLLECTOR_CONFIG", str(config_file))
    reads = []
    real_read = config._read_config_file
    monkeypatch.setattr(config, "_read_config_file", lambda environ: reads.append(1) or real_read(environ))
    users = tmp_path / "users.json"
    ds = build_datasette(db_path.parent, users_file=users, secret="test-secret", campaign=env["COLLECTOR_CAMPAIGN"])
    for _ in range(3):
        page = _get(ds, "/outbox", OFFICE)
        assert page.status_code == 200
        assert 'name="campaign" value="test-outbox"' in page.text, page.text[-3000:]
    assert _get(ds, "/outbox/remind?campaign=test-outbox", OFFICE).status_code == 200
    assert len(reads) <= 1
    config_file.write_text("smtp_pace = 0\nsmtp_daily_cap = 50\n", encoding="utf-8")
    before = len(reads)
    assert _get(ds, "/outbox", OFFICE).status_code == 200
    assert len(reads) == before + 1
