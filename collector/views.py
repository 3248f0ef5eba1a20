"""Read-only views over the database: the JSON contracts of `collector messages` and `collector status`."""

from __future__ import annotations

import json

import sqlite_utils

from collector.status import status_rows

__all__ = ["message_rows", "status_rows"]


def _attachment_view(row: dict) -> dict:
    return {
        "filename": row["filename"],
        "kind": row["kind"],
        "sha256": row["sha256"],
        "size": row["size"],
        "path": row["path"],
        "content_type": row["content_type"],
        "parent": row["parent_idx"],
        "inline": bool(row["inline"]),
        "link_url": row["link_url"],
        "problem": row["problem"],
    }


def message_rows(db: sqlite_utils.Database) -> list[dict]:
    """One object per archived message, oldest receipt first."""
    attachments: dict[str, list[dict]] = {}
    for row in db.query(
        "SELECT message_sha256, idx, parent_idx, filename, kind, sha256, size, path, content_type,"
        " inline, link_url, problem FROM attachments ORDER BY message_sha256, idx"
    ):
        attachments.setdefault(row["message_sha256"], []).append(_attachment_view(row))
    requirements: dict[str, list[str]] = {}
    for row in db.query("SELECT message_sha256, requirement FROM submissions ORDER BY requirement"):
        requirements.setdefault(row["message_sha256"], []).append(row["requirement"])
    return [
        {
            "message_id": row["message_id"],
            "received_at": row["received_at"],
            "from": row["from_addr"],
            "subject": row["subject"],
            "campaign": row["campaign"],
            "unit": row["unit"],
            "requirements": requirements.get(row["sha256"], []),
            "state": row["state"],
            "reason": row["reason"],
            "sha256": row["sha256"],
            "raw_path": row["raw_path"],
            "attachments": attachments.get(row["sha256"], []),
        }
        for row in db.query("SELECT * FROM messages ORDER BY received_at, sha256")
    ]


def dumps(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2)
