"""The outbox never sends twice and never loses a mail silently: kill -9 (os._exit at each
step of sending, as tests/test_durability.py does), and SMTP faults from a real server:
refused, 4xx, 5xx, a link dropped during DATA. Real Dovecot (the sent folder), real aiosmtpd."""

from __future__ import annotations

import pytest
from faultproxy import Fault, FaultProxy
from outbox_helpers import (
    collector, env_for, now_office, parse, sent_folder_copies, summary_attachments, unit_mail, write_campaign,
)
from outbox_helpers import delivered as _delivered, outbox_rows as _outbox

from collector.demo.dovecot import pick_free_port
from collector.faults import CRASH_EXIT_CODE
from collector.outbox.delivery import CRASH_POINTS
from collector.demo.smtp_sink import SmtpSink


def _box(account, tmp_path, port: int, **extra):
    campaign = write_campaign(tmp_path / "campaign.yaml", account.user)
    account.append(unit_mail("jczhen@163.com", "建昌镇", "建昌镇活动总结", summary_attachments("建昌镇")), now_office())
    return env_for(account, tmp_path / "archive", campaign, port, **extra)


@pytest.mark.parametrize("point", CRASH_POINTS)
def test_a_crash_at_each_step_of_sending_doubles_nothing_and_loses_nothing_silently(
    point, fresh_mailbox, smtp_sink, tmp_path
):
    env = _box(fresh_mailbox, tmp_path, smtp_sink.port)
    crashed = collector({**env, "COLLECTOR_CRASH_AT": point}, "poll")
    assert crashed.returncode == CRASH_EXIT_CODE, crashed.stderr[-1000:]
    rerun = collector(env, "poll")
    assert rerun.returncode == 0, rerun.stderr[-1000:]
    third = collector(env, "poll")
    assert third.returncode == 0, third.stderr[-1000:]
    [row] = _outbox(env)
    delivered = _delivered(smtp_sink, row["message_id"])
    copies = [c for c in sent_folder_copies(fresh_mailbox) if parse(c)["Message-ID"] == row["message_id"]]
    assert delivered <= 1 and len(copies) <= 1, (point, delivered, len(copies))
    if row["state"] == "unconfirmed":  # reported, never re-sent by itself
        assert point in ("outbox.data_started", "outbox.accepted")
        assert "1 unconfirmed" in rerun.stdout and row["error"]
        assert "outbox" not in third.stdout  # not tried again
    else:
        assert (row["state"], delivered, len(copies)) == ("sent", 1, 1), point
    assert collector(env, "verify").returncode == 0


def test_a_refused_connection_keeps_the_mail_queued_and_the_next_run_sends_it(fresh_mailbox, tmp_path):
    port = pick_free_port()
    env = _box(fresh_mailbox, tmp_path, port)
    run = collector(env, "poll")
    assert run.returncode == 0, run.stderr  # filing is not held up by a dead SMTP server
    assert "1 filed" in run.stdout
    assert f"cannot reach SMTP server 127.0.0.1:{port}" in run.stdout
    [row] = _outbox(env)
    assert row["state"] == "queued"
    with SmtpSink(port) as smtp_sink:
        again = collector(env, "poll")
        assert again.returncode == 0 and "outbox: 1 sent" in again.stdout, again.stdout
        assert _delivered(smtp_sink, row["message_id"]) == 1
    assert _outbox(env)[0]["state"] == "sent"


def test_a_4xx_answer_is_retried_on_the_next_run(fresh_mailbox, smtp_sink, tmp_path):
    env = _box(fresh_mailbox, tmp_path, smtp_sink.port)
    smtp_sink.data_answers.append("451 4.3.0 Too many mails, try again later")
    run = collector(env, "poll")
    assert run.returncode == 0 and "1 to retry" in run.stdout, run.stdout
    [row] = _outbox(env)
    assert row["state"] == "queued" and "451" in row["error"]
    assert smtp_sink.messages == []
    assert "outbox: 1 sent" in collector(env, "poll").stdout
    assert _delivered(smtp_sink, row["message_id"]) == 1


def test_a_5xx_answer_is_reported_and_never_retried(fresh_mailbox, smtp_sink, tmp_path):
    env = _box(fresh_mailbox, tmp_path, smtp_sink.port)
    smtp_sink.rcpt_answers["jczhen@163.com"] = "550 5.1.1 User not found"
    run = collector(env, "poll")
    assert run.returncode == 0 and "1 failed" in run.stdout, run.stdout
    [row] = _outbox(env)
    assert row["state"] == "failed" and "550 5.1.1 User not found" in row["error"]
    del smtp_sink.rcpt_answers["jczhen@163.com"]
    again = collector(env, "poll")
    assert "outbox" not in again.stdout and smtp_sink.messages == []
    assert "服务器拒绝（不再重试）" in collector(env, "outbox").stdout


@pytest.mark.parametrize(
    "fault, expected",
    [
        (Fault("cut", b"250 OK\r\n", 0), {("sent", 1)}),  # before the answer to RCPT: surely not handed over
        # in the middle of the go-ahead for DATA: the client cannot tell whether the server took it
        (Fault("cut", b"354 ", 3), {("sent", 1), ("unconfirmed", 0)}),
        # after the whole message, before the server's answer: the server has it
        (Fault("cut", b"<CR><LF>.<CR><LF>\r\n", 0), {("unconfirmed", 1)}),
    ],
    ids=["before-data", "in-data", "after-data"],
)
def test_a_link_dropped_in_smtp_doubles_nothing_and_reports_what_is_unsure(
    fault, expected, fresh_mailbox, smtp_sink, tmp_path
):
    with FaultProxy("127.0.0.1", smtp_sink.port) as proxy:
        proxy.plan(fault)
        env = _box(fresh_mailbox, tmp_path, proxy.port)
        run = collector(env, "poll")
        assert run.returncode == 0, run.stderr
        assert proxy.faults_fired == 1
        again = collector(env, "poll")
        assert again.returncode == 0, again.stderr
    [row] = _outbox(env)
    delivered = _delivered(smtp_sink, row["message_id"])
    assert (row["state"], delivered) in expected
    if row["state"] == "unconfirmed":  # not sent again by itself, and said so
        assert "1 unconfirmed" in run.stdout and "未能确认" in collector(env, "outbox").stdout
    else:
        assert "1 to retry" in run.stdout and "outbox: 1 sent" in again.stdout


def test_the_daily_cap_holds_the_rest_for_the_next_run(fresh_mailbox, smtp_sink, tmp_path):
    env = _box(fresh_mailbox, tmp_path, smtp_sink.port, COLLECTOR_SMTP_DAILY_CAP="1")
    fresh_mailbox.append(unit_mail("bjz@163.com", "八家子镇", "八家子镇活动总结", summary_attachments("八家子镇")), now_office())
    run = collector(env, "poll")
    assert "outbox: 1 sent" in run.stdout and "1 held" in run.stdout, run.stdout
    assert len(smtp_sink.messages) == 1
    again = collector(env, "poll")
    assert "daily cap of 1" in again.stdout and len(smtp_sink.messages) == 1
    assert sorted(r["state"] for r in _outbox(env)) == ["queued", "sent"]


def test_a_wrong_smtp_password_is_one_line_and_never_printed(fresh_mailbox, tmp_path):
    with SmtpSink(users={fresh_mailbox.user: "right-code"}) as smtp_sink:
        env = _box(fresh_mailbox, tmp_path, smtp_sink.port, COLLECTOR_SMTP_PASSWORD="wrong-code-123")
        run = collector(env, "poll")
        assert run.returncode == 0
        assert "refused: check the authorisation code (授权码)" in run.stdout
        assert "wrong-code-123" not in run.stdout + run.stderr
        assert smtp_sink.messages == [] and _outbox(env)[0]["state"] == "queued"
        ok = collector({**env, "COLLECTOR_SMTP_PASSWORD": "right-code"}, "poll")
        assert "outbox: 1 sent" in ok.stdout and len(smtp_sink.messages) == 1
    db = (tmp_path / "archive" / "collector.db").read_bytes()
    assert b"right-code" not in db and b"wrong-code-123" not in db


def test_mails_are_paced(fresh_mailbox, smtp_sink, tmp_path):
    env = _box(fresh_mailbox, tmp_path, smtp_sink.port, COLLECTOR_SMTP_PACE="1.5")
    fresh_mailbox.append(unit_mail("bjz@163.com", "八家子镇", "八家子镇活动总结", summary_attachments("八家子镇")), now_office())
    assert "outbox: 2 sent" in collector(env, "poll").stdout
    first, second = smtp_sink.messages
    assert second.at - first.at >= 1.5
