"""The status stage's input: a campaign's filed mails, with their files and the requirements each serves,
loaded from the index as plain data (FiledMail, FiledFile)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools

from collector.campaign import Campaign, Requirement
from collector.match import content_lines
from collector.match.text import to_simplified
from collector.parsers.share_codes import CODE_GIVEN, code_to_follow


@dataclasses.dataclass
class FiledFile:
    filename: str
    kind: str
    text: str
    inline: bool
    width: int | None
    height: int | None
    in_document: bool = False  # a picture taken out of a document (照片已插入文档)
    in_archive: bool = False  # a file taken out of a .zip / .rar the mail carries
    content_type: str = ""
    sha256: str = ""  # of the file's bytes: one photo sent under three names counts once
    link_url: str = ""  # a large-attachment link's address, or where a saved shortcut (.url) points
    link_expires: str = ""  # as the mail states it (2065年10月9日 到期)
    text_status: str = ""  # "typed": a PDF a word processor saved (parsers/pdf_origin.py), no scan

    @functools.cached_property
    def head(self) -> str:
        """File name and first lines, in simplified characters (統計表 is a 统计表): what names it.
        Read once per attachment, not once per part it is weighed against."""
        return to_simplified(self.filename + " " + " ".join(content_lines(self.text)[:3]))


@dataclasses.dataclass
class FiledMail:
    sha256: str
    message_id: str | None
    received_at: dt.datetime
    from_addr: str
    from_name: str
    body: str
    is_correction: bool
    attachments: list[FiledFile]
    requirements: list[str]  # all requirements this mail serves
    subject: str = ""
    codes_apart: str = ""  # the 提取码 its sender gave in a later mail, for a share whose code was to follow


def _parse_time(value: str | None, tz) -> dt.datetime | None:
    if not value:
        return None
    d = dt.datetime.fromisoformat(value)
    if d.tzinfo is None:
        d = d.replace(tzinfo=tz)
    return d.astimezone(tz)


def load_messages(db, campaign: Campaign, units: set[str] | None = None) -> dict[str, FiledMail]:
    """The campaign's filed mails, with their files and requirements; only those of ``units`` if given."""
    of_units = ""
    args: list = [campaign.id]
    if units is not None:
        of_units = f" AND unit IN ({', '.join('?' * len(units))})"
        args += sorted(units)
    rows = db.execute(
        "SELECT sha256, message_id, received_at, from_addr, from_name, body_text, is_correction, subject "
        "FROM messages WHERE state = 'filed' AND campaign = ?" + of_units,
        args,
    ).fetchall()
    msgs: dict[str, FiledMail] = {}
    for sha, mid, rec, addr, name, body, corr, subject in rows:
        received = _parse_time(rec, campaign.tz)
        if received is None:
            continue
        msgs[sha] = FiledMail(sha, mid, received, addr or "", name or "", body or "", bool(corr), [], [], subject or "")
    if not msgs:
        return msgs
    kinds: dict[tuple[str, int], str] = {}  # (mail, idx) -> kind, to tell what a file came out of
    for r in db.execute(
        "SELECT a.message_sha256, a.filename, a.kind, a.text, a.inline, a.width, a.height, a.idx, a.parent_idx, "
        "a.content_type, a.sha256, a.link_url, a.link_expires, a.text_status "
        "FROM attachments a JOIN messages m ON m.sha256 = a.message_sha256 "
        "WHERE m.state = 'filed' AND m.campaign = ?" + of_units.replace("unit", "m.unit")
        + " ORDER BY a.message_sha256, a.idx",
        args,
    ).fetchall():
        kinds[(r[0], r[7])] = r[2] or "other"
        if r[0] in msgs:
            parent = kinds.get((r[0], r[8])) if r[8] is not None else None
            msgs[r[0]].attachments.append(
                FiledFile(r[1] or "", r[2] or "other", r[3] or "", bool(r[4]), r[5], r[6], parent == "document",
                     parent == "archive", r[9] or "", r[10] or "", r[11] or "", r[12] or "", r[13] or ""))
    for sha, req in db.execute(
        "SELECT message_sha256, requirement FROM submissions WHERE campaign = ?", [campaign.id]
    ).fetchall():
        if sha in msgs:
            msgs[sha].requirements.append(req)
    for msg in msgs.values():
        if code_to_follow(f"{msg.subject}\n{msg.body}"):
            msg.codes_apart = codes_sent_apart(db, msg.from_addr, msg.received_at)
    return msgs


DAYS_APART = 3  # how long after a mail a password or a share's 提取码 its sender sends apart is looked for


def words_sent_after(db, sender: str, sent_at: dt.datetime) -> list[str]:
    """The subject and words of each mail of ``sender`` in the DAYS_APART days after ``sent_at``: where a password or a
    提取码 sent apart from an earlier mail is looked for (unlock.py, codes_sent_apart)."""
    texts = []
    for subject, body, received in db.execute(
            "SELECT subject, body_text, received_at FROM messages WHERE lower(from_addr) = ?",
            [sender.lower()]).fetchall():
        when = _parse_time(received, sent_at.tzinfo)
        if when and sent_at < when <= sent_at + dt.timedelta(days=DAYS_APART):
            texts.append(f"{subject or ''}\n{body or ''}")
    return texts


def codes_sent_apart(db, sender: str, sent_at: dt.datetime) -> str:
    """The 提取码 the sender gave in its next mails (提取码：z8x6, after 提取码稍后告知), as written, one per line: with
    them the earlier mail's share opens, as a clerk with both mails would open it."""
    return "\n".join(m.group(0) for text in words_sent_after(db, sender, sent_at) for m in CODE_GIVEN.finditer(text))


def submissions_of(db, campaign: Campaign, units: set[str] | None = None) -> list[tuple[str, str, str]]:
    of_units = "" if units is None else f" AND unit IN ({', '.join('?' * len(units))})"
    return db.execute(
        "SELECT message_sha256, unit, requirement FROM submissions WHERE campaign = ?" + of_units,
        [campaign.id, *sorted(units or ())],
    ).fetchall()


def mails_for(campaign: Campaign, req: Requirement, unit: str, msgs: dict[str, FiledMail], subs) -> list[FiledMail]:
    """The filed mails that count for ``unit``'s ``req`` (a shared slot's units' too), oldest first."""
    slot = campaign.slot_units(req.id, unit)
    return sorted(
        {msgs[s].sha256: msgs[s] for s, u, r in subs if r == req.id and u in slot and s in msgs}.values(),
        key=lambda m: (m.received_at, m.sha256),
    )
