"""File stage: attachments into the content-addressed store and the readable tree.

Returns plain rows for the ``attachments`` table; writes nothing to SQLite.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from collector import store
from collector.faults import disk_write_point
from collector.model import Attachment, Match, ParsedMail
from collector.tree import Links, record_links

REVIEW_FOLDER = "待审核"
IGNORED_FOLDER = "已忽略"
MAIL_FOLDER = "邮件原件"
UNSORTED_REQUIREMENT = "未分类"


def tree_parts(match: Match, received_at: dt.datetime, sha256: str) -> list[list[str]]:
    """Folders under filed/ where this mail's files belong (one per requirement)."""
    campaign = match.campaign or "未归属活动"
    if match.state == "ignored":
        return [[IGNORED_FOLDER, _mail_folder_name(received_at, sha256)]]
    if match.state != "filed" or not match.unit:
        return [[REVIEW_FOLDER, _mail_folder_name(received_at, sha256)]]
    requirements = match.requirements or [UNSORTED_REQUIREMENT]
    return [[campaign, match.unit, requirement] for requirement in requirements]


def _mail_folder_name(received_at: dt.datetime, sha256: str) -> str:
    return f"{received_at.strftime('%Y%m%d-%H%M%S')}_{sha256[:12]}"


def file_attachments(
    data_dir: Path,
    parsed: ParsedMail,
    match: Match,
    received_at: dt.datetime,
    sha256: str,
    syncs: store.DeferredSyncs | None = None,
    links: Links | None = None,
) -> list[dict]:
    """Store every attachment's bytes and link it into the tree; rows for the index.

    With ``syncs``, directory fsyncs are left to the caller (before its commit).
    With ``links``, every filed/ entry made is added there, for tree.record_links."""
    folders = tree_parts(match, received_at, sha256)
    return [
        _file_one(data_dir, index, attachment, folders, syncs, links)
        for index, attachment in enumerate(parsed.attachments)
    ]


def _file_one(
    data_dir: Path, index: int, attachment: Attachment, folders: list[list[str]], syncs: store.DeferredSyncs | None,
    links: Links | None = None,
) -> dict:
    row = {
        "idx": index,
        "parent_idx": attachment.parent,
        "filename": attachment.filename,
        "content_type": attachment.content_type,
        "kind": attachment.kind,
        "inline": int(attachment.inline),
        "sha256": None,
        "size": None,
        "path": None,
        "text": attachment.text,
        "text_status": attachment.text_status,
        "link_url": attachment.link_url,
        "link_size": attachment.link_size,
        "link_expires": attachment.link_expires,
        "problem": attachment.problem,
    }
    if attachment.photo is not None:
        photo = attachment.photo
        row.update(
            taken_at=photo.taken_at,
            camera=photo.camera,
            width=photo.width,
            height=photo.height,
            phash=photo.phash,
            thumbnail=photo.thumbnail,
        )
    if attachment.data is not None:
        store_attachment(data_dir, attachment, syncs)
    if attachment.stored_path is not None:
        rel = attachment.stored_path
        row.update(sha256=attachment.stored_sha256, size=attachment.stored_size, path=rel)
        for parts in folders:
            path = store.link_into_tree(data_dir, rel, parts, attachment.filename, syncs)
            if links is not None:
                links.add(path, rel, attachment.stored_sha256)
    return row


def store_attachment(data_dir: Path, attachment: Attachment, syncs: store.DeferredSyncs | None = None) -> None:
    """Bytes into the content-addressed store; the attachment keeps only where they are."""
    assert attachment.data is not None
    digest, rel = store.put_blob(data_dir, attachment.data, syncs)
    attachment.stored_sha256, attachment.stored_path, attachment.stored_size = digest, rel, len(attachment.data)
    attachment.data = None


def store_all_attachments(data_dir: Path, parsed: ParsedMail) -> None:
    """Used by parse workers: every file stored durably before the result goes back,
    so the poll process never holds (or copies) the attachments' bytes."""
    syncs = store.DeferredSyncs()
    for attachment in parsed.attachments:
        if attachment.data is not None:
            store_attachment(data_dir, attachment, syncs)
    syncs.flush()


def file_raw_mail(
    data_dir: Path,
    raw_rel: str,
    match: Match,
    received_at: dt.datetime,
    sha256: str,
    subject: str,
    syncs: store.DeferredSyncs | None = None,
    links: Links | None = None,
) -> None:
    """A readable copy (hard link) of the raw mail beside the unit's files."""
    name = f"{received_at.strftime('%Y%m%d-%H%M%S')}_{subject[:60] or sha256[:12]}.eml"
    folders = tree_parts(match, received_at, sha256)
    for parts in folders:
        if match.state == "filed" and match.unit:
            parts = [parts[0], parts[1], MAIL_FOLDER]
        path = store.link_into_tree(data_dir, raw_rel, parts, name, syncs)
        if links is not None:
            links.add(path, raw_rel, sha256)


def refile(data_dir: Path, db, message_sha256: str) -> Links:
    """Link a mail's files into the folders its (new) placement calls for, durably,
    and record them (tree.record_links); returns the entries made or found there.

    Earlier links stay where they were: the tree only ever grows, so a path an
    auditor noted down keeps working. Safe to run again after a crash: a file
    already in its folder is found, not linked twice.
    """
    msg = db["messages"].get(message_sha256)
    requirements = [r["requirement"] for r in db.query(
        "SELECT requirement FROM submissions WHERE message_sha256 = ?", [message_sha256])]
    match = Match(msg["campaign"], msg["unit"], requirements, msg["state"], msg["reason"] or "")
    received_at = dt.datetime.fromisoformat(msg["received_at"])
    links, syncs = Links(), store.DeferredSyncs()
    files = list(db.query(
        "SELECT filename, path, sha256 FROM attachments WHERE message_sha256 = ? AND path IS NOT NULL", [message_sha256]
    ))
    for parts in tree_parts(match, received_at, message_sha256):
        for row in files:
            disk_write_point()  # a new directory entry needs room too
            links.add(store.link_into_tree(data_dir, row["path"], parts, row["filename"], syncs), row["path"], row["sha256"])
    disk_write_point()
    file_raw_mail(data_dir, msg["raw_path"], match, received_at, message_sha256, msg["subject"] or "", syncs, links)
    syncs.flush()
    with db.atomic():
        record_links(db, message_sha256, links)
    return links
