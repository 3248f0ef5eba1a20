"""The archive's rows as the pages show them: query results as dicts, JSON columns as
lists, a campaign's requirements, a mail and its files with their labels."""

from __future__ import annotations

import json
import re

from datasette.utils.asgi import NotFound

from .. import thumbnails
from .labels import KIND_LABELS, MESSAGE_STATE_LABELS, TEXT_STATUS_LABELS, format_size, format_time

SHA_PATTERN = r"(?P<sha>[0-9a-f]{64})"  # a mail's or a file's sha256 in a route


def dict_rows(results):
    return [dict(r) for r in results.rows]


def json_list(value) -> list:
    if not value:
        return []
    try:
        data = json.loads(value)
    except (TypeError, ValueError):
        return [str(value)]
    return data if isinstance(data, list) else [data]


async def campaign_requirements(db, campaign: str | None = None) -> list[dict]:
    return dict_rows(await db.execute(
        "SELECT campaign, id, title, due_at FROM requirements WHERE campaign IS ? ORDER BY due_at, id", [campaign]
    ))


def requirement_titles(reqs) -> dict:
    return {r["id"]: r["title"] or r["id"] for r in reqs}


def _text_status_label(status: str | None) -> str:
    """已提取文字, 扫描件（文字由OCR识别）…; any other status is why the text could not be read (failed: …)."""
    if not status:
        return ""
    return TEXT_STATUS_LABELS.get(status) or f"文字提取失败：{status}"


async def attachments_for(db, shas: list[str]) -> dict[str, list[dict]]:
    if not shas:
        return {}
    marks = ",".join("?" for _ in shas)
    rows = dict_rows(
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
        row["text_status_label"] = _text_status_label(row["text_status"])
        row["size_label"] = format_size(row["size"])
        row["safe_link"] = _safe_http_url(row["link_url"])
        by_mail.setdefault(row["message_sha256"], []).append(row)
    return by_mail


def _safe_http_url(url: str | None) -> str | None:
    if url and re.match(r"^https?://[^\s\"'<>]+$", url, re.IGNORECASE):
        return url
    return None


def decorate_mail(row: dict) -> dict:
    row["state_label"] = MESSAGE_STATE_LABELS.get(row.get("state"), row.get("state") or "")
    row["received_label"] = format_time(row.get("received_at"))
    return row


async def message_row(db, sha: str, columns: str):
    row = (await db.execute(f"SELECT {columns} FROM messages WHERE sha256 = ?", [sha])).first()
    if row is None:
        raise NotFound("没有这封邮件")
    return row
