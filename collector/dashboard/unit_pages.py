"""单位: the campaign's units with their counts, and one unit: its requirements,
the versions it sent, its mails."""

from __future__ import annotations

from datasette.utils.asgi import NotFound

from . import pages
from .access import archive_db, require_role
from .campaigns import chosen_campaign
from .labels import STATE_LABELS, format_time, unit_kind_label
from .pages import page_number, pager
from .render import render
from .rows import attachments_for, decorate_mail, dict_rows, json_list


def routes():
    return [
        (r"^/units$", units_page),
        (r"^/unit$", unit_page),
    ]


async def units_page(datasette, request):
    require_role(request)
    db = archive_db(datasette)
    rows = dict_rows(
        await db.execute(
            "SELECT u.campaign, u.name, u.kind, u.official_name,"
            " (SELECT count(*) FROM messages m WHERE m.unit = u.name) AS mails,"
            " (SELECT count(*) FROM status s WHERE s.unit = u.name AND s.campaign = u.campaign AND s.state = 'complete') AS complete,"
            " (SELECT count(*) FROM status s WHERE s.unit = u.name AND s.campaign = u.campaign) AS required"
            " FROM units u WHERE u.campaign IS ? ORDER BY u.kind, u.name",
            [await chosen_campaign(datasette, request)],
        )
    )
    for row in rows:
        row["kind_label"] = unit_kind_label(row["kind"])
    return await render(datasette, request, "collector_units.html", {"rows": rows})


async def unit_page(datasette, request):
    require_role(request)
    db = archive_db(datasette)
    name = request.args.get("name", "")
    campaign = await chosen_campaign(datasette, request)
    unit = (await db.execute("SELECT * FROM units WHERE name = ? ORDER BY campaign IS ? DESC LIMIT 1", [name, campaign])).first()
    known = unit is not None or (await db.execute("SELECT 1 FROM messages WHERE unit = ? LIMIT 1", [name])).first()
    if not known:
        raise NotFound("没有这个单位")
    unit = dict(unit) if unit else {"name": name}
    unit["address_list"] = json_list(unit.get("addresses"))
    unit["kind_label"] = unit_kind_label(unit.get("kind"))
    status_rows = dict_rows(
        await db.execute(
            "SELECT s.requirement, s.state, s.late, s.completed_at, s.due_at, s.missing_parts, s.last_from,"
            " r.title FROM status s LEFT JOIN requirements r ON r.campaign = s.campaign AND r.id = s.requirement"
            " WHERE s.unit = ? AND s.campaign IS ? ORDER BY r.due_at, s.requirement",
            [name, campaign],
        )
    )
    versions = dict_rows(
        await db.execute(
            "SELECT sub.requirement, sub.is_current, sub.received_at, m.sha256, m.subject, m.from_addr"
            " FROM submissions sub JOIN messages m ON m.sha256 = sub.message_sha256"
            " WHERE sub.unit = ? AND sub.campaign IS ? ORDER BY sub.requirement, sub.received_at DESC LIMIT 500",
            [name, campaign],
        )
    )
    by_req: dict[str, list] = {}
    for v in versions:
        v["received_label"] = format_time(v["received_at"])
        by_req.setdefault(v["requirement"], []).append(v)
    for row in status_rows:
        row["state_label"] = STATE_LABELS.get(row["state"], row["state"] or "")
        row["completed_label"] = format_time(row["completed_at"])
        row["due_label"] = format_time(row["due_at"])
        row["versions"] = by_req.get(row["requirement"], [])
    page = page_number(request)
    of_unit = "unit = ? AND (campaign IS ? OR campaign IS NULL)"  # its mails to this campaign
    total = (await db.execute(f"SELECT count(*) FROM messages WHERE {of_unit}", [name, campaign])).first()[0]
    mails = dict_rows(
        await db.execute(
            "SELECT sha256, received_at, from_addr, from_name, subject, state, reason, is_correction, sender_warning"
            f" FROM messages WHERE {of_unit} ORDER BY received_at DESC, sha256 LIMIT ? OFFSET ?",
            [name, campaign, pages.PAGE_SIZE, (page - 1) * pages.PAGE_SIZE],
        )
    )
    files = await attachments_for(db, [m["sha256"] for m in mails])
    for mail in mails:
        decorate_mail(mail)
        mail["files"] = files.get(mail["sha256"], [])
    return await render(
        datasette,
        request,
        "collector_unit.html",
        {"unit": unit, "status_rows": status_rows, "mails": mails, "pager": pager(request, page, total)},
    )
