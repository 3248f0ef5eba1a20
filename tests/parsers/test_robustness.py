"""A bad mail never stops the run: parse_message does its best."""

import base64
import binascii
import os
import time
import tracemalloc

import pytest
from conftest import MAILS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collector.parsers import blobs, parse_message
from collector.parsers.blobs import Blobs, base64_runs, decode_base64_run


def test_thousand_nested_multiparts():
    depth = 1000
    head = b"".join(b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i) for i in range(depth))
    tail = b"".join(b"\r\n--b%d--\r\n" % i for i in reversed(range(depth)))
    raw = b"From: a@b.cn\r\nSubject: deep\r\n" + head + b"Content-Type: text/plain\r\n\r\nhello" + tail
    mail = parse_message(raw)
    assert mail.subject == "deep" and mail.from_addr == "a@b.cn"
    assert any("嵌套" in p for p in mail.problems)


def test_twenty_megabyte_header():
    raw = b"From: a@b.cn\r\nSubject: big\r\nX-Junk: " + b"A" * (20 * 1024 * 1024) + b"\r\nTo: c@d.cn\r\n\r\nbody\r\n"
    started = time.monotonic()
    mail = parse_message(raw)
    assert time.monotonic() - started < 30
    assert mail.subject == "big" and mail.to == ["c@d.cn"] and mail.body_text == "body"


def test_huge_subject_is_truncated_with_a_problem():
    raw = b"From: a@b.cn\r\nSubject: " + b"=?utf-8?B?5Y6/?= " * 200_000 + b"\r\n\r\nx"
    mail = parse_message(raw)
    assert len(mail.subject) <= 20_000
    assert any("Subject 邮件头" in p for p in mail.problems)


def test_invalid_base64():
    raw = (b"From: a@b.cn\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n"
           b"Content-Type: application/pdf; name=a.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           b"JVBERi0x!!!!@@@@ not base64 at all ===\r\n--B--\r\n")
    mail = parse_message(raw)
    assert mail.attachments[0].filename == "a.pdf"


def test_nul_and_control_characters_and_paths_in_names():
    raw = (b"From: a@b.cn\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n"
           b"Content-Type: text/plain; name=\"=?utf-8?B?" + base64.b64encode("报\x00告\x07\u202e.txt".encode()) +
           b"?=\"\r\n\r\nx\r\n--B\r\nContent-Type: text/plain; name=\"..\\\\..\\\\windows\\\\a.txt\"\r\n\r\ny\r\n--B--\r\n")
    first, second = parse_message(raw).attachments
    assert first.filename == "报告.txt" and "控制字符" in first.problem
    assert second.filename == "a.txt" and "路径" in second.problem


def test_names_longer_than_255_bytes_are_shortened_keeping_the_extension():
    long_name = "县发改局" * 40 + ".docx"
    raw = (b"From: a@b.cn\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n"
           b"Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename*=utf-8''" +
           "".join(f"%{b:02X}" for b in long_name.encode()).encode() + b"\r\n\r\nx\r\n--B--\r\n")
    (attachment,) = parse_message(raw).attachments
    assert len(attachment.filename.encode()) <= 255 and attachment.filename.endswith(".docx")
    assert attachment.filename.startswith("县发改局") and "255 字节" in attachment.problem


def test_nothing_at_all_raises_cleanly():
    with pytest.raises(ValueError):
        parse_message(b"")
    with pytest.raises(TypeError):
        parse_message("not bytes")


def test_binary_garbage_still_parses():
    mail = parse_message(bytes(range(256)) * 50)
    assert isinstance(mail.body_text, str)


@pytest.mark.parametrize("extra", [0, 31], ids=["last line of 40 chars", "last line of 4 chars"])
def test_fifty_megabyte_attachment_memory_stays_sane(extra):
    payload = bytes(range(256)) * (50 * 1024 * 1024 // 256) + bytes(extra)
    raw = (b"From: a@b.cn\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n"
           b"Content-Type: application/octet-stream; name=big.bin\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + base64.encodebytes(payload) + b"--B--\r\n")
    del payload
    tracemalloc.start()
    try:
        mail = parse_message(raw)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(mail.attachments[0].data) == 50 * 1024 * 1024 + extra
    assert peak < 4 * len(raw), f"peak {peak / 1e6:.0f} MB for a {len(raw) / 1e6:.0f} MB mail"


FIXTURE_BYTES = [p.read_bytes() for p in sorted(MAILS.glob("*.eml"))]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(FIXTURE_BYTES), st.integers(0, 10_000), st.integers(1, 400), st.binary(max_size=64))
def test_mangled_fixture_mails_never_raise(raw, start, length, junk):
    start %= len(raw)
    mangled = raw[:start] + junk + raw[start + length:]
    saved = os.environ.get("COLLECTOR_NO_OFFICE")
    os.environ["COLLECTOR_NO_OFFICE"] = "1"  # damaged documents would each start LibreOffice
    try:
        if mangled.strip():
            parse_message(mangled)
    finally:
        if saved is None:
            del os.environ["COLLECTOR_NO_OFFICE"]
        else:
            os.environ["COLLECTOR_NO_OFFICE"] = saved


_LINE = st.one_of(
    st.builds(lambda n, pad, nl: b"Q" * n + b"=" * pad + nl, st.integers(0, 1100), st.integers(0, 3), st.sampled_from([b"\n", b"\r\n", b"\r", b""])),
    st.binary(max_size=90).map(lambda b: b + b"\r\n"),
    st.sampled_from([b"\r\n", b"--B\r\n", b"AA==\r\n", b"\xe4\xb8\xad\r\n", b"ab+/=\n"]),
)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(_LINE, st.integers(1, 40)), max_size=12), st.booleans())
def test_the_fast_run_scan_finds_exactly_what_the_regex_finds(blocks, vary_letters):
    """base64_runs skips repeated lines by comparing bytes: it must give the very
    spans _RUN.finditer gives, for any mix of base64-like and other lines."""
    mail = b"".join(line * repeat for line, repeat in blocks)
    if vary_letters:  # letters of every kind, not only Q
        mail = bytes(b"AZaz09+/"[i % 8] if c == ord("Q") else c for i, c in enumerate(mail))
    assert base64_runs(mail) == [m.span() for m in blobs._RUN.finditer(mail)]


def test_every_length_of_last_line_takes_the_blob_shortcut(monkeypatch):
    """A base64 body ends in a line of 4 to 76 characters; whatever its length,
    the attachment is decoded straight from the mail, not by the stdlib parser."""
    decoded = []
    real = Blobs.decode_payload

    def recording(self, payload, cte):
        data = real(self, payload, cte)
        decoded.append(data is not None)
        return data

    monkeypatch.setattr(Blobs, "decode_payload", recording)
    for extra in range(57):  # 57 bytes make one 76-character line
        payload = os.urandom(600_000 + extra)
        raw = (b"From: a@b.cn\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n"
               b"Content-Type: application/octet-stream; name=a.bin\r\nContent-Transfer-Encoding: base64\r\n\r\n"
               + base64.encodebytes(payload).replace(b"\n", b"\r\n") + b"--B--\r\n")
        assert parse_message(raw).attachments[0].data == payload
    assert decoded == [True] * 57


def test_big_base64_bodies_inside_a_forwarded_mail_survive_the_blob_shortcut():
    photo = (MAILS / "assets" / "photo_rotated.jpg").read_bytes()
    big = photo + bytes(range(256)) * 4096  # a JPEG with a megabyte of trailing data
    inner = (b"From: x@y.cn\r\nSubject: inner\r\nContent-Type: multipart/mixed; boundary=I\r\n\r\n--I\r\n"
             b"Content-Type: image/jpeg; name=a.jpg\r\nContent-Transfer-Encoding: base64\r\n\r\n"
             + base64.encodebytes(big).replace(b"\n", b"\r\n") + b"--I--\r\n")
    raw = (b"From: a@b.cn\r\nSubject: fwd\r\nContent-Type: multipart/mixed; boundary=O\r\n\r\n--O\r\n"
           b"Content-Type: message/rfc822\r\n\r\n" + inner + b"\r\n--O--\r\n")
    assert len(raw) > 1024 * 1024
    mail = parse_message(raw)
    eml, jpg = mail.attachments
    assert jpg.data == big and jpg.parent == 0 and jpg.photo.camera == "HUAWEI P40"
    assert b"X-COLLECTOR-BLOB" not in eml.data
    assert parse_message(eml.data).attachments[0].data == big


def _lenient(run: bytes) -> bytes | None:
    try:
        return binascii.a2b_base64(run)
    except binascii.Error:
        return None


@settings(max_examples=500, deadline=None)
@given(st.lists(st.binary(max_size=300), min_size=1, max_size=4), st.booleans(),
       st.lists(st.tuples(st.integers(0, 2000), st.sampled_from(list(b"=Az09+/\r\n"))), max_size=3),
       st.integers(0, 6))
def test_base64_runs_decode_exactly_as_binascii_decodes_them(chunks, crlf, insertions, cut):
    """The fast decoder (pybase64) must never give other bytes than the lenient one
    it stands in for, also for runs that are not clean base64: chunks encoded one by
    one (padding mid-run), stray letters or line breaks, a cut-off end."""
    run = b"".join(base64.encodebytes(chunk) for chunk in chunks)
    if crlf:
        run = run.replace(b"\n", b"\r\n")
    for at, char in insertions:
        at %= len(run) + 1
        run = run[:at] + bytes([char]) + run[at:]
    run = run[: max(0, len(run) - cut)]
    framed = b"header\r\n" + run + b"trailer"
    assert decode_base64_run(framed, 8, 8 + len(run)) == _lenient(run)


def test_a_marker_like_line_in_a_forwarded_mail_is_left_as_it_is():
    big = (MAILS / "assets" / "photo_rotated.jpg").read_bytes() + bytes(range(256)) * 4096
    lookalike = b"X-COLLECTOR-BLOB-0123456789ab-0"
    inner = (b"From: x@y.cn\r\nSubject: inner\r\nContent-Type: multipart/mixed; boundary=I\r\n\r\n--I\r\n"
             b"Content-Type: text/plain\r\n\r\n" + lookalike + b"\r\n--I\r\n"
             b"Content-Type: image/jpeg; name=a.jpg\r\nContent-Transfer-Encoding: base64\r\n\r\n"
             + base64.encodebytes(big).replace(b"\n", b"\r\n") + b"--I--\r\n")
    raw = (b"From: a@b.cn\r\nSubject: fwd\r\nContent-Type: multipart/mixed; boundary=O\r\n\r\n--O\r\n"
           b"Content-Type: message/rfc822\r\n\r\n" + inner + b"\r\n--O--\r\n")
    eml, jpg = parse_message(raw).attachments
    assert jpg.data == big
    assert eml.data.count(b"X-COLLECTOR-BLOB") == 1 and lookalike in eml.data  # the sender's line only


def test_a_marker_like_line_written_by_the_sender_is_left_as_it_is():
    photo = (MAILS / "assets" / "photo_rotated.jpg").read_bytes() + bytes(range(256)) * 4096
    lookalike = "X-COLLECTOR-BLOB-0123456789ab-0"
    # the body also holds a run of base64-like lines (78 KB), so it gets a real marker
    # and is expanded, lookalike and all
    letters = ("Q" * 76 + "\r\n") * 1000
    raw = (b"From: a@b.cn\r\nSubject: s\r\nContent-Type: multipart/mixed; boundary=O\r\n\r\n--O\r\n"
           b"Content-Type: text/plain; charset=us-ascii\r\n\r\n" + lookalike.encode() + b"\r\n"
           + letters.encode() + b"--O\r\n"
           b"Content-Type: application/octet-stream; name=b.bin\r\n\r\n" + lookalike.encode() + b"\r\n--O\r\n"
           b"Content-Type: image/jpeg; name=a.jpg\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + base64.encodebytes(photo).replace(b"\n", b"\r\n") + b"--O--\r\n")
    mail = parse_message(raw)
    assert lookalike in mail.body_text and mail.body_text.count("Q" * 76) == 1000
    assert [a.data for a in mail.attachments] == [lookalike.encode(), photo]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300) | st.binary(max_size=300).map(lambda b: b.decode("utf-8", "surrogateescape")))
def test_header_decoders_never_raise(value):
    from collector.parsers.headers import (
        decode_params,
        decode_words,
        parse_address_list,
    )

    decode_words(value)
    decode_params(value)
    parse_address_list(value)


def test_outlook_msg_file_is_flagged():
    mail = parse_message(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert any(".msg" in p for p in mail.problems)


def test_a_zero_byte_attachment_is_an_empty_file_said_so_not_a_document():
    """An upload cut off leaves a name and no bytes: 台账.xlsx of 0 bytes is no spreadsheet. It stays in
    the archive (its blob is the empty file) with a problem a person reads; a file without an extension
    is told by what is inside it, and the extension that stands for that is known."""
    from email.message import EmailMessage

    from collector.parsers.sniff import extension_for

    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "a@163.com", "b@163.com", "三资清查台账"
    m.set_content("台账见附件")
    m.add_attachment(b"", maintype="application", subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     filename="玲珑塔镇三资清查台账.xlsx")
    m.add_attachment(b"%PDF-1.4\n%%EOF\n", maintype="application", subtype="octet-stream", filename="情况报告")
    empty, pdf = parse_message(m.as_bytes()).attachments
    assert (empty.kind, empty.data, empty.filename) == ("empty", b"", "玲珑塔镇三资清查台账.xlsx")
    assert "空文件" in empty.problem
    assert (pdf.kind, pdf.content_type, extension_for(pdf.content_type)) == ("document", "application/pdf", "pdf")
    assert extension_for("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") == "xlsx"
    assert extension_for("application/vnd.ms-excel") == "xls"
