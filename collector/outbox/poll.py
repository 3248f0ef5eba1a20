"""What a poll does after filing, under the same run lock: queue receipts and
scheduled reminders, then send what is queued. Filing never waits on it."""

from __future__ import annotations

import datetime as dt
import logging

from collector.config import Settings
from collector.outbox import delivery, queue, receipts, reminders

log = logging.getLogger(__name__)


def after_filing(ctx, settings: Settings, run_started: str, now: dt.datetime | None = None) -> str:
    """One line for the run's output ('' when there was nothing to do). Never raises
    for a mail or the network: what could not be sent stays queued and is named."""
    now = now or dt.datetime.now(dt.timezone.utc)
    try:
        with ctx.db.atomic():
            queue.ensure_tables(ctx.db)
        queued = receipts.queue_receipts(ctx.db, ctx.data_dir, settings, ctx.campaigns, run_started)
        queued += reminders.queue_scheduled(ctx.db, ctx.campaigns, settings, now)
        report = delivery.deliver(ctx.db, settings)
    except Exception as exc:  # noqa: BLE001 - sending must never undo or block the filing before it
        log.exception("outbox")
        return f"outbox: not sent this run ({exc.__class__.__name__}: {exc}); queued mails wait for the next run"
    if not (queued or report.anything):
        return ""
    return report.line()
