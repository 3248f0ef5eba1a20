"""Receipts (回执): one reply to each mail filed for a unit, in campaigns that turn them on.

Never to an auto-reply, a bounce, a read receipt, a mailing list, spam, the
office's own address or a mail not from a unit; a mail in 待审核 gets at most a
short 已收到、待人工确认, and the real receipt once a person has placed it.
Only mails filed after receipts were turned on are answered.
"""

from __future__ import annotations

import datetime as dt
import json
import email.header
import email.parser
import email.policy
import email.utils
from pathlib import Path

from collector import audit
from collector.campaign import Campaign
from collector.config import Settings
from collector.outbox import compose, queue

HEADER_LIMIT = 256 * 1024
NO_REPLY_LOCALPARTS = ("mailer-daemon", "postmaster", "noreply", "no-reply", "donotreply", "do-not-reply", "bounce")
AUTO_SUBJECTS = ("自动回复", "auto:", "automatic reply", "auto-reply", "autoreply", "out of office", "undeliver",
                 "delivery status notification", "系统退信", "退信", "已读:", "已读：", "已读回执", "read:")


def read_headers(path: Path):
    with open(path, "rb") as fh:
        head = fh.read(HEADER_LIMIT)
    end = head.find(b"\r\n\r\n")
    end = end if end >= 0 else head.find(b"\n\n")
    return email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(head[: end if end >= 0 else None])


def never_reply_reason(headers, from_addr: str, own_addresses: set[str], sender_warning: str | None) -> str | None:
    """Why this mail must get no automatic answer (None: it may)."""
    addr = (from_addr or "").strip().lower()
    if not addr or "@" not in addr:
        return "没有发件人地址"
    if addr in own_addresses:
        return "本单位自己的邮箱"
    if addr.split("@")[0] in NO_REPLY_LOCALPARTS or addr.split("@")[0].startswith(NO_REPLY_LOCALPARTS):
        return "系统地址（退信/不接收回复）"
    auto = str(headers.get("Auto-Submitted", "no")).strip().lower()
    if auto and not auto.startswith("no"):
        return "自动发送的邮件（Auto-Submitted）"
    if any(headers.get(h) for h in ("X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress-Reply")):
        return "自动回复"
    if str(headers.get("Precedence", "")).strip().lower() in ("bulk", "junk", "list", "auto_reply"):
        return "群发或自动邮件（Precedence）"
    if any(headers.get(h) for h in ("List-Id", "List-Unsubscribe", "List-Post")):
        return "邮件列表"
    if str(headers.get("Return-Path", "")).strip() == "<>":
        return "退信（空的 Return-Path）"
    content_type = str(headers.get("Content-Type", "")).lower()
    if content_type.startswith("multipart/report"):
        return "已读回执或退信报告"
    if str(headers.get("X-Spam-Flag", "")).strip().upper() == "YES" or str(
        headers.get("X-Spam-Status", "")
    ).strip().lower().startswith("yes"):
        return "垃圾邮件"
    subject = str(email.header.make_header(email.header.decode_header(headers.get("Subject", "") or ""))).lower()
    if subject.startswith(AUTO_SUBJECTS):
        return "自动回复或退信（主题）"
    if sender_warning:
        return "发件人未通过验证（可能冒用单位地址）"
    return None


def own_addresses(settings: Settings, campaigns: list[Campaign]) -> set[str]:
    found = {settings.imap_user, settings.smtp_user, settings.sender}
    found |= {a for c in campaigns for a in c.mailbox_addresses}
    return {a.strip().lower() for a in found if a}


def turned_on_since(db, campaign: Campaign, run_started: str) -> str | None:
    """When this campaign's receipts were turned on (kept while they stay on); the
    dashboard's switch, once used, overrides the campaign file."""
    from collector.outbox.switches import receipts_switches

    if not receipts_switches(db).get(campaign.id, campaign.receipts):
        db.execute("DELETE FROM outbox_receipts_since WHERE campaign = ?", [campaign.id])
        return None
    row = db.execute("SELECT since FROM outbox_receipts_since WHERE campaign = ?", [campaign.id]).fetchone()
    if row:
        return row[0]
    db["outbox_receipts_since"].insert({"campaign": campaign.id, "since": run_started})
    return run_started


CANDIDATES_SQL = """
SELECT m.* FROM messages m
WHERE (m.campaign = ? OR (m.campaign IS NULL AND m.state = 'needs_review' AND ?))
  AND m.filed_at >= ? AND m.state IN ('filed', 'needs_review')
  AND NOT EXISTS (SELECT 1 FROM outbox_skipped k WHERE k.message_sha256 = m.sha256 AND k.state = m.state)
  AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.dedupe_key = 'receipt:' || m.sha256)
  AND NOT (m.state = 'needs_review' AND EXISTS (SELECT 1 FROM outbox o WHERE o.dedupe_key = 'ack:' || m.sha256))
ORDER BY m.received_at, m.sha256
"""


def queue_receipts(db, data_dir: Path, settings: Settings, campaigns: list[Campaign], run_started: str) -> int:
    """Queue a receipt (or a 待人工确认 note) for each mail that should get one; returns how many."""
    queued = 0
    own = own_addresses(settings, campaigns)
    for campaign in campaigns:
        with db.atomic():
            since = turned_on_since(db, campaign, run_started)
        if since is None:
            continue
        # a mail in 待审核 is tied to no campaign yet: with one campaign open it can only be for that one
        for msg in list(db.query(CANDIDATES_SQL, [campaign.id, len(campaigns) == 1, since])):
            with db.atomic():
                queued += _queue_one(db, data_dir, settings, campaign, msg, own)
    return queued


def _queue_one(db, data_dir: Path, settings: Settings, campaign: Campaign, msg: dict, own: set[str]) -> int:
    headers = read_headers(data_dir / msg["raw_path"])
    reason = never_reply_reason(headers, msg["from_addr"], own, msg["sender_warning"])
    if reason is None and not (msg["unit"] if msg["state"] == "filed" else json.loads(msg["suggestions"] or "[]")):
        reason = "不是来自报送单位的邮件"
    if reason:
        db["outbox_skipped"].insert(
            {"message_sha256": msg["sha256"], "state": msg["state"], "reason": reason, "at": audit.now_iso()},
            replace=True,
        )
        return 0
    office = campaign.office_names[0] if campaign.office_names else compose.DEFAULT_OFFICE
    received = dt.datetime.fromisoformat(msg["received_at"]).astimezone(campaign.tz)
    if msg["state"] == "filed":
        kind, body = "receipt", compose.receipt_text(receipt_facts(db, campaign, msg, received, office))
    else:
        kind, body = "ack", compose.ack_text(None, msg["subject"], received, office)
    message = compose.build_message(
        sender=settings.sender, office=office, to=[msg["from_addr"]],
        subject=compose.receipt_subject(msg["subject"]) if kind == "receipt" else f"已收到：{msg['subject'] or '无主题'}",
        body=body, auto="auto-replied", in_reply_to=msg["message_id"],
        references=_references(headers),
    )
    return int(queue.enqueue(db, dedupe_key=f"{kind}:{msg['sha256']}", kind=kind, message=message,
                             campaign=campaign.id, unit=msg["unit"], requirement=None,
                             reply_to_sha256=msg["sha256"]))


def _references(headers) -> str | None:
    refs = " ".join(str(headers.get("References", "") or "").split())
    return refs or None


def receipt_facts(db, campaign: Campaign, msg: dict, received: dt.datetime, office: str) -> compose.ReceiptFacts:
    requirements = []
    for (req_id,) in db.execute(
        "SELECT requirement FROM submissions WHERE message_sha256 = ? ORDER BY rowid", [msg["sha256"]]
    ).fetchall():
        req = campaign.requirement(req_id)
        if req is None:
            continue
        status = db.execute(
            "SELECT missing_parts FROM status WHERE campaign = ? AND unit = ? AND requirement = ?",
            [campaign.id, msg["unit"], req_id],
        ).fetchone()
        due = req.due.astimezone(campaign.tz)
        requirements.append(compose.RequirementFact(req.title, due, status[0] if status else "", received > due))
    files = [
        compose.FileFact(r[0] or "（无名文件）", r[1], r[2] or "other")
        for r in db.execute(
            "SELECT filename, size, kind FROM attachments WHERE message_sha256 = ? AND parent_idx IS NULL "
            "AND (coalesce(inline, 0) = 0 OR (kind = 'photo' AND max(coalesce(width, 0), coalesce(height, 0)) >= 300)) "
            "ORDER BY idx",
            [msg["sha256"]],
        ).fetchall()
    ]
    return compose.ReceiptFacts(msg["unit"], msg["subject"] or "", received, files, requirements, office)
