"""One sending pass over the outbox: never twice, never silently lost.

For each mail: claim it (state ``sending``, committed), record ``data_started``
(committed) just before SMTP DATA, mark it ``sent`` as soon as the server
accepts, then put a copy in the sent folder. A run that died in between is
recovered by the next one from what was committed:

  sending, DATA not begun   -> queued again (the server never had the message)
  sending, DATA begun       -> sent if the sent folder holds its Message-ID
                               (a copy the server kept itself), else unconfirmed:
                               shown to a person, never re-sent by itself
  sent, no copy recorded    -> the copy is appended unless the folder has it
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import time

from collector import audit, fetch
from collector.config import ConfigError, Settings
from collector.faults import crash_point
from collector.outbox import queue, transport


CRASH_POINTS = (
    "outbox.claimed",  # state sending committed, nothing said to the SMTP server yet
    "outbox.data_started",  # data_started committed, DATA not yet sent
    "outbox.accepted",  # the server accepted the message, not yet recorded
    "outbox.marked_sent",  # recorded as sent, no copy in the sent folder yet
    "outbox.appended",  # copy appended, not yet recorded
)


@dataclasses.dataclass
class DeliveryReport:
    sent: int = 0
    deferred: int = 0  # 4xx or the link: tried again next run
    failed: int = 0  # 5xx: never retried
    unconfirmed: int = 0
    held: int = 0  # over the daily cap, or not reached this run
    problem: str = ""  # why sending stopped (one line, no secrets)

    def line(self) -> str:
        text = (f"outbox: {self.sent} sent, {self.deferred} to retry, {self.failed} failed, "
                f"{self.unconfirmed} unconfirmed, {self.held} held for the next run")
        return f"{text}; {self.problem}" if self.problem else text

    @property
    def anything(self) -> bool:
        return bool(self.sent or self.deferred or self.failed or self.unconfirmed or self.held or self.problem)


def _office_now() -> dt.datetime:
    return dt.datetime.now(audit.OFFICE_OFFSET)


def sent_today(db) -> int:
    midnight = _office_now().replace(hour=0, minute=0, second=0, microsecond=0).isoformat(timespec="seconds")
    return db.execute(
        "SELECT count(*) FROM outbox WHERE (state = 'sent' AND sent_at >= ?) "
        "OR (state = 'unconfirmed' AND last_attempt_at >= ?)",
        [midnight, midnight],
    ).fetchone()[0]


def _mark(db, row: dict, event: str | None = None, **fields) -> None:
    with db.atomic():
        queue.update(db, row["id"], **fields)
        if event:
            audit.record(
                db, event, message_sha256=row["reply_to_sha256"], kind=row["kind"], campaign=row["campaign"],
                unit=row["unit"], requirement=row["requirement"], message_id=row["message_id"],
                to=json.loads(row["to_addrs"]), error=fields.get("error"),
            )


def deliver(db, settings: Settings) -> DeliveryReport:
    """Send what is queued (holding the run lock). Never raises for the network."""
    report = DeliveryReport()
    pending = queue.rows(db, "WHERE state IN ('queued', 'sending') OR (state = 'sent' AND appended = 0)")
    if not pending:
        return report
    try:
        imap, folder = transport.open_sent_folder(settings)
    except (transport.SentFolderError, fetch.FetchError, ConfigError) as exc:
        report.held = sum(1 for r in pending if r["state"] != "sent")
        report.problem = f"nothing sent: {exc}"
        return report
    try:
        _recover_interrupted(db, imap, folder, report)
        _copy_missing(db, imap, folder)
        _send_queued(db, settings, imap, folder, report)
    except transport.SentFolderError as exc:
        report.problem = str(exc)
        report.held += len(queue.rows(db, "WHERE state = 'queued'"))
    finally:
        fetch.logout(imap)
    return report


def _recover_interrupted(db, imap, folder: str, report: DeliveryReport) -> None:
    for row in queue.rows(db, "WHERE state = 'sending'"):
        if not row["data_started"]:
            _mark(db, row, state="queued")
        elif transport.in_sent_folder(imap, folder, row["message_id"]):
            _mark(db, row, "outbox_sent", state="sent", appended=1, sent_at=row["last_attempt_at"], error=None)
        else:
            report.unconfirmed += 1
            _mark(db, row, "outbox_unconfirmed", state="unconfirmed",
                  error="发送过程中断（程序在邮件交给服务器后退出），无法确认是否已发出，请人工核实")


def _copy_missing(db, imap, folder: str) -> None:
    for row in queue.rows(db, "WHERE state = 'sent' AND appended = 0"):
        if not transport.in_sent_folder(imap, folder, row["message_id"]):
            transport.append_copy(imap, folder, row["raw"])
            crash_point("outbox.appended")
        _mark(db, row, appended=1)


def _send_queued(db, settings: Settings, imap, folder: str, report: DeliveryReport) -> None:
    waiting = queue.rows(db, "WHERE state = 'queued'")
    budget = max(0, settings.smtp_daily_cap - sent_today(db))
    if len(waiting) > budget:
        report.held += len(waiting) - budget
        if not budget:
            report.problem = f"daily cap of {settings.smtp_daily_cap} mails reached"
        waiting = waiting[:budget]
    smtp = None
    try:
        for n, row in enumerate(waiting):
            if n and settings.smtp_pace > 0:
                time.sleep(settings.smtp_pace)
            if smtp is None:
                try:
                    smtp = transport.open_smtp(settings)
                except transport.SmtpUnavailable as exc:
                    report.held += len(waiting) - n
                    report.problem = str(exc)
                    return
            if not _send_one(db, settings, smtp, imap, folder, row, report):
                report.held += len(waiting) - n - 1
                return
    finally:
        transport.close_smtp(smtp)


def _send_one(db, settings: Settings, smtp, imap, folder: str, row: dict, report: DeliveryReport) -> bool:
    """Send one mail; False when the connection is no longer usable."""
    now = audit.now_iso()
    _mark(db, row, state="sending", data_started=0, attempts=(row["attempts"] or 0) + 1, last_attempt_at=now)
    crash_point("outbox.claimed")

    def data_started() -> None:
        _mark(db, row, data_started=1)
        crash_point("outbox.data_started")

    try:
        refused = transport.send(smtp, settings.sender, json.loads(row["to_addrs"]), row["raw"], data_started)
    except transport.Refused as exc:
        if exc.permanent:
            report.failed += 1
            _mark(db, row, "outbox_failed", state="failed", data_started=0, error=f"服务器拒绝（不再重试）：{exc}")
            return True
        report.deferred += 1
        _mark(db, row, "outbox_deferred", state="queued", data_started=0, error=f"服务器暂时拒绝（稍后重试）：{exc}")
        return exc.code != 421  # 421: the server is closing the connection
    except transport.NotDelivered as exc:
        report.deferred += 1
        report.problem = f"SMTP link lost before a mail was handed over ({exc}); it is sent again next run"
        _mark(db, row, "outbox_deferred", state="queued", data_started=0, error=f"连接中断，稍后重试：{exc}")
        return False
    except transport.Ambiguous as exc:
        report.unconfirmed += 1
        report.problem = f"SMTP link lost after a mail was handed over ({exc}); see `collector outbox`"
        _mark(db, row, "outbox_unconfirmed", state="unconfirmed",
              error=f"邮件交给服务器后连接中断，无法确认是否已发出，请人工核实：{exc}")
        return False
    crash_point("outbox.accepted")
    note = "部分收件人被拒绝：" + "; ".join(f"{r} {t}" for r, t in refused.items()) if refused else None
    _mark(db, row, "outbox_sent", state="sent", sent_at=audit.now_iso(), error=note)
    report.sent += 1
    crash_point("outbox.marked_sent")
    if not transport.in_sent_folder(imap, folder, row["message_id"]):
        transport.append_copy(imap, folder, row["raw"])
        crash_point("outbox.appended")
    _mark(db, row, appended=1)
    return True
