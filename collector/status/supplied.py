"""A mail marked 更正 that only supplies what was never sent.

`林草局政府信息公开年度报告（更正）`, “前报PDF版未加盖公章，现更正为盖章扫描件”: the unit's first mail brought the Word report
and the table, and a PDF saved from Word that is no 盖章扫描件; the 更正 brings the scan. Nothing it carries replaces a
part sent before: a clerk registers it as the missing part sent late (补报), not as a correction that would stand for
the earlier mail. Only a mail the unit sends after an earlier one of the same requirement, whose every file fits
parts none of the earlier mails brought, is read so; a 更正 bringing a part already sent (the 统计表 again) stays one.
"""

from __future__ import annotations

import datetime as dt

from collector.campaign import Campaign, Requirement
from collector.model import ParsedMail
from collector.status.evaluate import evaluate, parts_present
from collector.status.mails import FiledFile, FiledMail, load_messages, mails_for, submissions_of


def as_filed(parsed: ParsedMail, received_at: dt.datetime, rids: list[str]) -> FiledMail:
    """The mail being matched as the status stage would load it once filed."""
    kinds = [a.kind for a in parsed.attachments]
    files = [FiledFile(a.filename or "", a.kind, a.text or "", a.inline, a.photo.width if a.photo else None,
                       a.photo.height if a.photo else None,
                       a.parent is not None and kinds[a.parent] == "document",
                       a.parent is not None and kinds[a.parent] == "archive", a.content_type or "",
                       a.stored_sha256 or "", a.link_url or "", a.link_expires or "", a.text_status or "")
             for a in parsed.attachments]
    return FiledMail("", parsed.message_id, received_at, parsed.from_addr or "", "", parsed.body_text or "", False,
                     files, list(rids), parsed.subject or "")


def earlier_mails(db, campaign: Campaign, unit: str, rids: list[str],
                  before: dt.datetime) -> list[tuple[Requirement, list[FiledMail]]]:
    """Each of ``rids`` (in the campaign's order) with the mails of ``unit`` filed for it before ``before``."""
    msgs = {sha: m for sha, m in load_messages(db, campaign, {unit}).items() if m.received_at < before}
    subs = submissions_of(db, campaign, {unit})
    return [(req, mails_for(campaign, req, unit, msgs, subs)) for req in campaign.requirements if req.id in rids]


def only_parts_never_sent(db, campaign: Campaign, unit: str, rids: list[str], parsed: ParsedMail,
                          before: dt.datetime) -> bool:
    """Each of ``rids`` had earlier mails of ``unit`` before ``before``, and ``parsed`` brings for it only parts none
    of them brought."""
    this = as_filed(parsed, before, rids)
    for req, earlier in earlier_mails(db, campaign, unit, rids, before):
        brings = {pid for pid, n in parts_present(this, req, campaign).items() if n > 0}
        sent = {pid for m in earlier for pid, n in parts_present(m, req, campaign).items() if n > 0}
        if not earlier or not brings or brings & sent:
            return False
    return bool(rids)


def sent_before(db, campaign: Campaign, unit: str, rids: list[str], before: dt.datetime) -> bool:
    """``unit`` had filed mails of one of ``rids`` before ``before``: a mail of it now is a later version."""
    return any(earlier for _, earlier in earlier_mails(db, campaign, unit, rids, before))


def photos_short(db, campaign: Campaign, unit: str, rid: str, before: dt.datetime) -> bool:
    """``unit`` had filed mails of requirement ``rid`` before ``before``, and their photos, summed over them as the
    status sums them, are fewer than a photo part asks (the 总结 and two photos of 3 to 5): a photo sent now adds
    to them."""
    req = next((r for r in campaign.requirements if r.id == rid), None)
    if req is None or not any(p.kind == "photo" for p in req.parts):
        return False
    ((_, earlier),) = earlier_mails(db, campaign, unit, [rid], before)
    if not earlier:
        return False
    missing = evaluate(earlier, req, campaign)[2]
    return any(p.kind == "photo" and p.title in missing for p in req.parts)
