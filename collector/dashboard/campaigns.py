"""Campaigns on the dashboard: the switcher, the 活动列表, and creating or
correcting a campaign from a notice (upload → draft as a form → save).

Which campaign a page shows: ``?campaign=ID``, else the ``collector_campaign``
cookie (set by /campaigns/choose), else the newest open one. Campaigns come
from the ``campaigns`` table every run writes, the ``requirements`` table (an
archive from before that table), and the clerk's saved files in
``<data_dir>/campaigns/`` that no run has loaded yet.
"""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from datasette.utils.asgi import Forbidden, NotFound, Response

from .. import campaign as campaign_mod
from ..drafting import NoticeReadError, draft_campaign_from_file
from . import campaign_files, campaign_form
from .access import archive_db, data_dir_of, require_role
from .auth import role_of
from .render import render
from .writes import ArchiveBusy, local_path, require_office, write_archive

COOKIE = "collector_campaign"
COOKIE_MAX_AGE = 365 * 24 * 3600
KEPT_ARGS = ("name", "q")
STATE_LABELS = {"open": "进行中", "closed": "已结束", "pending": "待生效"}


# ---------------------------------------------------------------- the list of campaigns


def _table_exists(conn, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() is not None


def _rows(conn, sql: str, params=()) -> list[dict]:
    cursor = conn.execute(sql, list(params))
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


def _state_by_dates(last_due: str | None, now: dt.datetime) -> str:
    if not last_due:
        return "open"
    try:
        due = dt.datetime.fromisoformat(last_due)
    except ValueError:
        return "open"
    if due.tzinfo is None:
        due = due.replace(tzinfo=dt.timezone.utc)
    return "open" if now <= due + campaign_mod.OPEN_AFTER_LAST_DUE else "closed"


def _campaigns_from_db(conn, now: dt.datetime) -> dict[str, dict]:
    found: dict[str, dict] = {}
    if _table_exists(conn, "campaigns"):
        for row in _rows(conn, "SELECT id, title, notice_date, first_due, last_due, state, units, requirements, source FROM campaigns"):
            found[row["id"]] = row
    for row in _rows(
        conn,
        "SELECT campaign AS id, min(due_at) AS first_due, max(due_at) AS last_due, count(*) AS requirements"
        " FROM requirements WHERE campaign IS NOT NULL GROUP BY campaign",
    ):
        if row["id"] not in found:
            units = conn.execute("SELECT count(*) FROM units WHERE campaign = ?", [row["id"]]).fetchone()[0]
            found[row["id"]] = {**row, "title": row["id"], "notice_date": None, "units": units, "source": "",
                                "state": _state_by_dates(row["last_due"], now)}
    counts = _rows(
        conn,
        "SELECT campaign, count(*) AS total, coalesce(sum(state = 'complete'), 0) AS complete,"
        " coalesce(sum(late = 1), 0) AS late FROM status GROUP BY campaign",
    )
    for c in counts:
        if c["campaign"] in found:
            found[c["campaign"]].update(total=c["total"], complete=c["complete"], late=c["late"])
    return found


def _pending_file_campaign(path: Path) -> dict | None:
    """A saved campaign file no run has loaded yet, read just enough to list it."""
    try:
        data = campaign_files.read_campaign_file(path)
    except campaign_mod.CampaignError:
        return None
    if not isinstance(data, dict) or not data.get("id"):
        return None
    dues = sorted(str(r.get("due")) for r in data.get("requirements") or [] if isinstance(r, dict) and r.get("due"))
    return {
        "id": str(data["id"]), "title": str(data.get("title") or data["id"]),
        "notice_date": str(data["notice_date"]) if data.get("notice_date") else None,
        "first_due": dues[0] if dues else None, "last_due": dues[-1] if dues else None,
        "state": "pending", "units": None, "requirements": len(data.get("requirements") or []),
        "source": str(path),
    }


def _sort_key(c: dict):
    # open (and just saved) before closed; then the newest notice, then the latest deadline
    closed = c.get("state") == "closed"
    return (closed, _neg(c.get("notice_date")), _neg(c.get("last_due")), c["id"])


def _neg(value: str | None):
    # sort descending on an ISO string, missing last
    return (value is None, tuple(-ord(ch) for ch in (value or "")))


def list_campaigns(conn, data_dir: Path, now: dt.datetime | None = None) -> list[dict]:
    """Every campaign, newest open first, with its counts and whether the clerk may edit it."""
    now = now or dt.datetime.now(dt.timezone.utc)
    found = _campaigns_from_db(conn, now)
    for path in campaign_mod.archive_campaign_files(data_dir):
        pending = _pending_file_campaign(path)
        if pending and pending["id"] not in found:
            found[pending["id"]] = pending
    archive_folder = (Path(data_dir) / campaign_mod.ARCHIVE_CAMPAIGNS).resolve()
    saved_here = _saved_on_dashboard(conn)
    out = sorted(found.values(), key=_sort_key)
    for c in out:
        c.setdefault("total", 0)
        c.setdefault("complete", 0)
        c.setdefault("late", 0)
        c["state_label"] = STATE_LABELS.get(c.get("state"), c.get("state") or "")
        c["editable"] = (c["id"] in saved_here and bool(c.get("source"))
                         and Path(c["source"]).resolve().parent == archive_folder)
        c["first_due_label"] = _time_label(c.get("first_due"))
        c["last_due_label"] = _time_label(c.get("last_due"))
    return out


def _saved_on_dashboard(conn) -> set[str]:
    """Campaigns the dashboard saved (a file put in the folder by hand stays read-only)."""
    return {row[0] for row in conn.execute(
        "SELECT DISTINCT json_extract(detail, '$.campaign') FROM audit_log WHERE event = 'campaign_saved'")}


def _time_label(value) -> str:
    return str(value).replace("T", " ")[:16] if value else ""


LISTED = "collector.campaigns"  # the request's scope key of its campaign list


async def campaigns_of(datasette, request) -> list[dict]:
    """The campaign list, built once per request: the page, the header's switcher and the
    campaign chosen all read the same list (kept in the request's ASGI scope)."""
    scope = request.scope if request is not None else {}
    if LISTED not in scope:
        data_dir = data_dir_of(datasette)
        scope[LISTED] = await archive_db(datasette).execute_fn(lambda conn: list_campaigns(conn, data_dir))
    return scope[LISTED]


def choose(campaigns: list[dict], request) -> dict | None:
    """The campaign this request shows: ?campaign=, else the cookie, else the first listed."""
    by_id = {c["id"]: c for c in campaigns}
    for wanted in (request.args.get("campaign"), request.cookies.get(COOKIE)):
        if wanted and wanted in by_id:
            return by_id[wanted]
    return campaigns[0] if campaigns else None


async def chosen_campaign(datasette, request) -> str | None:
    """The id of the campaign the page should show (None: the archive has none)."""
    chosen = choose(await campaigns_of(datasette, request), request)
    return chosen["id"] if chosen else None


async def switcher_vars(datasette, request) -> dict:
    """Template variables for the header's switcher (base.html)."""
    if request is None or role_of(request.actor) is None:
        return {"collector_campaigns": [], "collector_campaign": None}
    try:
        campaigns = await campaigns_of(datasette, request)
    except (NotFound, KeyError):
        return {"collector_campaigns": [], "collector_campaign": None}
    chosen = choose(campaigns, request)
    return {"collector_campaigns": campaigns, "collector_campaign": chosen["id"] if chosen else None}


# ---------------------------------------------------------------- pages


async def choose_page(datasette, request):
    """/campaigns/choose?campaign=ID&next=/overdue: remember the choice and go back."""
    require_role(request)
    campaigns = await campaigns_of(datasette, request)
    wanted = request.args.get("campaign", "")
    if wanted not in {c["id"] for c in campaigns}:
        raise NotFound("没有这个活动")
    target, _, query = local_path(request.args.get("next"), "/").partition("?")
    # a unit or a search stays; filters of the other campaign do not
    kept = [(k, v) for k, v in parse_qsl(query) if k in KEPT_ARGS]
    response = Response.redirect(target + "?" + urlencode(kept + [("campaign", wanted)]))
    response.set_cookie(COOKIE, wanted, max_age=COOKIE_MAX_AGE, httponly=True, samesite="lax")
    return response


async def campaigns_page(datasette, request):
    role = require_role(request)
    return await render(
        datasette, request, "collector_campaigns.html",
        {"campaigns": await campaigns_of(datasette, request), "can_edit": role == "office"},
    )


# ---------------------------------------------------------------- new / edit / save

MAX_NOTICE_BYTES = 20 * 1024 * 1024
NOTICE_FORMATS = ("txt", "docx", "pdf")


def routes():
    return [
        (r"^/campaigns$", campaigns_page),
        (r"^/campaigns/choose$", choose_page),
        (r"^/campaigns/new$", new_campaign_page),
        (r"^/campaigns/edit$", edit_campaign_page),
        (r"^/campaigns/save$", save_campaign_page),
    ]


class NoticeUploadError(ValueError):
    """An upload that is not a notice the drafter can read (Chinese message)."""


def draft_from_notice_file(path: Path, roster) -> dict:
    """The one call into the drafter (collector/drafting): a notice file -> a
    campaign-format dict with ``unsettled`` lines for the clerk."""
    try:
        return draft_campaign_from_file(path, roster).to_dict()
    except NoticeReadError as e:
        raise NoticeUploadError(str(e)) from None


UPLOAD_PATH = "/campaigns/new"


def checks_own_csrf(scope) -> bool:
    """The notice upload (multipart) is exempt from asgi-csrf: ``_multipart`` checks its token."""
    if scope.get("path") != UPLOAD_PATH or scope.get("method") != "POST":
        return False
    content_type = dict(scope.get("headers") or []).get(b"content-type", b"")
    return content_type.split(b";", 1)[0].strip() == b"multipart/form-data"


def _check_csrf(datasette, request, token: str) -> None:
    """What asgi-csrf checks: the form's token equals the ds_csrftoken cookie, signed by this dashboard."""
    import secrets

    from itsdangerous import BadSignature

    cookie = request.cookies.get("ds_csrftoken", "")
    try:
        datasette.unsign(cookie, "csrftoken")
    except BadSignature:
        raise Forbidden("CSRF 校验失败，请刷新页面后重试") from None
    if not token or not secrets.compare_digest(token, cookie):
        raise Forbidden("CSRF 校验失败，请刷新页面后重试")


async def _multipart(datasette, request, limit: int) -> tuple[dict[str, str], dict[str, tuple[str, bytes]]]:
    """Fields and files of a multipart POST (at most ``limit`` bytes), its CSRF token checked."""
    from io import BytesIO

    from python_multipart import parse_form

    chunks, size, more = [], 0, True
    while more:  # read at most ``limit`` bytes, never a whole oversized body
        message = await request.receive()
        chunks.append(message.get("body", b""))
        size += len(chunks[-1])
        more = message.get("more_body", False)
        if size > limit:
            raise NoticeUploadError("文件过大（超过 20 MB），不像是一份通知")
    body = b"".join(chunks)
    fields: dict[str, str] = {}
    files: dict[str, tuple[str, bytes]] = {}

    def on_field(field):
        fields[field.field_name.decode()] = (field.value or b"").decode("utf-8", "replace")

    def on_file(file):
        file.file_object.seek(0)
        files[file.field_name.decode()] = ((file.file_name or b"").decode("utf-8", "replace"), file.file_object.read())

    headers = {"Content-Type": request.headers.get("content-type", ""), "Content-Length": str(len(body))}
    try:
        parse_form(headers, BytesIO(body), on_field, on_file)
    except Exception:  # python-multipart raises several kinds for a malformed body
        fields, files = {}, {}
    _check_csrf(datasette, request, fields.get("csrftoken", ""))
    if not files:
        raise NoticeUploadError("上传的内容无法读取，请重新选择文件")
    return fields, files


def _notice_to_draft(filename: str, data: bytes, roster) -> dict:
    import tempfile

    ext = Path(filename).suffix.lower().lstrip(".")
    if not data:
        raise NoticeUploadError("请选择通知文件")
    if ext in ("doc", "wps"):
        raise NoticeUploadError(f"旧版 Word 文件（.{ext}）请另存为 .docx 后再上传")
    if ext not in NOTICE_FORMATS:
        raise NoticeUploadError("只支持 .txt、.docx、.pdf 格式的通知")
    with tempfile.TemporaryDirectory(prefix="collector-notice-") as tmp:
        path = Path(tmp) / f"notice.{ext}"  # the sender's name is never a path
        path.write_bytes(data)
        return draft_from_notice_file(path, roster)


async def _roster(datasette):
    from .roster import roster_from_conn

    return await archive_db(datasette).execute_fn(roster_from_conn)


def _roster_units(roster) -> list[dict]:
    return [{"name": u.name, "kind": u.kind} for u in roster.units]


async def _render_form(datasette, request, form: dict, roster, *, editing: str | None, errors=None, general=None,
                       status=200):
    return await render(
        datasette, request, "collector_campaign_form.html",
        {
            "form": form, "groups": campaign_form.roster_groups(_roster_units(roster)), "editing": editing,
            "errors": errors or {}, "general_error": general, "part_kinds": campaign_form.PART_KINDS,
        },
        status=status,
    )


async def new_campaign_page(datasette, request):
    """GET: the upload form. POST (multipart): the notice drafted into the campaign form; nothing is saved."""
    require_office(request)
    if request.method != "POST":
        return await render(datasette, request, "collector_campaign_new.html", {"error": None})
    roster = await _roster(datasette)
    try:
        fields, files = await _multipart(datasette, request, MAX_NOTICE_BYTES + 64 * 1024)
        filename, data = files.get("notice", ("", b""))
        draft = await asyncio.to_thread(_notice_to_draft, filename, data, roster)
    except NoticeUploadError as e:
        return await render(datasette, request, "collector_campaign_new.html", {"error": str(e)}, status=400)
    form = campaign_form.form_from_data(draft, _roster_units(roster))
    return await _render_form(datasette, request, form, roster, editing=None)


def _editable_file(campaign: dict | None) -> Path | None:
    return Path(campaign["source"]) if campaign and campaign.get("editable") else None


async def edit_campaign_page(datasette, request):
    """A campaign the clerk saved: the form; any other (a hand-written file): read-only."""
    role = require_role(request)
    campaigns = await campaigns_of(datasette, request)
    found = next((c for c in campaigns if c["id"] == request.args.get("id")), None)
    if found is None:
        raise NotFound("没有这个活动")
    path = _editable_file(found)
    if path is not None and role == "office":
        roster = await _roster(datasette)
        data = copy.deepcopy(campaign_files.read_campaign_file(path))  # the form may change it
        form = campaign_form.form_from_data(data, _roster_units(roster))
        return await _render_form(datasette, request, form, roster, editing=found["id"])

    requirements = [dict(r) for r in (await archive_db(datasette).execute(
        "SELECT id, title, due_at, description, units FROM requirements WHERE campaign = ? ORDER BY due_at, id",
        [found["id"]],
    )).rows]
    text = None
    if found.get("source") and Path(found["source"]).is_file():
        text = Path(found["source"]).read_text(encoding="utf-8", errors="replace")
    return await render(
        datasette, request, "collector_campaign_view.html",
        {"campaign": found, "requirements": requirements, "file_text": text},
    )


def _save(data_dir: Path, data: dict, user: str, replace: bool):
    from .. import audit
    from ..roster import load_roster

    def write(db):
        saved = campaign_mod.save_campaign_file(data_dir, data, load_roster(db), replace=replace)
        with db.atomic():
            audit.record(db, "campaign_saved", actor=user, campaign=saved.id, title=saved.title,
                         file=str(Path(saved.source).relative_to(data_dir)), replaced=replace)
        return saved

    return write


async def save_campaign_page(datasette, request):
    """POST of the campaign form: add a row, or check and save (nothing saved on any error)."""
    user = require_office(request)
    if request.method != "POST":
        return Response.redirect("/campaigns")
    posted = campaign_form.Posted(parse_qsl((await request.post_body()).decode("utf-8", "replace"), keep_blank_values=True))
    form = campaign_form.form_from_posted(posted)
    editing = posted.get("editing") or None
    roster = await _roster(datasette)
    action = posted.get("action", "save")
    if action == "add_requirement":
        form["requirements"].append(campaign_form.blank_requirement(len(form["requirements"]) + 1))
        return await _render_form(datasette, request, form, roster, editing=editing)
    if action.startswith("add_part_") and action[9:].isdigit() and int(action[9:]) < len(form["requirements"]):
        parts = form["requirements"][int(action[9:])]["parts"]
        parts.append(campaign_form.blank_part(len(parts) + 1))
        return await _render_form(datasette, request, form, roster, editing=editing)
    campaigns = await campaigns_of(datasette, request)
    if editing and not _editable_file(next((c for c in campaigns if c["id"] == editing), None)):
        return await _render_form(datasette, request, form, roster, editing=None, status=400,
                                  general="这个活动不是在看板上创建的，不能在这里修改")
    if editing:
        form["id"] = editing  # the id of a saved campaign stays (its rows are filed under it)
    taken = {c["id"] for c in campaigns} - {editing}
    data, errors = campaign_form.data_from_form(form, _roster_units(roster), taken)
    if errors:
        return await _render_form(datasette, request, form, roster, editing=editing, errors=errors, status=400,
                                  general="有几处需要修改，见标红的说明；活动尚未保存")
    try:
        await write_archive(data_dir_of(datasette), _save(data_dir_of(datasette), data, user, bool(editing)))
    except (ArchiveBusy, campaign_mod.CampaignError) as e:
        return await _render_form(datasette, request, form, roster, editing=editing, status=409 if isinstance(e, ArchiveBusy) else 400,
                                  general=str(e) if isinstance(e, ArchiveBusy) else f"活动未保存：{e}")
    datasette.add_message(request, f"活动“{data['title']}”已保存，下一次收取邮件后生效", datasette.INFO)
    return Response.redirect("/campaigns/choose?" + urlencode({"campaign": data["id"], "next": "/campaigns"}))
