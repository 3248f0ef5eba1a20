"""Zips locked with a password the mail itself gives (解压密码：jc2045): ZipCrypto, as WinRAR, 7-Zip and
Windows write it. The encrypted zips are written here (zipfile cannot write them)."""

import base64
import io
import os
import struct
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from collector.parsers import parse_message
from collector.parsers import archives
from collector.parsers.archives import extract_members
from collector.parsers.passwords import passwords_in

PASSWORD = "jc2045"


# --- a ZipCrypto writer (PKWARE's traditional encryption), test-only -----------------------------

def _crc_step(crc: int, byte: int) -> int:
    return zlib.crc32(bytes([byte]), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF


def zipcrypto(data: bytes, password: str, check: int) -> bytes:
    """``data`` encrypted behind the 12-byte header, its last byte ``check`` (the CRC's high byte)."""
    k0, k1, k2 = 0x12345678, 0x23456789, 0x34567890
    out = bytearray()

    def update(b):
        nonlocal k0, k1, k2
        k0 = _crc_step(k0, b)
        k1 = ((k1 + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k2 = _crc_step(k2, k1 >> 24)

    for b in password.encode("ascii"):
        update(b)
    for b in os.urandom(11) + bytes([check]) + data:
        t = (k2 | 2) & 0xFFFF
        out.append(b ^ (((t * (t ^ 1)) >> 8) & 0xFF))
        update(b)
    return bytes(out)


def locked_zip(files, password: str = PASSWORD, method: int = 8) -> bytes:
    """A zip of ``files`` (name, bytes), deflated and encrypted with ``password``; ``method`` 99
    marks the members as WinZip AES instead (not really encrypted: never opened)."""
    local, central = b"", b""
    for name, data in files:
        crc = zlib.crc32(data)
        packer = zlib.compressobj(6, zlib.DEFLATED, -15)
        sealed = zipcrypto(packer.compress(data) + packer.flush(), password, crc >> 24)
        raw_name = name.encode("utf-8")
        fields = struct.pack("<HHHHHIIIHH", 20, 0x0801, method, 0, 0x5A21, crc, len(sealed), len(data), len(raw_name), 0)
        central += b"PK\x01\x02" + struct.pack("<H", 20) + fields + struct.pack("<HHHII", 0, 0, 0, 0, len(local)) + raw_name
        local += b"PK\x03\x04" + fields + raw_name + sealed
    return local + central + b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, len(files), len(files), len(central), len(local), 0)


def plain_zip(files) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files:
            zf.writestr(name, data)
    return buf.getvalue()


def xlsx() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["食品安全示范县创建工作任务落实台账"])
    wb.active.append(["填报单位：县公安局"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def docx() -> bytes:
    import docx as python_docx

    doc = python_docx.Document()
    doc.add_paragraph("县公安局2045年食品安全示范县创建工作总结")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


FILES = [("落实台账.xlsx", xlsx()), ("工作总结.docx", docx())]


def mail(zip_bytes: bytes, body: str = "", subject: str = "县公安局材料", html: str = "", body_last: bool = False) -> bytes:
    """A mail with the zip attached; the body plain and/or HTML (before the zip, or after it)."""
    b64 = lambda text: base64.encodebytes(text.encode("utf-8")).decode()  # noqa: E731
    subject_word = "=?utf-8?b?" + base64.b64encode(subject.encode()).decode() + "?="
    parts = []
    if body:
        parts.append(f'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64(body)}')
    if html:
        parts.append(f'Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64(html)}')
    attached = ('Content-Type: application/zip; name="=?utf-8?b?' + base64.b64encode("材料.zip".encode()).decode()
                + '?="\r\nContent-Disposition: attachment\r\nContent-Transfer-Encoding: base64\r\n\r\n'
                + base64.encodebytes(zip_bytes).decode())
    parts = parts + [attached] if not body_last else [attached] + parts
    text = (f"From: a@b.cn\r\nTo: o@b.cn\r\nSubject: {subject_word}\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/mixed; boundary=B\r\n\r\n")
    text += "".join(f"--B\r\n{p}\r\n" for p in parts) + "--B--\r\n"
    return text.encode("ascii")


def members_of(parsed):
    return [a for a in parsed.attachments if a.parent == 0]


def assert_opened(parsed):
    table, summary = members_of(parsed)
    assert (table.filename, summary.filename) == ("落实台账.xlsx", "工作总结.docx")
    assert table.problem is None and summary.problem is None
    assert "填报单位：县公安局" in table.text and "创建工作总结" in summary.text


# --- the passwords a text gives ----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("解压密码：jc2045", ("jc2045",)),
    ("密码:123456", ("123456",)),
    ("压缩包密码为 abc123，请查收", ("abc123",)),
    ("材料见附件（密码 8888）", ("8888",)),
    ("解压码是 Ab_2045", ("Ab_2045",)),
    ("Password: Abc-2045.", ("Abc-2045.", "Abc-2045")),
    ("密码：“jc2045”", ("jc2045",)),
    ("解压密码：ｊｃ２０４５", ("jc2045",)),  # typed with a full-width IME
    ("密码另行电话告知", ()),
    ("密码是6位数字", ()),
    ("密码：12", ()),
    ("请查收附件", ()),
])
def test_passwords_in_text(text, expected):
    assert passwords_in([text]) == expected


def test_passwords_from_several_texts_each_once():
    assert passwords_in(["主题 密码123456", "正文：解压密码：123456；备用密码 abcd"]) == ("123456", "abcd")


# --- a locked zip in a mail --------------------------------------------------------------------

def test_password_in_the_body_opens_the_zip():
    parsed = parse_message(mail(locked_zip(FILES), body=f"台账和总结加密压缩后发送，解压密码：{PASSWORD}\r\n县公安局办公室"))
    assert parsed.attachments[0].problem is None
    assert_opened(parsed)


def test_password_in_the_subject():
    parsed = parse_message(mail(locked_zip(FILES), body="材料见附件", subject=f"县公安局创建材料（密码 {PASSWORD}）"))
    assert_opened(parsed)


def test_password_in_an_html_body_after_the_attachment():
    html = f"<div>材料见附件，<span>解压密码：</span><b>{PASSWORD}</b>&nbsp;</div>"
    assert_opened(parse_message(mail(locked_zip(FILES), html=html, body_last=True)))


def test_no_password_keeps_the_members_locked():
    parsed = parse_message(mail(locked_zip(FILES), body="材料见附件，请查收"))
    assert [(a.filename, a.data, a.problem) for a in members_of(parsed)] == [
        ("落实台账.xlsx", None, "文件已加密，无法读取"), ("工作总结.docx", None, "文件已加密，无法读取")]


def test_a_wrong_password_says_so_and_is_kept_nowhere():
    parsed = parse_message(mail(locked_zip(FILES), body="解压密码：wrong99"))
    assert all(a.data is None and "密码不对" in a.problem for a in members_of(parsed))
    kept = repr([parsed.problems, [(a.filename, a.problem, a.text) for a in parsed.attachments]])
    assert "wrong99" not in kept and PASSWORD not in kept


def test_the_right_one_of_several_passwords():
    parsed = parse_message(mail(locked_zip(FILES), body=f"原密码 12345678 不对，新的解压密码：{PASSWORD}"))
    assert_opened(parsed)


def test_a_locked_zip_inside_a_plain_zip():
    outer = plain_zip([("说明.txt", "见内层压缩包".encode()), ("内层.zip", locked_zip(FILES))])
    parsed = parse_message(mail(outer, body=f"内层压缩包密码：{PASSWORD}"))
    inner = next(i for i, a in enumerate(parsed.attachments) if a.filename == "内层.zip")
    opened = [a for a in parsed.attachments if a.parent == inner]
    assert [a.filename for a in opened] == ["落实台账.xlsx", "工作总结.docx"] and all(a.problem is None for a in opened)


def test_a_plain_zip_is_unaffected():
    parsed = parse_message(mail(plain_zip(FILES), body=f"解压密码：{PASSWORD}"))
    assert [a.parent for a in parsed.attachments] == [None, 0, 0]
    assert_opened(parsed)


def test_aes_members_stay_locked_with_their_own_problem():
    members = extract_members(locked_zip(FILES, method=99), "zip", (PASSWORD,))
    assert [(m.data, m.problem) for m in members] == [(None, archives.AES_LOCKED)] * 2


def test_decryption_is_bounded(monkeypatch):
    monkeypatch.setattr(archives, "MAX_DECRYPTED_BYTES", 100)
    members = extract_members(locked_zip([("大.txt", os.urandom(500))]), "zip", (PASSWORD,))
    assert members[0].data is None and "未自动解密" in members[0].problem


def test_mixed35_police_zip_opens_with_the_password_in_its_body():
    """tests/fixtures/mixed35 mail zip-locked-password-in-body: its 台账 and 总结 parse."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures" / "mixed35"))
    import make_mixed35

    (m,) = [m for m in make_mixed35.build() if m.case == "zip-locked-password-in-body"]
    parsed = parse_message(m.raw.split(b"\r\n", 1)[1])
    members = members_of(parsed)
    assert [a.filename[-9:] for a in members] == ["落实台账.xlsx", "工作总结.docx"]
    assert all(a.problem is None and a.text_status == "ok" and a.kind == "document" for a in members)
