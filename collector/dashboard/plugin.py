"""Datasette plugin: login gate, roles, Chinese pages, exports, search (see datasette/).

Registered through the ``datasette`` entry point in pyproject.toml.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import asgi_csrf
from datasette import hookimpl
from datasette.plugins import pm
from datasette.utils import await_me_maybe
from datasette.utils.asgi import Request, Response
from markupsafe import Markup, escape

from . import campaigns as campaigns_mod
from . import (
    decide_pages, export_pages, file_pages, login_guard, mail_pages, outbox_pages, search_pages, status_pages, unit_pages,
)
from . import roster as roster_mod
from . import search as search_mod
from .auth import current_actor, role_of
from .labels import (
    KIND_LABELS,
    MESSAGE_STATE_LABELS,
    STATE_LABELS,
    UNIT_KIND_LABELS,
    column_label,
    describe_filters,
    lookup_label,
    table_label,
)

# Reachable without logging in: the login form and Datasette's own CSS/JS.
PUBLIC_PATHS = ("/-/login",)
PUBLIC_PREFIXES = ("/-/static/",)
# Never served, to anyone: metadata may carry password hashes from the users file.
BLOCKED_PATHS = ("/-/metadata", "/-/metadata.json", "/-/password-tool", "/-/auth-token")

CODE_LABELS = {
    ("status", "state"): STATE_LABELS,
    ("status", "unit_kind"): UNIT_KIND_LABELS,
    ("units", "kind"): UNIT_KIND_LABELS,
    ("messages", "state"): MESSAGE_STATE_LABELS,
    ("attachments", "kind"): KIND_LABELS,
}

NAV_LINKS = [
    ("/", "报送情况"),
    ("/overdue", "未报送/逾期"),
    ("/review", "待审核"),
    ("/mails", "邮件"),
    ("/units", "单位"),
    ("/search", "搜索"),
    ("/exports", "导出"),
    ("/campaigns", "活动"),
    ("/roster", "名册"),
    ("/outbox", "发件箱"),
    ("/logins", "登录记录"),
    ("/collector", "数据表"),
]


def _is_public(path: str) -> bool:
    return path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES)


def _wants_html(scope) -> bool:
    for key, value in scope.get("headers") or []:
        if key == b"accept":
            return b"text/html" in value
    return False


async def _actor_for(datasette, scope, receive):
    request = Request(scope, receive)
    actor = None
    for candidate in pm.hook.actor_from_request(datasette=datasette, request=request):
        candidate = await await_me_maybe(candidate)
        if candidate:
            actor = candidate
    return actor


@hookimpl
def asgi_wrapper(datasette):
    """Deny by default: every route (Datasette's, plugins', static mounts) needs a
    logged-in office or auditor actor, except the login form and static CSS/JS."""

    def wrap(app):
        async def gate(scope, receive, send):
            if scope["type"] != "http":
                return await app(scope, receive, send)
            # Judge both the decoded path and the raw one Datasette's router matches on.
            path = scope.get("path", "")
            raw = (scope.get("raw_path") or path.encode("utf-8")).decode("ascii", "replace").partition("?")[0]
            if path in BLOCKED_PATHS or raw in BLOCKED_PATHS:
                return await Response.text("403 Forbidden", status=403).asgi_send(send)
            if _is_public(path) and _is_public(raw) and ".." not in path:
                send = login_guard.session_cookies(datasette, scope, send, logged_in=False)
                if path == "/-/login" and scope.get("method") == "POST":
                    return await login_guard.guarded_login(datasette, app, scope, receive, send)
                return await app(scope, receive, send)
            actor = current_actor(datasette, await _actor_for(datasette, scope, receive))
            send = login_guard.session_cookies(datasette, scope, send, logged_in=role_of(actor) is not None)
            if scope.get("method") == "POST":
                send = _csrf_refusal_in_chinese(send)
            if role_of(actor) is None:
                if _wants_html(scope) and scope.get("method") in ("GET", "HEAD"):
                    return await Response.redirect("/-/login").asgi_send(send)
                return await Response.text(
                    "403 需要登录 / login required", status=403,
                    headers={"cache-control": "no-store"},
                ).asgi_send(send)
            if path.endswith(".csv") and not path.startswith("/export/"):
                send = _with_utf8_bom(send)
            return await app(scope, receive, send)

        return gate

    return wrap


CSRF_REFUSALS = {message.encode("utf-8") for message in asgi_csrf.error_messages.values()} | {b"CSRF validation failed"}
CSRF_REFUSAL_PAGE = ('<!DOCTYPE html><html lang="zh-CN"><meta charset="utf-8"><title>页面已过期</title>'
                     '<p>页面已过期或安全校验失败，本次操作未执行。请返回、刷新页面后重试。</p>'
                     '<p><a href="/">返回报送情况</a></p><p style="color:#777">（{}）</p></html>')


def _csrf_refusal_in_chinese(send):
    """Datasette's CSRF layer refuses a form with a stale or missing token in English:
    the same 403, in words the clerk reads."""
    held = {}

    async def wrapped(message):
        if message["type"] == "http.response.start" and message["status"] == 403:
            held["start"] = message
            return
        if "start" in held and message["type"] == "http.response.body":
            start = held.pop("start")
            if not message.get("more_body") and message.get("body", b"") in CSRF_REFUSALS:
                await send(dict(start, headers=[(b"content-type", b"text/html; charset=utf-8")]))
                detail = str(escape(message["body"].decode("utf-8")))  # the technical reason, for the record
                await send({"type": "http.response.body", "body": CSRF_REFUSAL_PAGE.format(detail).encode("utf-8")})
                return
            await send(start)
        await send(message)

    return wrapped


def _with_utf8_bom(send):
    """Datasette's CSV has no BOM, so Excel on Chinese Windows reads it as GBK: add one."""
    state = {"csv": False, "first": True}

    async def wrapped(message):
        if message["type"] == "http.response.start":
            headers = list(message.get("headers") or [])
            content_type = next((v for k, v in headers if k.lower() == b"content-type"), b"")
            if content_type.startswith(b"text/csv") or content_type.startswith(b"text/plain"):
                state["csv"] = True
                headers = [
                    (k, str(int(v) + 3).encode() if k.lower() == b"content-length" else v) for k, v in headers
                ]
                message = dict(message, headers=headers)
        elif message["type"] == "http.response.body" and state["csv"] and state["first"]:
            state["first"] = False
            message = dict(message, body=b"\xef\xbb\xbf" + message.get("body", b""))
        await send(message)

    return wrapped


@hookimpl(trylast=True)
def permission_allowed(datasette, actor, action, resource):
    # trylast: Datasette keeps the last non-None answer, so this one decides.
    role = role_of(current_actor(datasette, actor))  # the role the users file gives now, not the cookie's
    if role is None:
        return False
    if action in ("execute-sql", "view-database-download", "permissions-debug", "debug-menu"):
        return role == "auditor"
    if action == "create-token":
        return False
    return None


@hookimpl
def skip_csrf(datasette, scope):
    # asgi-csrf 0.11 cannot read a multipart body with python-multipart 0.0.34 (it passes
    # FileClass=, since removed), so the notice upload checks the same token itself.
    return campaigns_mod.checks_own_csrf(scope)


@hookimpl
def register_routes():
    return (status_pages.routes() + mail_pages.routes() + unit_pages.routes() + search_pages.routes()
            + export_pages.routes() + file_pages.routes() + decide_pages.routes() + login_guard.routes()
            + campaigns_mod.routes() + roster_mod.routes() + outbox_pages.routes())


@hookimpl
def prepare_connection(conn):
    # Lets the auditor write `... MATCH escape_fts('乡镇 照片')` against search_index.
    conn.create_function("escape_fts", 1, lambda q: search_mod.fts_match_expression(q or ""))


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    # Thumbnails come from /thumb/<id> (behind the login), never a public URL.
    if table == "attachments" and column == "thumbnail" and isinstance(value, bytes):
        try:
            attachment_id = int(row["id"])
        except (KeyError, IndexError, TypeError, ValueError):
            return None
        return _thumb_img(attachment_id)
    label = _code_label(table, column, value)
    if label is not None:
        return label
    if column == "缩略图" and isinstance(value, int):
        return _thumb_img(value)
    if column == "邮件" and isinstance(value, str) and len(value) == 64:
        return Markup('<a href="/mail/{}">查看邮件</a>').format(value)
    return None


def _code_label(table, column, value):
    """Codes the clerk meets in table views, in Chinese (the code stays visible)."""
    if not isinstance(value, str):
        return None
    labels = CODE_LABELS.get((table, column))
    if labels and value in labels:
        return Markup('{} <span class="muted">{}</span>').format(labels[value], value)
    return None


def _thumb_img(attachment_id: int) -> Markup:
    return Markup('<img class="thumb" loading="lazy" src="/thumb/{}" alt="缩略图">').format(attachment_id)


@hookimpl
def extra_template_vars(request, datasette):
    actor = request.actor if request is not None else None
    role = role_of(actor)
    static = {
        "collector_nav": NAV_LINKS if role else [],
        "collector_role": role,
        "collector_role_label": {"office": "办公室", "auditor": "审计"}.get(role or "", ""),
        "column_label": column_label,
        "table_label": lambda name: table_label(datasette, name),
        "lookup_label": lookup_label,
        "describe_filters": describe_filters,
        "urlquote": lambda s: quote(str(s or ""), safe=""),
        "collector_poll_health": (lambda: _poll_health(datasette)) if role else None,
    }

    async def with_campaigns():
        return {**static, **await campaigns_mod.switcher_vars(datasette, request)}

    return with_campaigns


def _poll_health(datasette) -> dict:
    """When the mailbox was last read, the last polls, and an alert (collector/service.py)."""
    from collector.service import poll_health

    config = datasette.plugin_config("collector") or {}
    return poll_health(Path(config["data_dir"]), float(config.get("poll_alert_hours", 2.0)))


@hookimpl
def menu_links(datasette, actor):
    if role_of(actor) is None:
        return []
    return [{"href": href, "label": label} for href, label in NAV_LINKS]
