"""Mails written for the routing tests (tests/test_route*.py): a Word file, a mail carrying files,
and the matcher's decision on one mail."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from email.message import EmailMessage

from collector.match import match_mail
from collector.parsers import parse_message
from collector.roster import builtin_roster

SH = dt.timezone(dt.timedelta(hours=8))
ROSTER = builtin_roster()


def _docx(lines: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def mail(subject: str, body: str, files: dict[str, bytes] = (), sender: str = "wangli2023@163.com",
         name: str = "") -> bytes:
    m = EmailMessage()
    m["From"] = f"{name} <{sender}>" if name else sender
    m["To"] = "jc7710089@163.com"
    m["Subject"] = subject
    m.set_content(body)
    for fname, data in dict(files).items():
        ext = fname.rsplit(".", 1)[-1]
        maintype, subtype = ("image", "png") if ext == "png" else ("application", "octet-stream")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m.as_bytes()


def place(campaigns, raw: bytes, when: dt.datetime, open_requirements=None):
    return match_mail(parse_message(raw), campaigns, {}, received_at=when, open_requirements=open_requirements)


PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + b"\0" * 64


def office_quote(subject: str, text: str) -> str:
    """What QQ mail writes under a reply: the office's mail it answers, quoted."""
    return (f"\n\n------------------ 原始邮件 ------------------\n发件人: \"县政府办公室\"<jc7710089@163.com>;\n"
            f"主题: {subject}\n\n{text}")


def held_out_campaigns(name: str):
    """The campaigns as the clerk loaded them for a held-out mailbox (tests/fixtures/NAME/campaigns)."""
    from collector.campaign import load_campaigns

    folder = Path(__file__).parent / "fixtures" / name / "campaigns"
    return load_campaigns([str(p) for p in sorted(folder.glob("*.yaml"))])


def one_table_campaign(cid: str, title: str, notice_date: str, hint: str, units, due: str, words: list[str],
                       formats: tuple[str, ...] = ("xlsx", "xls", "et"), topics: tuple[str, ...] = ()):
    """A campaign of one requirement (id ``cid``'s first letters): one table of ``formats``, named by ``words``;
    ``topics``: campaign words (subject hints) beside ``hint`` that name no requirement."""
    from collector.campaign import campaign_from_dict

    rid = cid.split("-")[0]
    return campaign_from_dict({
        "id": cid, "title": title, "notice_date": notice_date,
        "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": [hint, *topics]},
        "units": units,
        "requirements": [{"id": rid, "title": words[0], "due": due, "hints": [hint],
                          "parts": [{"id": "table", "title": words[0], "kind": "document", "formats": list(formats),
                                     "words": words}]}],
    }, roster=ROSTER)
