"""A person settles a mail the outbox left ``unconfirmed`` (sent, but the run died or the
link dropped before the server's answer was recorded: see delivery.py).

``--sent``: the person checked (with the unit, or in webmail) that it went out: it becomes
``sent`` and is never sent again (the next run puts its copy in the sent folder if the
folder has none). ``--unsent``: it did not go out: it goes back to the queue and the next
run sends it, once. Only an ``unconfirmed`` mail can be settled, so settling twice, or a
mail in any other state, changes nothing. Under the run lock, in the audit chain.
"""

from __future__ import annotations

import json

from collector import audit, index, runlock
from collector.config import Settings

SETTLED_EVENT = "outbox_settled"


class SettleError(ValueError):
    """Nothing to settle (no such mail, or it is not unconfirmed); message in Chinese."""


def settle(settings: Settings, outbox_id: int, sent: bool, by: str, wait: float = 0) -> dict:
    """Mark unconfirmed mail ``outbox_id`` as sent, or queue it again; returns its row as it is now."""
    index.require_archive(settings.data_dir)
    with runlock.exclusive_run(settings.data_dir, wait):
        db = index.connect(settings.data_dir)
        try:
            with db.atomic():
                row = _unconfirmed(db, outbox_id)
                at = audit.now_iso()
                if sent:
                    change = {"state": "sent", "sent_at": row["last_attempt_at"] or at, "error": f"{by}于{at}核实：已发出"}
                else:
                    change = {"state": "queued", "error": f"{by}于{at}核实：未发出，重新发送"}
                db["outbox"].update(outbox_id, {**change, "data_started": 0})
                audit.record(
                    db, SETTLED_EVENT, actor=by, message_sha256=row["reply_to_sha256"], outbox_id=outbox_id,
                    settled="sent" if sent else "unsent", kind=row["kind"], campaign=row["campaign"], unit=row["unit"],
                    message_id=row["message_id"], to=json.loads(row["to_addrs"] or "[]"),
                )
            return db["outbox"].get(outbox_id)
        finally:
            db.close()


def _unconfirmed(db, outbox_id: int) -> dict:
    from collector.outbox import queue

    rows = queue.rows(db, "WHERE id = ?", [outbox_id])
    if not rows:
        raise SettleError(f"发件箱中没有编号为 {outbox_id} 的邮件（collector outbox 可查看编号）")
    row = rows[0]
    if row["state"] != "unconfirmed":
        state = queue.STATE_LABELS.get(row["state"], row["state"])
        raise SettleError(f"第 {outbox_id} 封邮件的状态是“{state}”，不是“未能确认”，无需处理（未作任何修改）")
    return row
