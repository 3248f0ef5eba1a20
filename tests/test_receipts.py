"""Receipts (回执) sent through a real SMTP server (aiosmtpd on loopback) after a real poll
of the test Dovecot: who gets one, exact content and headers, the copy in the sent folder."""

from __future__ import annotations

import json
import sqlite3

import pytest

from outbox_helpers import (
    collector, env_for, now_office, parse, sent_folder_copies, summary_attachments, unit_mail, write_campaign,
)


@pytest.fixture
def setup(fresh_mailbox, smtp_sink, tmp_path):
    campaign = write_campaign(tmp_path / "campaign.yaml", fresh_mailbox.user)
    env = env_for(fresh_mailbox, tmp_path / "archive", campaign, smtp_sink.port)
    return fresh_mailbox, env


def test_one_receipt_per_filed_mail_with_exact_content_and_threading(setup, smtp_sink):
    account, env = setup
    original_id = "<unit-1@163.com>"
    account.append(unit_mail("jczhen@163.com", "建昌镇党政办", "建昌镇政务公开日活动总结",
                             summary_attachments("建昌镇", photo=False), message_id=original_id,
                             extra_headers={"References": "<older@163.com>"}), now_office())
    run = collector(env, "poll")
    assert run.returncode == 0, run.stderr
    assert "outbox: 1 sent" in run.stdout
    assert len(smtp_sink.messages) == 1
    got = smtp_sink.messages[0]
    assert got.rcpt_tos == ["jczhen@163.com"]
    assert got.mail_from == account.user
    mail = parse(got.data)
    assert mail["Subject"] == "回执：建昌镇政务公开日活动总结"
    assert mail["In-Reply-To"] == original_id
    assert mail["References"] == f"<older@163.com> {original_id}"
    assert mail["Auto-Submitted"] == "auto-replied"
    assert mail["From"].addresses[0].addr_spec == account.user
    assert mail["From"].addresses[0].display_name == "建昌县人民政府办公室"
    assert mail["Message-ID"].endswith("@163.com>")
    body = mail.get_content().replace("\r\n", "\n")
    size = json.loads(collector(env, "messages", "--json").stdout)[0]["attachments"][0]["size"]
    received = json.loads(collector(env, "messages", "--json").stdout)[0]["received_at"]
    when = f"{int(received[0:4])}年{int(received[5:7])}月{int(received[8:10])}日{received[11:16]}"
    assert body == (
        "建昌镇：\n\n"
        f"你单位于{when}发来的邮件（主题：建昌镇政务公开日活动总结）已收到，登记为建昌镇报送的以下材料：\n"
        "· 活动总结及记录照片（截止时间：2030年5月23日16:00）：本邮件在截止时间前送达；目前仍缺：活动照片。\n\n"
        "收到的文件：\n"
        f"  1. 建昌镇活动总结.docx（{size / 1024:.1f} KB）\n\n"
        "（本邮件由报送系统自动发送，请勿直接回复。如有疑问，请与建昌县人民政府办公室联系。）\n"
        "建昌县人民政府办公室\n"
    )
    copies = sent_folder_copies(account)
    assert len(copies) == 1 and parse(copies[0])["Message-ID"] == mail["Message-ID"]
    outbox = json.loads(collector(env, "outbox", "--json").stdout)
    assert [(r["kind"], r["unit"], r["to"], r["state"], r["in_reply_to"], r["message_id"]) for r in outbox] == [
        ("receipt", "建昌镇", ["jczhen@163.com"], "sent", original_id, mail["Message-ID"])
    ]
    again = collector(env, "poll")
    assert again.returncode == 0 and len(smtp_sink.messages) == 1, again.stdout
    assert "outbox" not in again.stdout
    conn = sqlite3.connect(env["COLLECTOR_DATA_DIR"] + "/collector.db")
    events = conn.execute("SELECT event, detail FROM audit_log WHERE event LIKE 'outbox_%' ORDER BY seq").fetchall()
    conn.close()
    assert [e for e, _ in events] == ["outbox_queued", "outbox_sent"]
    assert all(mail["Message-ID"] in detail for _, detail in events)
    assert collector(env, "verify").returncode == 0


def test_a_complete_late_submission_says_so(setup, smtp_sink, tmp_path):
    account, env = setup
    account.append(unit_mail("fgj@163.com", "县发改局", "县发改局访谈稿件",
                             [("县发改局访谈稿.docx", b"PK-not-really", "application", "msword")]), now_office())
    assert collector(env, "poll").returncode == 0
    body = parse(smtp_sink.messages[0].data).get_content().replace("\r\n", "\n")
    assert "· 访谈材料（截止时间：2023年5月11日16:00）：本邮件逾期送达（晚于截止时间）；该项材料已齐全。\n" in body


NEVER = {
    "auto-reply": unit_mail("bjz@163.com", "八家子镇", "自动回复：八家子镇活动总结", extra_headers={"Auto-Submitted": "auto-replied"}),
    "bounce": unit_mail("MAILER-DAEMON@163.com", "系统退信", "八家子镇活动总结 退信"),
    "read receipt": (
        "From: 八家子镇 <bjz@163.com>\r\nTo: jc7710089@163.com\r\nSubject: 八家子镇活动总结\r\n"
        "Message-ID: <mdn-1@163.com>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain\r\n\r\nThe message was displayed.\r\n"
        "--b\r\nContent-Type: message/disposition-notification\r\n\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n--b--\r\n"
    ).encode("utf-8"),
    "list": unit_mail("bjz@163.com", "八家子镇", "八家子镇活动总结", extra_headers={"List-Id": "<zwgk.lists.163.com>"}),
    "precedence": unit_mail("bjz@163.com", "八家子镇", "八家子镇活动总结", extra_headers={"Precedence": "bulk"}),
    "spam": unit_mail("bjz@163.com", "八家子镇", "八家子镇活动总结", extra_headers={"X-Spam-Flag": "YES"}),
}


def test_no_receipt_to_anything_in_the_never_list(setup, smtp_sink):
    account, env = setup
    for raw in NEVER.values():
        account.append(raw, now_office())
    account.append(unit_mail(account.user, "县政府办", "转发：八家子镇活动总结", summary_attachments("八家子镇")), now_office())
    account.append(unit_mail("stranger@qq.com", "某人", "你好", body="请问这个邮箱是谁的？"), now_office())
    account.append(unit_mail("bjz@163.com", "八家子镇", "八家子镇活动总结", summary_attachments("八家子镇")), now_office())
    run = collector(env, "poll")
    assert run.returncode == 0, run.stderr
    rows = json.loads(collector(env, "outbox", "--json").stdout)
    kinds = sorted((r["kind"], tuple(r["to"])) for r in rows)
    assert ("receipt", ("bjz@163.com",)) in kinds
    assert [k for k in kinds if k[0] == "receipt"] == [("receipt", ("bjz@163.com",))]
    assert all(to not in (("mailer-daemon@163.com",), (account.user,)) for _, to in kinds)
    assert [m.rcpt_tos for m in smtp_sink.messages if parse(m.data)["Subject"].startswith("回执")] == [["bjz@163.com"]]
    assert all(to != ("stranger@qq.com",) for _, to in kinds)
    assert all(m.rcpt_tos != ["stranger@qq.com"] for m in smtp_sink.messages)


def test_receipts_are_off_unless_the_campaign_turns_them_on(fresh_mailbox, smtp_sink, tmp_path):
    campaign = write_campaign(tmp_path / "campaign.yaml", fresh_mailbox.user, receipts=False)
    env = env_for(fresh_mailbox, tmp_path / "archive", campaign, smtp_sink.port)
    fresh_mailbox.append(unit_mail("jczhen@163.com", "建昌镇", "建昌镇活动总结", summary_attachments("建昌镇")), now_office())
    run = collector(env, "poll")
    assert run.returncode == 0 and "outbox" not in run.stdout
    assert smtp_sink.messages == [] and sent_folder_copies(fresh_mailbox) == []


def test_a_mail_a_person_files_later_gets_its_receipt_then(setup, smtp_sink):
    account, env = setup
    account.append(unit_mail("someone@qq.com", "小王", "材料", summary_attachments("x", photo=True),
                             body="附件是材料。"), now_office())
    run = collector(env, "poll")
    assert run.returncode == 0 and "1 for review" in run.stdout, run.stdout
    assert smtp_sink.messages == []  # not from a unit (yet): no answer
    sha = json.loads(collector(env, "messages", "--json").stdout)[0]["sha256"]
    assert collector(env, "assign", sha[:12], "八家子镇", "-r", "summary").returncode == 0
    again = collector(env, "poll")
    assert again.returncode == 0 and "outbox: 1 sent" in again.stdout, again.stdout + again.stderr
    [receipt] = smtp_sink.messages
    assert receipt.rcpt_tos == ["someone@qq.com"]
    body = parse(receipt.data).get_content()
    assert body.startswith("八家子镇：") and "登记为八家子镇报送的以下材料" in body
    assert collector(env, "poll").stdout.count("outbox") == 0


def test_a_mail_in_review_gets_only_a_short_note_and_the_receipt_after_a_person_decides(setup, smtp_sink):
    account, env = setup
    # 八家子镇's address, but the subject names 建昌镇: the matcher asks a person
    account.append(unit_mail("bjz@163.com", "八家子镇", "建昌镇活动总结", summary_attachments("建昌镇"),
                             message_id="<review-1@163.com>"), now_office())
    run = collector(env, "poll")
    assert run.returncode == 0 and "1 for review" in run.stdout, run.stdout
    [note] = smtp_sink.messages
    mail = parse(note.data)
    assert note.rcpt_tos == ["bjz@163.com"]
    assert mail["Subject"] == "已收到：建昌镇活动总结" and mail["In-Reply-To"] == "<review-1@163.com>"
    received = json.loads(collector(env, "messages", "--json").stdout)[0]["received_at"]
    when = f"{int(received[0:4])}年{int(received[5:7])}月{int(received[8:10])}日{received[11:16]}"
    assert mail.get_content().replace("\r\n", "\n") == (
        "您好：\n\n"
        f"您于{when}发来的邮件（主题：建昌镇活动总结）已收到，待人工确认后登记，确认后将另行发送回执。\n\n"
        "（本邮件由报送系统自动发送，请勿直接回复。如有疑问，请与建昌县人民政府办公室联系。）\n"
        "建昌县人民政府办公室\n"
    )
    assert collector(env, "poll").stdout.count("outbox") == 0  # one note, not one per poll
    assert collector(env, "assign", "<review-1@163.com>", "建昌镇", "-r", "summary").returncode == 0
    assert "outbox: 1 sent" in collector(env, "poll").stdout
    receipt = parse(smtp_sink.messages[1].data)
    assert receipt["Subject"] == "回执：建昌镇活动总结"
    assert receipt.get_content().startswith("建昌镇：")
    kinds = [(r["kind"], r["state"]) for r in json.loads(collector(env, "outbox", "--json").stdout)]
    assert kinds == [("ack", "sent"), ("receipt", "sent")]


def test_a_receipt_tells_the_unit_an_attachment_came_empty():
    """玲珑塔镇's 台账 arrived as 0 bytes (an upload cut off): the receipt says so at once, beside what did
    come, so the unit sends it again before the deadline rather than after the reminder."""
    import datetime as dt

    from collector.outbox.compose import FileFact, ReceiptFacts, RequirementFact, receipt_text

    when = dt.datetime(2028, 7, 14, 16, 45)
    text = receipt_text(ReceiptFacts(
        "玲珑塔镇", "玲珑塔镇三资清查台账及情况报告", when,
        [FileFact("玲珑塔镇农村集体三资清查台账.xlsx", 0, "empty"), FileFact("玲珑塔镇清查情况报告（盖章）.pdf", 24802, "document")],
        [RequirementFact("清查台账和盖章的清查情况报告扫描件", dt.datetime(2028, 7, 20, 17), "缺清查台账", False)], "县政府办公室"))
    assert "1. 玲珑塔镇农村集体三资清查台账.xlsx（0 字节，是空文件，未收到内容，请重新发送）" in text
    assert "2. 玲珑塔镇清查情况报告（盖章）.pdf（24.2 KB）" in text and "目前仍缺：清查台账" in text
