"""A paper asked signed, stamped and scanned, and the typed answer beside it.

A 征求意见 asks every unit its 意见 (a field: 修改意见, or “无意见” typed) and some units the 反馈表 signed, stamped and
scanned as well. Two readings follow a clerk's:

- the sender's own words say its one scanned PDF is the signed and stamped paper (我局以复函形式反馈修改意见（已经局主要
  负责同志签字并加盖公章），扫描件见附件): the scan answers the requirement asking such a paper, though it is named by its
  文号 and not by the form's name;
- a requirement asked only in words (its fields' patterns) that none of the mail's words carry — subject, body or
  documents — is not answered by the mail because a file named for it came for another requirement
  (信访局意见反馈表（盖章扫描件）.pdf alone: the stamped form, its 意见 typed days before).
"""

from __future__ import annotations

import re

from collector.campaign import Campaign
from collector.model import ParsedMail
from collector.match.units import senders_own_text
from collector.parsers.sniff import file_extension

STAMP_ASKED = re.compile(r"盖章|公章|签章")
# 签字并加盖公章, 已盖章: the sender saying its paper is stamped; and that what it attached is the scan of it
SAID_STAMPED = re.compile(r"加盖[^，。；;,\n]{0,6}章|已盖章|盖章后|签章")
SAID_SCANNED = re.compile(r"扫描(?:件|版|后|成)")


def _asks_a_stamped_scan(req) -> bool:
    """A requirement of one PDF document its title or the part's calls stamped (意见反馈表（…加盖公章，扫描PDF）)."""
    return (len(req.parts) == 1 and req.parts[0].kind == "document" and "pdf" in (req.parts[0].formats or [])
            and bool(STAMP_ASKED.search(f"{req.title} {req.parts[0].title}")))


def _scans(parsed: ParsedMail) -> list:
    return [a for a in parsed.attachments if a.kind == "document" and a.parent is None and a.text_status == "scanned"
            and file_extension(a.filename, a.content_type) == "pdf"]


def _the_scan_said_stamped(parsed: ParsedMail, campaign: Campaign) -> bool:
    own = senders_own_text(parsed, [campaign])
    return len(_scans(parsed)) == 1 and bool(SAID_STAMPED.search(own)) and bool(SAID_SCANNED.search(own))


def _never_typed(parsed: ParsedMail, campaign: Campaign, req) -> bool:
    """A requirement of fields, each with a pattern, none of them found in the subject, the sender's words or the
    documents' text."""
    fields = [p for p in req.parts if p.kind == "field"]
    if not fields or len(fields) != len(req.parts) or not all(p.pattern for p in fields):
        return False
    files = [a.text or "" for a in parsed.attachments]
    text = "\n".join([parsed.subject or "", senders_own_text(parsed, [campaign]), *files])
    return not any(re.search(p.pattern, text) for p in fields)


def sorted_by_the_scan(parsed: ParsedMail, campaign: Campaign, applicable, chosen: list[str],
                       why: list[str]) -> tuple[list[str], list[str]]:
    """The chosen requirements, with the one asking a stamped scan the sender says it attached, and without one asked
    only in words the mail never says, beside another."""
    if _the_scan_said_stamped(parsed, campaign):
        for req in applicable:
            if req.id not in chosen and _asks_a_stamped_scan(req):
                chosen, why = [*chosen, req.id], [*why, f"{req.title}（正文说明附件扫描件已签字盖章）"]
    by_id = {r.id: r for r in applicable}
    keep = [i for i, rid in enumerate(chosen) if not (rid in by_id and _never_typed(parsed, campaign, by_id[rid]))]
    if len(chosen) < 2 or not keep:
        return chosen, why
    return [chosen[i] for i in keep], [why[i] for i in keep]
