"""What it answers: the requirements of a campaign that one mail serves."""

from __future__ import annotations

import datetime as dt

from collector.campaign import Campaign
from collector.model import ParsedMail
from collector.match.text import content_lines
from collector.match.units import _clean_subject, _own_text

PHOTO_EXT = (".jpg", ".jpeg", ".png", ".heic", ".heif", ".bmp", ".gif", ".webp", ".tif", ".tiff")


# ---------------------------------------------------------------- requirements


def detect_requirements(
    parsed: ParsedMail,
    campaign: Campaign,
    unit: str,
    received_at: dt.datetime | None = None,
    open_requirements: set[str] | None = None,
) -> tuple[list[str], list[str]]:
    """Which of the unit's requirements the mail serves, and why (Chinese)."""
    applicable = campaign.requirements_for(unit)
    if not applicable:
        return [], []
    # the subject, file names and the opening lines say what is sent; a report's
    # body speaks of everything ("领导参加了访谈…")
    own = "\n".join(content_lines(_own_text(parsed, [campaign]))[:3])
    words_text = " ".join(
        [_clean_subject(parsed.subject), own]
        + [a.filename or "" for a in parsed.attachments]
        + [(f.subject or "") for f in parsed.forwarded]
    )
    chosen: list[str] = []
    why: list[str] = []
    has_photo = any(is_photo(a) for a in parsed.attachments)
    has_doc = any(a.kind == "document" for a in parsed.attachments)
    for req in applicable:
        found = [w for w in req.hints if w in words_text]
        if found:
            chosen.append(req.id)
            why.append(f"{req.title}（{'、'.join(found[:3])}）")
            continue
        photo_part = any(p.kind == "photo" for p in req.parts)
        if has_photo and photo_part:
            chosen.append(req.id)
            why.append(f"{req.title}（附有照片）")
            continue
        for a in parsed.attachments:
            if a.kind != "document" or not a.text:
                continue
            head = " ".join(content_lines(a.text)[:3])
            doc_words = [w for w in req.hints if w in head]
            if doc_words:
                chosen.append(req.id)
                why.append(f"{req.title}（文档标题含“{doc_words[0]}”）")
                break
    if chosen:
        return chosen, why
    if not (has_doc or has_photo or parsed.attachments) or _inapplicable(parsed, campaign, unit):
        return [], []
    candidates = [r for r in applicable if open_requirements is None or r.id in open_requirements]
    if len(applicable) == 1:
        return [applicable[0].id], [f"{applicable[0].title}（该单位仅此一项）"]
    if received_at is not None and candidates:
        pending = sorted((r for r in candidates if received_at <= r.due), key=lambda r: r.due)
        if pending:
            return [pending[0].id], [f"{pending[0].title}（尚未截止的最近一项）"]
    if len(candidates) == 1:
        return [candidates[0].id], [f"{candidates[0].title}（唯一未完成的一项）"]
    return [], []


def _inapplicable(parsed: ParsedMail, campaign: Campaign, unit: str):
    """A requirement the mail's words name but the unit does not owe (教育局 sending 访谈稿)."""
    own = _own_text(parsed, [campaign])
    text = " ".join([_clean_subject(parsed.subject), own] + [a.filename or "" for a in parsed.attachments])
    owed = {r.id for r in campaign.requirements_for(unit)}
    return next((r for r in campaign.requirements if r.id not in owed and any(w in text for w in r.hints)), None)


def is_photo(a) -> bool:
    if a.kind == "photo":
        return True
    return a.kind == "other" and (a.filename or "").lower().endswith(PHOTO_EXT)
