"""Reminders (催报): the plan, exact texts, sending only with --send and only to units still
missing something; a campaign's schedule sends once. Real Dovecot poll, real aiosmtpd."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest
from outbox_helpers import (
    collector, env_for, now_office, parse, sent_folder_copies, summary_attachments, unit_mail, write_campaign,
)


NOW = "2030-05-20T09:00:00+08:00"


@pytest.fixture
def polled(fresh_mailbox, smtp_sink, tmp_path):
    """建昌镇 complete, 八家子镇 without photos, 县发改局 nothing, 县水利局 nothing and no address."""
    campaign = write_campaign(tmp_path / "campaign.yaml", fresh_mailbox.user, receipts=False)
    env = env_for(fresh_mailbox, tmp_path / "archive", campaign, smtp_sink.port)
    fresh_mailbox.append(unit_mail("jczhen@163.com", "建昌镇", "建昌镇活动总结", summary_attachments("建昌镇")), now_office())
    fresh_mailbox.append(unit_mail("bjz@163.com", "八家子镇", "八家子镇活动总结",
                                   summary_attachments("八家子镇", photo=False)), now_office())
    run = collector(env, "poll")
    assert run.returncode == 0 and "2 filed" in run.stdout, run.stdout + run.stderr
    return env


def test_the_plan_names_who_gets_what_and_whom_to_phone_and_sends_nothing(polled, smtp_sink):
    run = collector(polled, "remind", "--now", NOW)
    assert run.returncode == 0, run.stderr
    assert run.stdout == (
        "test-outbox  summary  八家子镇  缺活动照片  → bjz@163.com\n"
        "test-outbox  summary  县发改局  未报送  → fgj@163.com\n"
        "test-outbox  summary  县水利局  未报送  → 无已知邮箱，请电话联系\n"
        "催报：2 个单位有邮箱，1 个单位没有已知邮箱（请电话联系）。加 --send 发送。\n"
    )
    plan = json.loads(collector(polled, "remind", "--json", "--now", NOW).stdout)
    partial = next(p for p in plan if p["unit"] == "八家子镇")
    assert partial["subject"] == "催报：活动总结及记录照片（截止2030年5月23日16:00）"
    assert partial["body"] == (
        "八家子镇：\n\n"
        "根据“测试活动材料报送”的要求，你单位应于2030年5月23日16:00前报送“活动总结及记录照片”。"
        "截至2030年5月20日09:00，已收到你单位的部分材料，仍缺：活动照片。\n\n"
        f"请于截止时间前将材料发送至 {partial['body'].split('发送至 ')[1].split('。')[0]}。如已发送，请忽略本邮件。\n\n"
        "（本邮件由报送系统自动发送，请勿直接回复。如有疑问，请与建昌县人民政府办公室联系。）\n"
        "建昌县人民政府办公室\n"
    )
    missing = next(p for p in plan if p["unit"] == "县发改局")
    assert "截至2030年5月20日09:00，尚未收到你单位的该项材料。" in missing["body"]
    assert smtp_sink.messages == []
    assert json.loads(collector(polled, "outbox", "--json").stdout) == []


def test_send_reaches_only_units_missing_something(polled, smtp_sink, fresh_mailbox):
    run = collector(polled, "remind", "--requirement", "summary", "--send", "--now", NOW)
    assert run.returncode == 0, run.stderr
    assert "outbox: 2 sent" in run.stdout
    got = sorted((m.rcpt_tos[0], parse(m.data)["Auto-Submitted"]) for m in smtp_sink.messages)
    assert got == [("bjz@163.com", "auto-generated"), ("fgj@163.com", "auto-generated")]
    body = parse(next(m for m in smtp_sink.messages if m.rcpt_tos == ["bjz@163.com"]).data).get_content()
    assert "仍缺：活动照片" in body
    assert len(sent_folder_copies(fresh_mailbox)) == 2
    rows = json.loads(collector(polled, "outbox", "--json").stdout)
    assert sorted((r["kind"], r["unit"], r["state"]) for r in rows) == [
        ("reminder", "八家子镇", "sent"), ("reminder", "县发改局", "sent")
    ]
    assert collector(polled, "poll").stdout.count("outbox") == 0  # nothing left to send


def test_an_unknown_campaign_is_one_line(polled):
    run = collector(polled, "remind", "--campaign", "nope")
    assert run.returncode == 1 and run.stderr.startswith("collector: no campaign 'nope'")


def test_a_scheduled_reminder_is_sent_once_by_the_poll(fresh_mailbox, smtp_sink, tmp_path):
    due = (dt.datetime.now(dt.timezone(dt.timedelta(hours=8))) + dt.timedelta(hours=12)).replace(microsecond=0)
    campaign = write_campaign(tmp_path / "campaign.yaml", fresh_mailbox.user, receipts=False,
                              reminders="[{before: 24h}]", summary_due=due.isoformat())
    env = env_for(fresh_mailbox, tmp_path / "archive", campaign, smtp_sink.port)
    fresh_mailbox.append(unit_mail("jczhen@163.com", "建昌镇", "建昌镇活动总结", summary_attachments("建昌镇")), now_office())
    first = collector(env, "poll")
    assert first.returncode == 0 and "outbox: 2 sent" in first.stdout, first.stdout + first.stderr
    assert sorted(m.rcpt_tos[0] for m in smtp_sink.messages) == ["bjz@163.com", "fgj@163.com"]
    second = collector(env, "poll")
    assert second.returncode == 0 and "outbox" not in second.stdout
    assert len(smtp_sink.messages) == 2


def test_a_schedule_still_ahead_sends_nothing_and_keeps_polls_idle(fresh_mailbox, smtp_sink, tmp_path):
    due = (dt.datetime.now(dt.timezone(dt.timedelta(hours=8))) + dt.timedelta(days=3)).replace(microsecond=0)
    campaign = write_campaign(tmp_path / "campaign.yaml", fresh_mailbox.user, receipts=False,
                              reminders="[{before: 24h}]", summary_due=due.isoformat())
    env = env_for(fresh_mailbox, tmp_path / "archive", campaign, smtp_sink.port)
    assert collector(env, "poll").returncode == 0
    assert smtp_sink.messages == []
    runs = lambda: sqlite3.connect(tmp_path / "archive" / "collector.db").execute("SELECT count(*) FROM runs").fetchone()[0]  # noqa: E731
    before = runs()
    assert collector(env, "poll").returncode == 0
    assert runs() == before  # the idle poll's light path: no run recorded, nothing loaded
    assert smtp_sink.messages == []
