"""报送情况 (who has sent what, with counts that lead to their rows) and
未报送 / 逾期 (what is missing or late, by requirement, with whom to call)."""

from __future__ import annotations

from urllib.parse import urlencode

from .. import audit
from ..status.table import EMBEDDED_PHOTOS_SQL
from .access import archive_db, require_role
from .campaigns import chosen_campaign
from .labels import STATE_LABELS, format_time, unit_kind_label
from .render import render
from .rows import campaign_requirements, dict_rows, json_list, requirement_titles


def routes():
    return [
        (r"^/$", status_page),
        (r"^/overdue$", overdue_page),
    ]


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
    require_role(request)
    db = archive_db(datasette)
    campaign = await chosen_campaign(datasette, request)
    args = {k: request.args.get(k) for k in STATUS_FILTERS}
    args["campaign"] = campaign
    where, params = _status_where(args)
    rows = dict_rows(
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
    requirements = await campaign_requirements(db, campaign)
    unit_kinds = [
        (r[0], unit_kind_label(r[0]))
        for r in (await db.execute("SELECT DISTINCT unit_kind FROM status WHERE unit_kind IS NOT NULL AND campaign IS ? ORDER BY 1", [campaign])).rows
    ]
    return await render(
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
        parts.append(requirement_titles(requirements).get(args["requirement"], args["requirement"]))
    if args.get("unit_kind"):
        parts.append(dict(unit_kinds).get(args["unit_kind"], args["unit_kind"]))
    if args.get("state"):
        parts.append(STATE_LABELS.get(args["state"], args["state"]))
    if args.get("late") == "1":
        parts.append("只看逾期")
    return "、".join(parts)


async def overdue_page(datasette, request):
    require_role(request)
    db = archive_db(datasette)
    rows = dict_rows(
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
        row["contact"] = row["last_from"] or ", ".join(json_list(row["addresses"]))
        row["contact_is_roster"] = not row["last_from"]
        row["unit_kind_label"] = unit_kind_label(row["unit_kind"])
        if row["state"] != "complete":
            group["missing"].append(row)
        if row["late"]:
            group["late"].append(row)
    return await render(datasette, request, "collector_overdue.html", {"groups": list(groups.values())})
