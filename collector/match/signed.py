"""Whether a file offered for a paper the notice asks signed, stamped and scanned is that paper.

A 请示 asked "主要负责同志签字、加盖公章，扫描PDF" is a paper the head signed and the unit stamped, then scanned: a
scan is a picture of the page, its words at most an OCR layer over it. A PDF whose words are typed text and whose only
pictures are seals (`collector/parsers/photos.picture_role` names such a picture “…（印章）”) is a document typed on a
computer with the seal pasted in as a picture, and no one's signature: whether it stands for the signed and stamped
paper is for a person to decide. So is a typed PDF showing no seal and no signature at all (a Word file saved as PDF:
no picture, or only a blank one behind the text, which the parse stage names “…（空白图片）”): neither signed nor stamped.
A PDF an 电子印章 system makes carries the head's signature as a picture too (or a scan carries the whole page), so it is
not one of these.
"""

from __future__ import annotations

import re

from collector.campaign import Campaign
from collector.model import ParsedMail
from collector.match.words import file_title
from collector.parsers.sniff import file_extension

SIGNATURE_ASKED = re.compile(r"签字|签名|签发")
SCAN_ASKED = re.compile(r"扫描")
SEAL_PICTURE = re.compile(r"（印章）\.[A-Za-z0-9]+$")  # how the parse stage names a seal taken out of a document
BLANK_PICTURE = re.compile(r"（空白图片）\.[A-Za-z0-9]+$")  # and a picture with nothing drawn on it


def asks_a_signed_scan(part) -> bool:
    """A document part asking a paper signed and scanned (`请示（主要负责同志签字、加盖公章，扫描PDF）`)."""
    return part.kind == "document" and bool(SIGNATURE_ASKED.search(part.title)) and bool(SCAN_ASKED.search(part.title))


def seals_pasted_on_typed_papers(parsed: ParsedMail, campaign: Campaign, rids: list[str]) -> list[str]:
    """The names of the PDFs offered for a signed scan the chosen requirements ask (named by the part's words) whose
    words are text and whose every picture is a seal, or that show none but blank ones: a typed document with the seal
    pasted in, or with no seal at all, unsigned."""
    parts = [p for r in campaign.requirements if r.id in rids for p in r.parts if asks_a_signed_scan(p)]
    if not parts:
        return []
    return [a.filename for i, a in enumerate(parsed.attachments)
            if a.kind == "document" and _typed(a) and file_extension(a.filename, a.content_type) == "pdf"
            and any(w in file_title(a) for p in parts for w in p.words) and _only_seals_inside(parsed, i)]


def _typed(a) -> bool:
    """The document's words are text it carries, not read by OCR from a scan (a mail matched again from the index
    knows its documents' text, not how it was got)."""
    return bool((a.text or "").strip()) and a.text_status not in ("scanned", "ocr")


def _only_seals_inside(parsed: ParsedMail, index: int) -> bool:
    """Every picture the document at ``index`` shows is a seal or blank (also when it shows none)."""
    pictures = [a for a in parsed.attachments if a.parent == index and a.kind in ("photo", "other")
                and not BLANK_PICTURE.search(a.filename or "")]
    return all(SEAL_PICTURE.search(a.filename or "") for a in pictures)


def what_the_typed_paper_lacks(parsed: ParsedMail, name: str) -> str:
    """How the typed PDF ``name`` (one of seals_pasted_on_typed_papers) falls short of the signed and stamped scan."""
    index = next((i for i, a in enumerate(parsed.attachments) if a.filename == name), None)
    sealed = any(a.parent == index and SEAL_PICTURE.search(a.filename or "") for a in parsed.attachments)
    return "公章是贴上的图片，也没有负责人签字" if sealed else "没有负责人签字，也没有盖章"
