"""The mails: 待审核 (the review queue, with the decision forms), 邮件 (every mail,
by unit and state) and one mail with its files, filing and history."""

from __future__ import annotations

from . import decide_pages, pages
from .access import archive_db, require_role
from .campaigns import chosen_campaign
from .labels import MESSAGE_STATE_LABELS
from .pages import page_number, pager
from .render import render
from .rows import SHA_PATTERN, attachments_for, decorate_mail, dict_rows, json_list, message_row


def routes():
    return [
        (r"^/review$", review_page),
        (r"^/mails$", mails_page),
        (rf"^/mail/{SHA_PATTERN}$", mail_page),
    ]


async def review_page(datasette, request):
    role = require_role(request)
    db = archive_db(datasette)
    page = page_number(request)
    total = (await db.execute("SELECT count(*) FROM messages WHERE state = 'needs_review'")).first()[0]
    rows = dict_rows(
        await db.execute(
            "SELECT sha256, received_at, from_addr, from_name, subject, unit, campaign, reason, suggestions, state,"
            " (SELECT count(*) FROM attachments a WHERE a.message_sha256 = m.sha256) AS files"
            " FROM messages m WHERE state = 'needs_review'"
            " ORDER BY received_at DESC, sha256 LIMIT ? OFFSET ?",
            [pages.PAGE_SIZE, (page - 1) * pages.PAGE_SIZE],
        )
    )
    campaign = await chosen_campaign(datasette, request)
    for row in rows:
        decorate_mail(row)
        row["suggestion_list"] = json_list(row["suggestions"])
    views = await db.execute_fn(lambda conn: [decide_pages.decision_view(conn, row, campaign) for row in rows])
    for row, view in zip(rows, views):
        row["d"] = view
    return await render(
        datasette, request, "collector_review.html",
        {"rows": rows, "pager": pager(request, page, total), "can_decide": role == "office",
         "back": request.path + ("?" + request.query_string if request.query_string else "")},
    )


async def mails_page(datasette, request):
    require_role(request)
    db = archive_db(datasette)
    page = page_number(request)
    clauses, params = [], []
    unit = request.args.get("unit")
    state = request.args.get("state")
    if unit:
        clauses.append("unit = ?")
        params.append(unit)
    if state:
        clauses.append("state = ?")
        params.append(state)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    total = (await db.execute(f"SELECT count(*) FROM messages {where}", params)).first()[0]
    rows = dict_rows(
        await db.execute(
            "SELECT sha256, received_at, from_addr, from_name, subject, unit, state, reason, sender_warning,"
            " (SELECT count(*) FROM attachments a WHERE a.message_sha256 = m.sha256) AS files"
            f" FROM messages m {where} ORDER BY received_at DESC, sha256 LIMIT ? OFFSET ?",
            params + [pages.PAGE_SIZE, (page - 1) * pages.PAGE_SIZE],
        )
    )
    for row in rows:
        decorate_mail(row)
    units = [r[0] for r in (await db.execute("SELECT DISTINCT name FROM units ORDER BY kind, name")).rows]
    return await render(
        datasette,
        request,
        "collector_mails.html",
        {
            "rows": rows,
            "pager": pager(request, page, total),
            "units": units,
            "message_states": MESSAGE_STATE_LABELS,
            "selected": {"unit": unit or "", "state": state or ""},
        },
    )


async def mail_page(datasette, request):
    role = require_role(request)
    db = archive_db(datasette)
    sha = request.url_vars["sha"]
    row = await message_row(db, sha, "*")
    mail = decorate_mail(dict(row))
    mail["to_list"] = json_list(mail.get("to_addrs"))
    mail["signal_list"] = json_list(mail.get("signals"))
    mail["suggestion_list"] = json_list(mail.get("suggestions"))
    mail["problem_list"] = json_list(mail.get("problems"))
    files = (await attachments_for(db, [sha])).get(sha, [])
    submissions = dict_rows(
        await db.execute(
            "SELECT s.requirement, s.is_current, s.received_at, r.title FROM submissions s"
            " LEFT JOIN requirements r ON r.campaign = s.campaign AND r.id = s.requirement"
            " WHERE s.message_sha256 = ? ORDER BY s.requirement",
            [sha],
        )
    )
    locations = dict_rows(await db.execute("SELECT source, folder, uidvalidity, uid, origin, seen_at FROM locations WHERE message_sha256 = ? ORDER BY id", [sha]))
    campaign = await chosen_campaign(datasette, request)
    decide = await db.execute_fn(lambda conn: decide_pages.decision_view(conn, mail, campaign))
    return await render(
        datasette,
        request,
        "collector_mail.html",
        {"mail": mail, "files": files, "submissions": submissions, "locations": locations,
         "decisions": decide["history"], "d": decide, "can_decide": role == "office", "back": request.path},
    )
