"""`collector outbox settle`, run exactly as docs/outbox.md writes it, on a mail a real crash
(os._exit between the steps of sending) left unconfirmed. Real Dovecot, real aiosmtpd."""

from __future__ import annotations

import json
import sqlite3

import pytest
from outbox_helpers import (
    collector, env_for, now_office, parse, sent_folder_copies, summary_attachments, unit_mail, write_campaign,
)
from outbox_helpers import delivered as _delivered, outbox_rows as _outbox
from test_outbox_docs import documented_commands

from collector.faults import CRASH_EXIT_CODE


def documented_settle(flag: str) -> list[str]:
    [command] = [c for c in documented_commands() if c[1:3] == ["outbox", "settle"] and flag in c]
    return command


def _copies(account, message_id: str) -> int:
    return sum(1 for c in sent_folder_copies(account) if parse(c)["Message-ID"] == message_id)


def _left_unconfirmed(account, smtp_sink, tmp_path, crash_at: str) -> tuple[dict, dict]:
    """A receipt whose sending a crash cut off at ``crash_at``: unconfirmed after the next poll."""
    campaign = write_campaign(tmp_path / "campaign.yaml", account.user)
    account.append(unit_mail("jczhen@163.com", "建昌镇", "建昌镇活动总结", summary_attachments("建昌镇")), now_office())
    env = env_for(account, tmp_path / "archive", campaign, smtp_sink.port)
    assert collector({**env, "COLLECTOR_CRASH_AT": crash_at}, "poll").returncode == CRASH_EXIT_CODE
    rerun = collector(env, "poll")
    assert rerun.returncode == 0 and "1 unconfirmed" in rerun.stdout, rerun.stdout + rerun.stderr[-1000:]
    [row] = _outbox(env)
    assert row["state"] == "unconfirmed" and row["id"] == int(documented_settle("--sent")[3])
    return env, row


def _settled_events(env) -> list[dict]:
    db = sqlite3.connect(f"{env['COLLECTOR_DATA_DIR']}/collector.db")
    rows = db.execute("SELECT actor, detail FROM audit_log WHERE event = 'outbox_settled' ORDER BY seq").fetchall()
    db.close()
    return [{"actor": actor, **json.loads(detail)} for actor, detail in rows]


def _refused_again(env, command: list[str]) -> None:
    again = collector(env, *command[1:])
    assert again.returncode == 1 and "不是“未能确认”" in again.stderr, again.stderr
    assert len(_settled_events(env)) == 1


def test_a_mail_settled_as_sent_is_never_sent_again(fresh_mailbox, smtp_sink, tmp_path):
    env, row = _left_unconfirmed(fresh_mailbox, smtp_sink, tmp_path, "outbox.accepted")  # the server has it
    assert _delivered(smtp_sink, row["message_id"]) == 1
    command = documented_settle("--sent")
    run = collector(env, *command[1:])
    assert run.returncode == 0, run.stderr
    assert "已确认发出，不会再次发送" in run.stdout and "jczhen@163.com" in run.stdout
    assert _outbox(env)[0]["state"] == "sent"
    for _ in range(2):
        assert collector(env, "poll").returncode == 0
    assert _delivered(smtp_sink, row["message_id"]) == 1
    assert _copies(fresh_mailbox, row["message_id"]) == 1  # its copy now in the sent folder, once
    [event] = _settled_events(env)
    assert event["settled"] == "sent" and event["outbox_id"] == row["id"] and event["message_id"] == row["message_id"]
    _refused_again(env, command)
    assert collector(env, "verify").returncode == 0


def test_a_mail_settled_as_unsent_is_sent_once_more(fresh_mailbox, smtp_sink, tmp_path):
    env, row = _left_unconfirmed(fresh_mailbox, smtp_sink, tmp_path, "outbox.data_started")  # DATA never sent
    assert _delivered(smtp_sink, row["message_id"]) == 0
    command = documented_settle("--unsent")
    run = collector(env, *command[1:])
    assert run.returncode == 0, run.stderr
    assert "已放回待发送队列" in run.stdout
    assert _outbox(env)[0]["state"] == "queued"
    first = collector(env, "poll")
    assert first.returncode == 0 and "outbox: 1 sent" in first.stdout, first.stdout
    second = collector(env, "poll")
    assert second.returncode == 0 and "outbox" not in second.stdout
    assert _delivered(smtp_sink, row["message_id"]) == 1 and _copies(fresh_mailbox, row["message_id"]) == 1
    assert [e["settled"] for e in _settled_events(env)] == ["unsent"]
    _refused_again(env, command)


@pytest.mark.parametrize("args, message", [
    (["outbox", "settle", "1"], "--sent (it went out) or --unsent"),
    (["outbox", "settle", "99", "--sent"], "没有编号为 99 的邮件"),
])
def test_settle_says_what_is_wrong_in_one_line_and_changes_nothing(fresh_mailbox, smtp_sink, tmp_path, args, message):
    env, row = _left_unconfirmed(fresh_mailbox, smtp_sink, tmp_path, "outbox.data_started")
    run = collector(env, *args)
    assert run.returncode == 1 and message in run.stderr and len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert _outbox(env)[0]["state"] == "unconfirmed" and _settled_events(env) == []
