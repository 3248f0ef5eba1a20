"""The clerk's pages (registered by plugin.register_routes).

Every handler runs behind the login gate in plugin.py and checks the role again
itself (``_require_role``), so a page never depends on the gate alone.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import re
import tempfile
from pathlib import Path
from urllib.parse import quote, urlencode

from datasette.utils.asgi import AsgiFileDownload, Forbidden, NotFound, Response
from markupsafe import Markup, escape

from .. import audit, exports, thumbnails
from ..status import EMBEDDED_PHOTOS_SQL
from . import decide_pages
from . import search as search_mod
from .campaigns import chosen_campaign
from .auth import role_of
from .labels import KIND_LABELS, MESSAGE_STATE_LABELS, STATE_LABELS, format_size, format_time, unit_kind_label

DB_NAME = "collector"
PAGE_SIZE = 50
_SHA = r"(?P<sha>[0-9a-f]{64})"
INLINE_IMAGE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp"}


def routes():
    return [
        (r"^/$", status_page),
        (r"^/overdue$", overdue_page),
        (r"^/review$", review_page),
        (r"^/mails$", mails_page),
        (rf"^/mail/{_SHA}$", mail_page),
        (r"^/units$", units_page),
        (r"^/unit$", unit_page),
        (r"^/search$", search_page),
        (r"^/exports$", exports_page),
        (r"^/export/status\.xlsx$", export_status_xlsx),
        (r"^/export/status\.csv$", export_status_csv),
        (r"^/export/files\.zip$", export_files_zip),
        (r"^/file/(?P<id>[0-9]+)$", file_download),
        (r"^/thumb/(?P<id>[0-9]+)$", thumbnail),
        (rf"^/raw/{_SHA}$", raw_mail_download),
    ]


# ---------------------------------------------------------------- helpers


def _require_role(request) -> str:
    role = role_of(request.actor)
    if role is None:
        raise Forbidden("需要登录")
    return role


def _db(datasette):
    try:
        return datasette.get_database(DB_NAME)
    except KeyError:
        raise NotFound("数据库 collector 未加载")


def data_dir_of(datasette) -> Path:
    config = datasette.plugin_config("collector") or {}
    if config.get("data_dir"):
        return Path(config["data_dir"])
    db = _db(datasette)
    return Path(db.path).parent


async def _render(datasette, request, template, context, status=200):
    html = await datasette.render_template(template, context, request=request)
    return Response.html(html, status=status)


def _rows(results):
    return [dict(r) for r in results.rows]


def _json_list(value) -> list:
    if not value:
        return []
    try:
        data = json.loads(value)
    except (TypeError, ValueError):
        return [str(value)]
    return data if isinstance(data, list) else [data]


def _page_number(request) -> int:
    try:
        return max(1, int(request.args.get("page", "1")))
    except ValueError:
        return 1


def _pager(request, page: int, total: int) -> dict:
    pages = max(1, math.ceil(total / PAGE_SIZE))

    def url(p):
        args = {k: request.args.get(k) for k in request.args.keys() if k != "page"}
        args["page"] = str(p)
        return request.path + "?" + urlencode(args)

    return {
        "page": page,
        "pages": pages,
        "total": total,
        "prev_url": url(page - 1) if page > 1 else None,
        "next_url": url(page + 1) if page < pages else None,
    }


async def _requirements(db, campaign: str | None = None) -> list[dict]:
    return _rows(await db.execute(
        "SELECT campaign, id, title, due_at FROM requirements WHERE campaign IS ? ORDER BY due_at, id", [campaign]
    ))


def _requirement_titles(reqs) -> dict:
    return {r["id"]: r["title"] or r["id"] for r in reqs}


async def _attachments_for(db, shas: list[str]) -> dict[str, list[dict]]:
    if not shas:
        return {}
    marks = ",".join("?" for _ in shas)
    rows = _rows(
        await db.execute(
            "SELECT id, message_sha256, idx, parent_idx, filename, content_type, kind, inline, sha256,"
            " size, path, text_status, taken_at, width, height, link_url, link_size, link_expires,"
            f" problem, (thumbnail IS NOT NULL OR {thumbnails.OWED}) AS has_thumb, substr(text, 1, 1000) AS text_head"
            f" FROM attachments WHERE message_sha256 IN ({marks}) ORDER BY message_sha256, idx",
            shas,
        )
    )
    by_mail: dict[str, list[dict]] = {}
    for row in rows:
        row["kind_label"] = KIND_LABELS.get(row["kind"], row["kind"] or "")
        row["size_label"] = format_size(row["size"])
        row["safe_link"] = _safe_http_url(row["link_url"])
        by_mail.setdefault(row["message_sha256"], []).append(row)
    return by_mail


def _safe_http_url(url: str | None) -> str | None:
    if url and re.match(r"^https?://[^\s\"'<>]+$", url, re.IGNORECASE):
        return url
    return None


def _decorate_mail(row: dict) -> dict:
    row["state_label"] = MESSAGE_STATE_LABELS.get(row.get("state"), row.get("state") or "")
    row["received_label"] = format_time(row.get("received_at"))
    return row


# ---------------------------------------------------------------- 报送情况


STATUS_FILTERS = ("requirement", "unit_kind", "state", "late", "campaign")


def _status_where(args) -> tuple[str, list]:
    clauses, params = [], []
    for key in ("requirement", "unit_kind", "state", "campaign"):
        value = args.get(key)
        if value:
            clauses.append(f"s.{key} = ?")
            params.append(value)
    if args.get("late") == "1":
        clauses.append("s.late = 1")
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return where, params


async def status_counts(db, where: str = "", params=()) -> dict:
    row = (
        await db.execute(
            "SELECT count(*) AS total,"
            " coalesce(sum(s.state = 'complete'), 0) AS complete,"
            " coalesce(sum(s.state = 'partial'), 0) AS partial,"
            " coalesce(sum(s.state = 'missing'), 0) AS missing,"
            " coalesce(sum(s.late = 1), 0) AS late,"
            " count(DISTINCT s.unit) AS units"
            f" FROM status s {where}",
            list(params),
        )
    ).first()
    return dict(row)


async def status_page(datasette, request):
    _require_role(request)
    db = _db(datasette)
    campaign = await chosen_campaign(datasette, request)
    args = {k: request.args.get(k) for k in STATUS_FILTERS}
    args["campaign"] = campaign
    where, params = _status_where(args)
    rows = _rows(
        await db.execute(
            "SELECT s.campaign, s.unit, s.unit_kind, s.requirement, s.state, s.late, s.completed_at,"
            " s.due_at, s.missing_parts, s.last_from, r.title AS requirement_title,"
            f" {EMBEDDED_PHOTOS_SQL} AS embedded_photos"
            " FROM status s LEFT JOIN requirements r ON r.campaign = s.campaign AND r.id = s.requirement"
            f" {where} ORDER BY s.unit_kind, s.unit, r.due_at, s.requirement",
            params,
        )
    )
    for row in rows:
        row["state_label"] = STATE_LABELS.get(row["state"], row["state"] or "")
        row["completed_label"] = format_time(row["completed_at"])
        row["due_label"] = format_time(row["due_at"])
        row["unit_kind_label"] = unit_kind_label(row["unit_kind"])
    counts = await status_counts(db, where, params)
    review_count = (await db.execute("SELECT count(*) FROM messages WHERE state = 'needs_review'")).first()[0]
    requirements = await _requirements(db, campaign)
    unit_kinds = [
        (r[0], unit_kind_label(r[0]))
        for r in (await db.execute("SELECT DISTINCT unit_kind FROM status WHERE unit_kind IS NOT NULL AND campaign IS ? ORDER BY 1", [campaign])).rows
    ]
    return await _render(
        datasette,
        request,
        "collector_status.html",
        {
            "rows": rows,
            "counts": counts,
            "review_count": review_count,
            "requirements": requirements,
            "unit_kinds": unit_kinds,
            "states": STATE_LABELS,
            "campaign": campaign,
            "selected": {k: args[k] or "" for k in STATUS_FILTERS},
            "export_query": urlencode({k: args[k] for k in STATUS_FILTERS if args.get(k)}),
            "count_links": status_count_links(args),
            "campaign_title": await _campaign_title(db, campaign),
            "filter_summary": _filter_summary(args, requirements, unit_kinds),
            "printed_at": format_time(audit.now_iso()),
        },
    )


def status_count_links(args: dict) -> dict:
    """Where each count on 报送情况 leads: the rows behind it, within the filters in force."""
    kept = {k: args[k] for k in ("campaign", "requirement", "unit_kind") if args.get(k)}

    def link(**extra):
        return "/?" + urlencode({**kept, **extra}) if kept or extra else "/"

    units = {k: v for k, v in kept.items() if k == "campaign"}
    return {
        "units": "/units" + ("?" + urlencode(units) if units else ""),
        "total": link(),
        "complete": link(state="complete"),
        "partial": link(state="partial"),
        "missing": link(state="missing"),
        "late": link(late="1"),
    }


async def _campaign_title(db, campaign: str | None) -> str | None:
    if not campaign:
        return None
    row = (await db.execute("SELECT title FROM campaigns WHERE id = ?", [campaign])).first()
    return row[0] if row else None


def _filter_summary(args: dict, requirements: list[dict], unit_kinds: list) -> str:
    """The filters in force, in words, for the printed page."""
    parts = []
    if args.get("requirement"):
        parts.append(_requirement_titles(requirements).get(args["requirement"], args["requirement"]))
    if args.get("unit_kind"):
        parts.append(dict(unit_kinds).get(args["unit_kind"], args["unit_kind"]))
    if args.get("state"):
        parts.append(STATE_LABELS.get(args["state"], args["state"]))
    if args.get("late") == "1":
        parts.append("只看逾期")
    return "、".join(parts)


# ---------------------------------------------------------------- 未报送 / 逾期


async def overdue_page(datasette, request):
    _require_role(request)
    db = _db(datasette)
    rows = _rows(
        await db.execute(
            "SELECT s.campaign, s.unit, s.unit_kind, s.requirement, s.state, s.late, s.completed_at,"
            " s.due_at, s.missing_parts, s.last_from, u.addresses, r.title AS requirement_title"
            " FROM status s"
            " LEFT JOIN requirements r ON r.campaign = s.campaign AND r.id = s.requirement"
            " LEFT JOIN units u ON u.campaign = s.campaign AND u.name = s.unit"
            " WHERE (s.state != 'complete' OR s.late = 1) AND s.campaign IS ?"
            " ORDER BY r.due_at, s.requirement, s.state DESC, s.unit",
            [await chosen_campaign(datasette, request)],
        )
    )
    groups: dict[tuple, dict] = {}
    for row in rows:
        key = (row["campaign"], row["requirement"])
        group = groups.setdefault(
            key,
            {
                "requirement": row["requirement"],
                "title": row["requirement_title"] or row["requirement"],
                "due_label": format_time(row["due_at"]),
                "missing": [],
                "late": [],
            },
        )
        row["state_label"] = STATE_LABELS.get(row["state"], row["state"] or "")
        row["completed_label"] = format_time(row["completed_at"])
        row["contact"] = row["last_from"] or ", ".join(_json_list(row["addresses"]))
        row["contact_is_roster"] = not row["last_from"]
        row["unit_kind_label"] = unit_kind_label(row["unit_kind"])
        if row["state"] != "complete":
            group["missing"].append(row)
        if row["late"]:
            group["late"].append(row)
    return await _render(datasette, request, "collector_overdue.html", {"groups": list(groups.values())})


# ---------------------------------------------------------------- 待审核


async def review_page(datasette, request):
    role = _require_role(request)
    db = _db(datasette)
    page = _page_number(request)
    total = (await db.execute("SELECT count(*) FROM messages WHERE state = 'needs_review'")).first()[0]
    rows = _rows(
        await db.execute(
            "SELECT sha256, received_at, from_addr, from_name, subject, unit, campaign, reason, suggestions, state,"
            " (SELECT count(*) FROM attachments a WHERE a.message_sha256 = m.sha256) AS files"
            " FROM messages m WHERE state = 'needs_review'"
            " ORDER BY received_at DESC, sha256 LIMIT ? OFFSET ?",
            [PAGE_SIZE, (page - 1) * PAGE_SIZE],
        )
    )
    campaign = await chosen_campaign(datasette, request)
    for row in rows:
        _decorate_mail(row)
        row["suggestion_list"] = _json_list(row["suggestions"])
    views = await db.execute_fn(lambda conn: [decide_pages.decision_view(conn, row, campaign) for row in rows])
    for row, view in zip(rows, views):
        row["d"] = view
    return await _render(
        datasette, request, "collector_review.html",
        {"rows": rows, "pager": _pager(request, page, total), "can_decide": role == "office",
         "back": request.path + ("?" + request.query_string if request.query_string else "")},
    )


# ---------------------------------------------------------------- 邮件


async def mails_page(datasette, request):
    _require_role(request)
    db = _db(datasette)
    page = _page_number(request)
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
    rows = _rows(
        await db.execute(
            "SELECT sha256, received_at, from_addr, from_name, subject, unit, state, reason, sender_warning,"
            " (SELECT count(*) FROM attachments a WHERE a.message_sha256 = m.sha256) AS files"
            f" FROM messages m {where} ORDER BY received_at DESC, sha256 LIMIT ? OFFSET ?",
            params + [PAGE_SIZE, (page - 1) * PAGE_SIZE],
        )
    )
    for row in rows:
        _decorate_mail(row)
    units = [r[0] for r in (await db.execute("SELECT DISTINCT name FROM units ORDER BY kind, name")).rows]
    return await _render(
        datasette,
        request,
        "collector_mails.html",
        {
            "rows": rows,
            "pager": _pager(request, page, total),
            "units": units,
            "message_states": MESSAGE_STATE_LABELS,
            "selected": {"unit": unit or "", "state": state or ""},
        },
    )


async def _message_row(db, sha: str, columns: str):
    row = (await db.execute(f"SELECT {columns} FROM messages WHERE sha256 = ?", [sha])).first()
    if row is None:
        raise NotFound("没有这封邮件")
    return row


async def mail_page(datasette, request):
    role = _require_role(request)
    db = _db(datasette)
    sha = request.url_vars["sha"]
    row = await _message_row(db, sha, "*")
    mail = _decorate_mail(dict(row))
    mail["to_list"] = _json_list(mail.get("to_addrs"))
    mail["signal_list"] = _json_list(mail.get("signals"))
    mail["suggestion_list"] = _json_list(mail.get("suggestions"))
    mail["problem_list"] = _json_list(mail.get("problems"))
    files = (await _attachments_for(db, [sha])).get(sha, [])
    submissions = _rows(
        await db.execute(
            "SELECT s.requirement, s.is_current, s.received_at, r.title FROM submissions s"
            " LEFT JOIN requirements r ON r.campaign = s.campaign AND r.id = s.requirement"
            " WHERE s.message_sha256 = ? ORDER BY s.requirement",
            [sha],
        )
    )
    locations = _rows(await db.execute("SELECT source, folder, uidvalidity, uid, origin, seen_at FROM locations WHERE message_sha256 = ? ORDER BY id", [sha]))
    campaign = await chosen_campaign(datasette, request)
    decide = await db.execute_fn(lambda conn: decide_pages.decision_view(conn, mail, campaign))
    return await _render(
        datasette,
        request,
        "collector_mail.html",
        {"mail": mail, "files": files, "submissions": submissions, "locations": locations,
         "decisions": decide["history"], "d": decide, "can_decide": role == "office", "back": request.path},
    )


# ---------------------------------------------------------------- 单位


async def units_page(datasette, request):
    _require_role(request)
    db = _db(datasette)
    rows = _rows(
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
    return await _render(datasette, request, "collector_units.html", {"rows": rows})


async def unit_page(datasette, request):
    _require_role(request)
    db = _db(datasette)
    name = request.args.get("name", "")
    campaign = await chosen_campaign(datasette, request)
    unit = (await db.execute("SELECT * FROM units WHERE name = ? ORDER BY campaign IS ? DESC LIMIT 1", [name, campaign])).first()
    known = unit is not None or (await db.execute("SELECT 1 FROM messages WHERE unit = ? LIMIT 1", [name])).first()
    if not known:
        raise NotFound("没有这个单位")
    unit = dict(unit) if unit else {"name": name}
    unit["address_list"] = _json_list(unit.get("addresses"))
    unit["kind_label"] = unit_kind_label(unit.get("kind"))
    status_rows = _rows(
        await db.execute(
            "SELECT s.requirement, s.state, s.late, s.completed_at, s.due_at, s.missing_parts, s.last_from,"
            " r.title FROM status s LEFT JOIN requirements r ON r.campaign = s.campaign AND r.id = s.requirement"
            " WHERE s.unit = ? AND s.campaign IS ? ORDER BY r.due_at, s.requirement",
            [name, campaign],
        )
    )
    versions = _rows(
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
    page = _page_number(request)
    of_unit = "unit = ? AND (campaign IS ? OR campaign IS NULL)"  # its mails to this campaign
    total = (await db.execute(f"SELECT count(*) FROM messages WHERE {of_unit}", [name, campaign])).first()[0]
    mails = _rows(
        await db.execute(
            "SELECT sha256, received_at, from_addr, from_name, subject, state, reason, is_correction, sender_warning"
            f" FROM messages WHERE {of_unit} ORDER BY received_at DESC, sha256 LIMIT ? OFFSET ?",
            [name, campaign, PAGE_SIZE, (page - 1) * PAGE_SIZE],
        )
    )
    files = await _attachments_for(db, [m["sha256"] for m in mails])
    for mail in mails:
        _decorate_mail(mail)
        mail["files"] = files.get(mail["sha256"], [])
    return await _render(
        datasette,
        request,
        "collector_unit.html",
        {"unit": unit, "status_rows": status_rows, "mails": mails, "pager": _pager(request, page, total)},
    )


# ---------------------------------------------------------------- 搜索


def _snippet(text: str | None, terms: list[str], width: int = 60) -> Markup | None:
    if not text:
        return None
    lowered = text.lower()
    positions = [(lowered.find(t.lower()), t) for t in terms]
    positions = [(p, t) for p, t in positions if p >= 0]
    if not positions:
        return None
    start = max(0, min(p for p, _ in positions) - width // 2)
    piece = text[start : start + width * 2]
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), re.IGNORECASE)
    out = Markup("…") if start > 0 else Markup("")
    last = 0
    for m in pattern.finditer(piece):
        out += escape(piece[last : m.start()]) + Markup("<mark>") + escape(m.group(0)) + Markup("</mark>")
        last = m.end()
    out += escape(piece[last:])
    if start + width * 2 < len(text):
        out += Markup("…")
    return out


async def run_search(db, query: str, page: int = 1) -> tuple[list[dict], int, list[str]]:
    terms = search_mod.query_terms(query)
    if not terms:
        return [], 0, terms
    match = search_mod.fts_match_expression(query)
    total = (await db.execute(search_mod.COUNT_SQL, {"match": match})).first()[0]
    rows = await db.execute(
        search_mod.SEARCH_SQL, {"match": match, "limit": PAGE_SIZE, "offset": (page - 1) * PAGE_SIZE}
    )
    hits = []
    for r in rows.rows:
        sha, received_at, unit, state, from_addr, from_name, subject, body = r
        hits.append(
            _decorate_mail(
                {
                    "sha256": sha,
                    "received_at": received_at,
                    "unit": unit,
                    "state": state,
                    "from_addr": from_addr,
                    "from_name": from_name,
                    "subject": subject,
                    "body": body,
                }
            )
        )
    return hits, total, terms


async def _index_coverage(db) -> dict | None:
    """How many mails are not in the search index yet (None when all are)."""
    indexed = (await db.execute(f"SELECT count(*) FROM {search_mod.DOCS_TABLE}")).first()[0]
    total = (await db.execute("SELECT count(*) FROM messages")).first()[0]
    return {"indexed": indexed, "total": total} if indexed < total else None


async def search_page(datasette, request):
    _require_role(request)
    db = _db(datasette)
    query = (request.args.get("q") or "").strip()[:200]
    page = _page_number(request)
    hits, total, terms, missing_index, coverage = [], 0, [], False, None
    page = min(page, search_mod.MAX_RESULTS // PAGE_SIZE)
    if query:
        has_index = await db.execute_fn(search_mod.has_search_index)
        if not has_index:
            missing_index = True
        else:
            coverage = await _index_coverage(db)
            hits, total, terms = await run_search(db, query, page)
            files = await _attachments_for(db, [h["sha256"] for h in hits])
            for hit in hits:
                hit["subject_html"] = _snippet(hit["subject"], terms, 200) or escape(hit["subject"] or "")
                hit["body_snippet"] = _snippet(hit["body"], terms)
                hit["file_hits"] = []
                for f in files.get(hit["sha256"], []):
                    snip = _snippet(f["filename"], terms, 200) if any(t.lower() in (f["filename"] or "").lower() for t in terms) else None
                    text_snip = _snippet(f["text_head"], terms)
                    if snip or text_snip:
                        hit["file_hits"].append({"file": f, "name_html": snip or escape(f["filename"] or ""), "text_snippet": text_snip})
    return await _render(
        datasette,
        request,
        "collector_search.html",
        {
            "q": query,
            "hits": hits,
            "terms": terms,
            "missing_index": missing_index,
            "coverage": coverage,
            "pager": _pager(request, page, min(total, search_mod.MAX_RESULTS)) if query else None,
            "too_many": total > search_mod.MAX_RESULTS,
            "max_results": search_mod.MAX_RESULTS,
        },
    )


# ---------------------------------------------------------------- 导出


async def exports_page(datasette, request):
    _require_role(request)
    db = _db(datasette)
    campaign = await chosen_campaign(datasette, request)
    units = [r[0] for r in (await db.execute("SELECT name FROM units WHERE campaign IS ? ORDER BY kind, name", [campaign])).rows]
    requirements = await _requirements(db, campaign)
    return await _render(
        datasette, request, "collector_exports.html", {"units": units, "requirements": requirements, "campaign": campaign}
    )


def _filters_from(request, campaign: str | None) -> exports.StatusFilter:
    return exports.StatusFilter(
        requirement=request.args.get("requirement") or None,
        unit_kind=request.args.get("unit_kind") or None,
        state=request.args.get("state") or None,
        late_only=request.args.get("late") == "1",
        campaign=campaign,
    )


def _attachment_header(filename: str) -> str:
    ascii_name = re.sub(r"[^A-Za-z0-9._-]", "_", filename) or "download"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"


def _audit_export(datasette, request, what: str, **detail) -> None:
    actor = (request.actor or {}).get("id", "?")
    audit.spool_event(data_dir_of(datasette), "exported", actor, what=what, via="dashboard", **detail)


STATUS_EXPORTS = {  # format -> (builder, content type)
    "xlsx": (exports.status_xlsx_bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "csv": (exports.status_csv_bytes, "text/csv; charset=utf-8"),
}


async def _export_status(datasette, request, fmt: str):
    _require_role(request)
    db = _db(datasette)
    filters = _filters_from(request, await chosen_campaign(datasette, request))
    build, content_type = STATUS_EXPORTS[fmt]
    _audit_export(datasette, request, f"status.{fmt}", filters=str(filters))
    body = await db.execute_fn(lambda conn: build(conn, filters))
    return Response(
        body,
        content_type=content_type,
        headers={"content-disposition": _attachment_header(f"报送情况统计表.{fmt}"), "cache-control": "private, no-store"},
    )


async def export_status_xlsx(datasette, request):
    return await _export_status(datasette, request, "xlsx")


async def export_status_csv(datasette, request):
    return await _export_status(datasette, request, "csv")


class _TempFileDownload:
    """Streams a temporary file, then deletes it."""

    def __init__(self, path: Path, filename: str, content_type: str):
        self.path, self.filename, self.content_type = path, filename, content_type

    async def asgi_send(self, send):
        try:
            size = self.path.stat().st_size
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [
                        [b"content-type", self.content_type.encode()],
                        [b"content-length", str(size).encode()],
                        [b"content-disposition", _attachment_header(self.filename).encode()],
                        [b"cache-control", b"private, no-store"],
                        [b"x-content-type-options", b"nosniff"],
                    ],
                }
            )
            with open(self.path, "rb") as f:
                while True:
                    chunk = await asyncio.to_thread(f.read, 1 << 20)
                    more = len(chunk) == 1 << 20
                    await send({"type": "http.response.body", "body": chunk, "more_body": more})
                    if not more:
                        break
        finally:
            self.path.unlink(missing_ok=True)


async def export_files_zip(datasette, request):
    _require_role(request)
    db = _db(datasette)
    data_dir = data_dir_of(datasette)
    unit = request.args.get("unit") or None
    requirement = request.args.get("requirement") or None
    all_versions = request.args.get("all_versions") == "1"
    campaign = await chosen_campaign(datasette, request)
    fd, tmp = tempfile.mkstemp(prefix="collector-export-", suffix=".zip")
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        db_path = Path(db.path)
        await asyncio.to_thread(
            exports.write_files_zip_from_db,
            db_path,
            data_dir,
            tmp_path,
            unit=unit,
            requirement=requirement,
            current_only=not all_versions,
            campaign=campaign,
        )
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise
    name = exports.zip_download_name(unit, requirement)
    _audit_export(datasette, request, "files.zip", unit=unit, requirement=requirement, all_versions=all_versions,
                  campaign=campaign)
    return _TempFileDownload(tmp_path, name, "application/zip")


# ---------------------------------------------------------------- files


def resolve_in_data_dir(data_dir: Path, relative: str | None) -> Path | None:
    """The archive file for a path stored in the database, only if it stays inside data_dir."""
    if not relative:
        return None
    base = data_dir.resolve()
    candidate = (base / relative).resolve()
    if candidate != base and base in candidate.parents and candidate.is_file():
        return candidate
    return None


async def file_download(datasette, request):
    _require_role(request)
    db = _db(datasette)
    row = (await db.execute("SELECT filename, content_type, path FROM attachments WHERE id = ?", [int(request.url_vars["id"])])).first()
    if row is None:
        raise NotFound("没有这个文件")
    path = resolve_in_data_dir(data_dir_of(datasette), row["path"])
    if path is None:
        raise NotFound("存档中找不到这个文件")
    filename = exports.sanitize_filename(row["filename"] or "文件")
    content_type = (row["content_type"] or "").lower()
    headers = {
        "x-content-type-options": "nosniff",
        "content-security-policy": "sandbox; default-src 'none'",
        "cache-control": "private, no-store",
    }
    if content_type in INLINE_IMAGE_TYPES and request.args.get("download") != "1":
        headers["content-disposition"] = "inline; filename*=UTF-8''" + quote(filename)
    else:
        headers["content-disposition"] = _attachment_header(filename)
        content_type = "application/octet-stream"
    return AsgiFileDownload(path, content_type=content_type, headers=headers)


async def thumbnail(datasette, request):
    _require_role(request)
    db = _db(datasette)
    row = (await db.execute(f"SELECT thumbnail, {thumbnails.OWED}, path FROM attachments WHERE id = ?",
                            [int(request.url_vars["id"])])).first()
    thumb = row[0] if row else None
    if row is not None and not thumb and row[1]:  # owed by the poll (collector/thumbnails.py): made now, not stored
        path = resolve_in_data_dir(data_dir_of(datasette), row[2])
        thumb = path and await asyncio.to_thread(thumbnails.made_for_view, path)
    if not thumb:
        raise NotFound("没有缩略图")
    return Response(
        bytes(thumb),
        content_type="image/jpeg",
        headers={"x-content-type-options": "nosniff", "cache-control": "private, max-age=3600"},
    )


async def raw_mail_download(datasette, request):
    _require_role(request)
    db = _db(datasette)
    sha = request.url_vars["sha"]
    row = await _message_row(db, sha, "raw_path")
    path = resolve_in_data_dir(data_dir_of(datasette), row[0])
    if path is None:
        raise NotFound("存档中找不到原始邮件")
    return AsgiFileDownload(
        path,
        content_type="application/octet-stream",
        headers={
            "content-disposition": _attachment_header(f"{sha[:16]}.eml"),
            "x-content-type-options": "nosniff",
            "cache-control": "private, no-store",
        },
    )
