"""What the clerk's pages share: the role check, the database, rendering, paging, a
mail's files and labels.

The pages themselves, by concern (each with its routes, registered by
plugin.register_routes): status_pages (报送情况, 未报送/逾期), mail_pages (待审核,
邮件, one mail), unit_pages (单位), search_pages (搜索), export_pages (导出),
file_pages (files, thumbnails, raw mails); decide_pages, campaigns, roster,
outbox_pages and login_guard build on the same helpers.

Every handler runs behind the login gate in plugin.py and checks the role again
itself (``_require_role``), so a page never depends on the gate alone.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from urllib.parse import quote, urlencode

from datasette.utils.asgi import Forbidden, NotFound, Response

from .. import thumbnails
from .auth import role_of
from .labels import KIND_LABELS, MESSAGE_STATE_LABELS, format_size, format_time

DB_NAME = "collector"
PAGE_SIZE = 50  # the page modules read it as pages.PAGE_SIZE, when they run (a test makes it smaller)
_SHA = r"(?P<sha>[0-9a-f]{64})"


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


async def _message_row(db, sha: str, columns: str):
    row = (await db.execute(f"SELECT {columns} FROM messages WHERE sha256 = ?", [sha])).first()
    if row is None:
        raise NotFound("没有这封邮件")
    return row


def _attachment_header(filename: str) -> str:
    ascii_name = re.sub(r"[^A-Za-z0-9._-]", "_", filename) or "download"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
