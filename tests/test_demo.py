"""collector.demo: the demo mailbox is realistic, deterministic and carries its ground truth."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
import re
import zipfile

import pytest
from PIL import Image

from collector.demo import (
    CLIENTS,
    DUE,
    SUMMARY_DUE,
    build_demo_mailbox,
    expected_status,
    fill_mailbox,
    generate_demo_mailbox,
    load_roster,
)

RARE = "镕喆堃珺"
ENCODED_WORD = re.compile(rb"=\?([^?]+)\?B\?([A-Za-z0-9+/=]+)\?=", re.I)


@pytest.fixture(scope="module")
def mails():
    return generate_demo_mailbox()


def parsed(mail):
    return email.message_from_bytes(mail.raw, policy=email.policy.default)


def test_generator_is_deterministic(mails):
    again = build_demo_mailbox(515)  # uncached
    assert [m.raw for m in again] == [m.raw for m in mails]
    assert [m.received_at for m in again] == [m.received_at for m in mails]
    other = build_demo_mailbox(7)
    assert [m.raw for m in other] != [m.raw for m in mails]


def test_size_and_coverage(mails):
    roster = {u.name for u in load_roster()}
    submitting = {m.unit for m in mails if m.unit and m.expected_state == "filed"}
    assert 40 <= len(mails) <= 60
    assert len(submitting) >= 30
    assert submitting <= roster
    assert sum(len(m.raw) for m in mails) < 15_000_000
    assert roster - submitting, "some units must be missing entirely"
    assert all(m.received_at.utcoffset() == dt.timedelta(hours=8) for m in mails)
    assert mails == sorted(mails, key=lambda m: m.received_at)


def test_each_client_style_is_present(mails):
    by_client = {}
    for m in mails:
        by_client.setdefault(m.client, []).append(m)
    assert set(by_client) == set(CLIENTS)
    signatures = {
        "foxmail": [rb"X-Mailer: Foxmail 7\.2\.", rb'name="=\?gb2312\?B\?'],
        "outlook": [rb"X-Mailer: Microsoft Outlook 16\.0", rb"Thread-Index: ", rb'charset="gb2312"'],
        "webmail163": [rb"X-Mailer: Coremail Webmail Server Version", rb"163com", rb"\.Coremail\."],
        "qqmail": [rb"X-QQ-mid: ", rb"X-Mailer: QQMail 2\.x", rb"gb18030"],
        "iphone": [rb"X-Mailer: iPhone Mail \(", rb"Mime-Version: 1\.0 \(1\.0\)"],
        "thunderbird": [rb"Thunderbird/102", rb"filename\*0\*=UTF-8''"],
        "gov_coremail": [rb"gov\.cn", rb"X-CM-HeaderCharset: UTF-8"],
    }
    for client, patterns in signatures.items():
        for pattern in patterns:
            assert any(re.search(pattern, m.raw) for m in by_client[client]), (client, pattern)
    iphone_heic = [m for m in by_client["iphone"] if b"Content-Type: image/heic" in m.raw]
    assert iphone_heic and all(b"Content-Disposition: inline" in m.raw for m in iphone_heic)
    outlook_related = [m for m in by_client["outlook"] if b"multipart/related" in m.raw]
    assert outlook_related and all(b"Content-ID: <image001.jpg@" in m.raw for m in outlook_related)


@pytest.mark.parametrize("policy", [email.policy.default, email.policy.compat32], ids=["default", "compat32"])
def test_every_mail_parses_with_the_stdlib(mails, policy):
    for m in mails:
        message = email.message_from_bytes(m.raw, policy=policy)
        assert message["Message-ID"] or message["Message-Id"]
        assert message.is_multipart()
        for part in message.walk():
            if not part.is_multipart():
                assert part.get_payload(decode=True) is not None
        assert not [d for d in message.defects if "Boundary" in type(d).__name__]


def test_gb2312_labels_carry_gbk_only_bytes(mails):
    gbk_only = []
    for m in mails:
        if m.client not in ("foxmail", "outlook"):
            continue
        for label, payload in ENCODED_WORD.findall(m.raw):
            if label.lower() != b"gb2312":
                continue
            import base64

            data = base64.b64decode(payload)
            text = data.decode("gbk")
            if any(c in text for c in RARE) or "·" in text:
                with pytest.raises(UnicodeDecodeError):
                    data.decode("gb2312") if any(c in text for c in RARE) else _raise_if_middle_dot_changes(data)
                gbk_only.append(text)
    assert any(c in "".join(gbk_only) for c in RARE), "a gb2312-labelled name with 镕/喆/堃/珺"
    assert any("·" in t for t in gbk_only), "5·15 (A1A4) in a gb2312-labelled subject"
    fagaiju = [m for m in mails if m.unit == "县发改局" and "interview" in m.requirements][0]
    names = [p.get_filename() for p in parsed(fagaiju).walk() if p.get_filename()]
    assert any("镕" not in n for n in names)  # the stdlib's strict gb2312 codec loses it ...
    raw_words = [base64_decode(w) for lab, w in ENCODED_WORD.findall(fagaiju.raw) if lab.lower() == b"gb2312"]
    assert any("朱镕峰" in w.decode("gbk") for w in raw_words)  # ... but the GBK bytes are there


def base64_decode(word: bytes) -> bytes:
    import base64

    return base64.b64decode(word)


def _raise_if_middle_dot_changes(data: bytes) -> None:
    if data.decode("gb2312") != data.decode("gbk"):  # A1A4: U+30FB in gb2312, U+00B7 in GBK
        raise UnicodeDecodeError("gb2312", data, 0, 1, "A1A4 means U+00B7 in GBK")


def test_photos_carry_exif(mails):
    import pillow_heif

    pillow_heif.register_heif_opener()
    checked = {"image/jpeg": 0, "image/heic": 0, "zip": 0}
    for m in mails:
        for part in parsed(m).walk():
            ctype = part.get_content_type()
            data = part.get_payload(decode=True)
            if ctype in ("image/jpeg", "image/heic"):
                assert_exif(data, heic=ctype == "image/heic")
                checked[ctype] += 1
            if (part.get_filename() or "").endswith(".zip"):
                archive = zipfile.ZipFile(io.BytesIO(data), metadata_encoding="gbk")
                for info in archive.infolist():
                    assert not info.flag_bits & 0x800
                    assert info.filename.startswith("现场宣传照片")
                    assert_exif(archive.read(info))
                    checked["zip"] += 1
    assert checked["image/jpeg"] >= 60 and checked["image/heic"] >= 3 and checked["zip"] >= 2


def assert_exif(data: bytes, heic: bool = False) -> None:
    image = Image.open(io.BytesIO(data))
    exif = image.getexif()
    assert exif.get(0x010F) and exif.get(0x0110)  # Make, Model
    assert exif.get(0x0112) in (1, 6)  # Orientation
    taken = exif.get_ifd(0x8769).get(0x9003)  # DateTimeOriginal
    assert taken and taken.startswith("2023:05:1")
    if heic:
        assert exif.get(0x010F) == "Apple"
    if exif.get(0x0112) == 6:
        assert image.size == (480, 640)  # stored rotated; shown 640x480


def test_summary_documents_name_their_unit(mails):
    import docx

    roster = {u.name: u for u in load_roster()}
    checked = 0
    for m in mails:
        if m.unit is None or "summary.report" not in m.parts:
            continue
        for part in parsed(m).walk():
            data = part.get_payload(decode=True) or b""
            if data.startswith(b"PK") and not (part.get_filename() or "").endswith(".zip"):
                text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
                assert roster[m.unit].official in text
                assert "5·15政务公开日" in text and "2023年5月" in text
                checked += 1
    assert checked >= 30


def html_body(mail) -> str:
    body = parsed(mail).get_body(("html",))
    return body.get_content() if body else ""


def test_ground_truth_is_consistent(mails):
    roster = {u.name: u for u in load_roster()}
    for m in mails:
        assert m.late == any(m.received_at > DUE[r] for r in m.requirements)
        if "interview" in m.requirements:
            assert roster[m.unit].in_interview
    kinds = {
        "auto-reply": [m for m in mails if m.expected_state == "ignored"],
        "outsider": [m for m in mails if m.unit is None],
        "correction": [m for m in mails if m.is_correction],
        "late": [m for m in mails if m.late],
        "large link": [m for m in mails if "mail.163.com/large-attachment-download/" in html_body(m)],
        "photos later": [m for m in mails if "补发" in m.subject],
    }
    assert all(kinds.values()), {k: len(v) for k, v in kinds.items()}
    assert b"Auto-Submitted: auto-replied" in kinds["auto-reply"][0].raw
    assert all("更正" in m.subject and "以此为准" in m.subject for m in kinds["correction"])
    assert re.search(r"\(\d+\.\dM, 2023年6月\d+日 \d\d:\d\d 到期\)", html_body(kinds["large link"][0]))
    assert not [p for p in parsed(kinds["large link"][0]).walk() if p.get_content_type() == "image/jpeg"]
    assert any("5·15" in m.subject for m in mails)

    table = expected_status(mails)
    states = {}
    for (unit, requirement), row in table.items():
        states.setdefault((requirement, row["state"]), []).append(unit)
    assert len(states[("summary", "missing")]) >= 5
    assert states[("summary", "partial")] and states[("interview", "partial")]
    assert table[("县乡村振兴局", "interview")]["state"] == "complete"  # shared slot
    assert table[("八家子镇", "summary")] == {**table[("八家子镇", "summary")], "state": "complete", "late": False}
    assert table[("县公安局", "summary")]["state"] == "complete" and table[("县公安局", "summary")]["late"]
    assert table[("县住建局", "interview")]["late"]  # the Date header lies; INTERNALDATE decides
    late_summaries = [u for (u, r), row in table.items() if r == "summary" and row["state"] == "complete" and row["late"]]
    assert all(table[(u, "summary")]["completed_at"] > SUMMARY_DUE for u in late_summaries)


def test_fill_mailbox_sets_internaldate(fresh_mailbox, mails):
    subset = mails[:8]
    fill_mailbox(fresh_mailbox, subset)
    with fresh_mailbox.client() as imap:
        imap.normalise_times = False
        imap.select_folder("INBOX", readonly=True)
        fetched = imap.fetch(imap.search(), ["INTERNALDATE", "BODY.PEEK[]"])
    got = sorted((d[b"INTERNALDATE"], d[b"BODY[]"]) for d in fetched.values())
    assert got == sorted((m.received_at, m.raw) for m in subset)
