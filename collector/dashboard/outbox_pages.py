"""The 发件箱 pages: what the collector sent in the office's name (receipts, reminders),
the receipts switch per campaign, the reminder preview and its send button.

Reading goes through Datasette; the two actions (switch, send) are office-only POSTs
(Datasette's CSRF token) that write the archive holding the run lock, like any run:
if a poll holds it, the clerk is told to try again in a moment.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from urllib.parse import quote

from datasette.utils.asgi import Forbidden, Response
from markupsafe import escape

from .. import runlock
from ..config import ConfigError
from ..outbox import queue
from .access import archive_db, require_role
from .render import render
from .settings import dashboard_settings


def routes():
    return [
        (r"^/outbox$", outbox_page),
        (r"^/outbox/receipts$", receipts_switch),
        (r"^/outbox/remind$", remind_page),
    ]


def _require_office(request) -> str:
    if require_role(request) != "office":
        raise Forbidden("只有办公室用户可以执行此操作")
    return request.actor.get("id", "?")


async def _outbox_rows(db) -> list[dict]:
    if "outbox" not in await db.table_names():
        return []
    result = await db.execute(
        "SELECT id, kind, campaign, unit, to_addrs, subject, message_id, state, error, attempts, "
        "coalesce(sent_at, last_attempt_at, queued_at) AS at FROM outbox ORDER BY id DESC LIMIT 500"
    )
    return [
        {**dict(r), "to": "、".join(json.loads(r["to_addrs"] or "[]")),
         "kind_label": queue.KIND_LABELS.get(r["kind"], r["kind"]),
         "state_label": queue.STATE_LABELS.get(r["state"], r["state"])}
        for r in result.rows
    ]


def _campaign_switches(datasette, switches: dict[str, int]) -> list[dict]:
    from .campaign_files import load_campaigns

    out = []
    for campaign in load_campaigns(dashboard_settings(datasette)):
        on = bool(switches.get(campaign.id, campaign.receipts))
        out.append({"id": campaign.id, "title": campaign.title, "receipts": on,
                    "from_file": campaign.id not in switches})
    return out


async def outbox_page(datasette, request):
    role = require_role(request)
    db = archive_db(datasette)
    switches = {}
    if "outbox_switches" in await db.table_names():
        switches = {r[0]: r[1] for r in (await db.execute("SELECT campaign, receipts FROM outbox_switches")).rows}
    rows = await _outbox_rows(db)
    context = {
        "rows": rows,
        "campaigns": _campaign_switches(datasette, switches),
        "is_office": role == "office",
        "problems": [r for r in rows if r["state"] in ("failed", "unconfirmed")],
        "message": request.args.get("msg"),
    }
    return await render(datasette, request, "collector_outbox.html", context)


async def receipts_switch(datasette, request):
    by = _require_office(request)
    if request.method != "POST":
        return Response.redirect("/outbox")
    form = await request.post_vars()
    campaign, on = form.get("campaign", ""), form.get("receipts") == "1"
    from ..outbox.switches import set_receipts

    try:
        await asyncio.to_thread(set_receipts, dashboard_settings(datasette), campaign, on, f"dashboard:{by}")
    except runlock.AlreadyRunning:
        return Response.redirect("/outbox?msg=busy")
    return Response.redirect("/outbox?msg=" + ("receipts-on" if on else "receipts-off"))


REPORT_FIELDS = ("sent", "deferred", "failed", "unconfirmed", "held")


async def remind_page(datasette, request):
    """GET: the plan. POST (office): send, then redirect here with the counts, so that
    reloading the page never sends again."""
    role = require_role(request)
    from ..outbox import reminders

    settings = dashboard_settings(datasette)
    if request.method == "POST":
        by = _require_office(request)
        form = await request.post_vars()
        campaign, requirement = form.get("campaign") or "", form.get("requirement") or ""
        back = f"/outbox/remind?campaign={quote(campaign)}&requirement={quote(requirement)}"
        try:
            _, report = await asyncio.to_thread(
                reminders.run_remind, settings, campaign or None, requirement or None, send=True,
                by=f"dashboard:{by}")
        except runlock.AlreadyRunning:
            return Response.redirect(back + "&busy=1")
        return Response.redirect(back + "&done=" + ",".join(str(getattr(report, f)) for f in REPORT_FIELDS))
    campaign, requirement = request.args.get("campaign") or None, request.args.get("requirement") or None
    try:
        items, _ = await asyncio.to_thread(reminders.run_remind, settings, campaign, requirement, send=False, by="")
    except (ValueError, ConfigError) as exc:
        return Response.html(f"<p>{escape(str(exc))}</p>", status=400)
    done = (request.args.get("done") or "").split(",")
    context = {
        "items": items,
        "with_address": [i for i in items if i.to],
        "phone": [i for i in items if not i.to],
        "campaign": campaign or "",
        "requirement": requirement or "",
        "is_office": role == "office",
        "report": dict(zip(REPORT_FIELDS, done)) if len(done) == len(REPORT_FIELDS) else None,
        "busy": request.args.get("busy") == "1",
        "now": dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).strftime("%Y-%m-%d %H:%M"),
    }
    return await render(datasette, request, "collector_remind.html", context)
