"""The archive's files behind the pages: an attachment (images inline, everything
else as a download), its thumbnail, a raw mail; never a path outside the data dir."""

from __future__ import annotations

import asyncio
from pathlib import Path
from urllib.parse import quote

from datasette.utils.asgi import AsgiFileDownload, NotFound, Response

from .. import exports, thumbnails
from .access import archive_db, data_dir_of, require_role
from .render import attachment_header
from .rows import SHA_PATTERN, message_row


def routes():
    return [
        (r"^/file/(?P<id>[0-9]+)$", file_download),
        (r"^/thumb/(?P<id>[0-9]+)$", thumbnail),
        (rf"^/raw/{SHA_PATTERN}$", raw_mail_download),
    ]


INLINE_IMAGE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp"}


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
    require_role(request)
    db = archive_db(datasette)
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
        headers["content-disposition"] = attachment_header(filename)
        content_type = "application/octet-stream"
    return AsgiFileDownload(path, content_type=content_type, headers=headers)


async def thumbnail(datasette, request):
    require_role(request)
    db = archive_db(datasette)
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
    require_role(request)
    db = archive_db(datasette)
    sha = request.url_vars["sha"]
    row = await message_row(db, sha, "raw_path")
    path = resolve_in_data_dir(data_dir_of(datasette), row[0])
    if path is None:
        raise NotFound("存档中找不到原始邮件")
    return AsgiFileDownload(
        path,
        content_type="application/octet-stream",
        headers={
            "content-disposition": attachment_header(f"{sha[:16]}.eml"),
            "x-content-type-options": "nosniff",
            "cache-control": "private, no-store",
        },
    )
