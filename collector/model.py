"""Plain data passed between the pipeline stages.

fetch / sources  ->  RawMail
store            ->  (raw bytes kept, sha256)
parsers          ->  ParsedMail (with Attachments)
match            ->  Match
file / index     ->  rows in SQLite, files in the archive

Every stage takes and returns these dataclasses, nothing else, so a stage can
be tested (or replaced) alone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Literal

AttachmentKind = Literal["photo", "document", "archive", "link", "empty", "other"]
MessageState = Literal["filed", "needs_review", "ignored"]


@dataclasses.dataclass
class RawMail:
    """One message exactly as the server (or a file) gave it."""

    raw: bytes
    received_at: dt.datetime  # server receipt time (INTERNALDATE), tz-aware
    source: str  # "imap" or "import"
    folder: str | None = None
    uidvalidity: int | None = None
    uid: int | None = None
    origin: str = ""  # human-readable: imap://user@host/INBOX;UID=7 or a file path


@dataclasses.dataclass
class PhotoInfo:
    width: int | None = None  # after EXIF orientation
    height: int | None = None
    taken_at: str | None = None  # EXIF DateTimeOriginal, ISO 8601, no tz
    camera: str | None = None  # "Make Model"
    phash: str | None = None  # perceptual hash (imagehash.dhash of the thumbnail), hex
    thumbnail: bytes | None = None  # small JPEG


@dataclasses.dataclass
class Attachment:
    """A file the sender sent: a MIME part, an archive member, a part of a
    forwarded mail, or a large-attachment link (kind "link", data None)."""

    filename: str  # decoded, as the sender named it (or derived when none)
    content_type: str  # detected from content where the label is wrong
    kind: AttachmentKind
    data: bytes | None
    inline: bool = False
    parent: int | None = None  # index in ParsedMail.attachments of the archive / forwarded mail
    text: str | None = None  # extracted document text (for matching and search)
    # "ok", "typed" (a word processor's PDF), "scanned" (PDF without text), "ocr", "failed: …", None = not a document
    text_status: str | None = None
    photo: PhotoInfo | None = None
    link_url: str | None = None
    link_size: str | None = None  # as the body states it ("120.5M")
    link_expires: str | None = None  # as the body states it
    problem: str | None = None  # why this part needs a person to look (bomb, bad name, …)
    # Set once the bytes are in the content-addressed store (then data is dropped):
    stored_sha256: str | None = None
    stored_path: str | None = None  # relative to the data dir
    stored_size: int | None = None


@dataclasses.dataclass
class ForwardedMail:
    """Header of a mail that was forwarded inside this one."""

    from_addr: str | None
    from_name: str | None
    subject: str | None
    date: str | None


@dataclasses.dataclass
class ParsedMail:
    message_id: str | None  # Message-ID as received, stripped of whitespace
    subject: str  # decoded
    from_addr: str | None  # lower-cased address
    from_name: str | None  # decoded display name
    from_raw: str  # the From header as received (decoded), kept for auditors
    to: list[str]
    date_header: str | None  # what the sender's clock said; never used for deadlines
    body_text: str  # plain text; HTML-only mails converted to text
    attachments: list[Attachment] = dataclasses.field(default_factory=list)
    forwarded: list[ForwardedMail] = dataclasses.field(default_factory=list)
    not_submission: str | None = None  # "auto-reply", "bounce", "read-receipt", "newsletter", "system", "recall"
    problems: list[str] = dataclasses.field(default_factory=list)  # recoverable oddities
    headers: dict[str, str] = dataclasses.field(default_factory=dict)  # selected raw headers
    received_chain: list[dict] = dataclasses.field(default_factory=list)  # hops, oldest first (for auditors)


@dataclasses.dataclass
class Match:
    """Where the matcher placed one mail."""

    campaign: str | None
    unit: str | None  # roster name as the notice writes it, e.g. 县发改局
    requirements: list[str]
    state: MessageState
    reason: str  # why (Chinese, shown to the clerk)
    confidence: float = 0.0
    signals: list[str] = dataclasses.field(default_factory=list)  # evidence, for review
    suggestions: list[str] = dataclasses.field(default_factory=list)  # candidate units for review
    is_correction: bool = False  # 更正 / 以此为准 / 最终版


@dataclasses.dataclass
class Outcome:
    sha256: str
    new: bool
    state: str
    unit: str | None = None
    match: Match | None = None  # the matcher's decision, for a mail filed in this run


@dataclasses.dataclass
class RunReport:
    kind: str
    seen: int = 0
    new: int = 0
    duplicates: int = 0
    needs_review: int = 0
    ignored: int = 0
    filed: int = 0
    outbox: str = ""  # what the outbox sent after filing (collector/outbox/), one line or ""

    def add(self, outcome: Outcome) -> None:
        self.seen += 1
        if not outcome.new:
            self.duplicates += 1
            return
        self.new += 1
        if outcome.state == "needs_review":
            self.needs_review += 1
        elif outcome.state == "ignored":
            self.ignored += 1
        else:
            self.filed += 1

    def summary(self) -> str:
        return (
            f"{self.kind}: {self.seen} mail(s) seen, {self.new} new "
            f"({self.filed} filed, {self.needs_review} for review, {self.ignored} ignored), "
            f"{self.duplicates} already archived"
        )
