import base64
import io
import os
import zipfile

import pytest
from conftest import ASSETS

from collector.parsers import parse_message
from collector.parsers.archives import (
    MAX_MEMBERS,
    ArchiveProblem,
    extract_members,
    zip_member_name,
)


def mail_with(name: str, data: bytes) -> bytes:
    return (b"From: a@b.cn\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n"
            b"Content-Type: application/octet-stream; name=\"" + name.encode() + b"\"\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(data) + b"--B--\r\n")


def zip_of(files, compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in files:
            zf.writestr(name, data)
    return buf.getvalue()


def test_gbk_names_without_utf8_flag_and_utf8_names():
    gbk = [zip_member_name(i) for i in zipfile.ZipFile(ASSETS / "photos_gbk.zip").infolist()]
    assert gbk == ["县发改局活动照片/现场照片（朱镕基喆）.jpg", "县发改局活动照片/5·15活动总结.docx"]
    utf8 = [zip_member_name(i) for i in zipfile.ZipFile(ASSETS / "utf8_names.zip").infolist()]
    assert utf8 == ["堃珺/台账.xlsx"]


def test_zip_bomb_is_refused_before_unpacking():
    bomb = zip_of([("zeros.bin", b"\0" * (60 * 1024 * 1024))])
    assert len(bomb) < 200_000
    with pytest.raises(ArchiveProblem, match="压缩炸弹"):
        extract_members(bomb, "zip")
    mail = parse_message(mail_with("bomb.zip", bomb))
    assert len(mail.attachments) == 1
    assert mail.attachments[0].kind == "archive" and "压缩炸弹" in mail.attachments[0].problem


def test_too_many_members_refused():
    many = zip_of([(f"f{i}.txt", b"x") for i in range(MAX_MEMBERS + 1)], zipfile.ZIP_STORED)
    with pytest.raises(ArchiveProblem, match="文件过多"):
        extract_members(many, "zip")


def test_member_names_never_become_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    evil = zip_of([("../../evil.txt", b"owned"), ("/etc/passwd_copy", b"x"), ("a\\..\\b.txt", b"y")])
    mail = parse_message(mail_with("evil.zip", evil))
    assert [a.filename for a in mail.attachments[1:]] == ["evil.txt", "passwd_copy", "b.txt"]
    assert mail.attachments[1].data == b"owned"
    assert not os.path.exists(tmp_path.parent.parent / "evil.txt")
    assert list(tmp_path.iterdir()) == []


def test_nested_archives_one_level_only():
    inner = zip_of([("照片.png", (ASSETS / "photo.png").read_bytes())])
    middle = zip_of([("inner.zip", inner)])
    outer = zip_of([("middle.zip", middle)])
    mail = parse_message(mail_with("outer.zip", outer))
    assert [(a.filename, a.parent) for a in mail.attachments] == [("outer.zip", None), ("middle.zip", 0), ("inner.zip", 1)]
    assert "未解压" in mail.attachments[2].problem
    mail = parse_message(mail_with("middle.zip", middle))
    assert [(a.filename, a.parent, a.kind) for a in mail.attachments] == [
        ("middle.zip", None, "archive"), ("inner.zip", 0, "archive"), ("照片.png", 1, "photo")]


def test_damaged_archives_are_problems():
    for name, data in (("broken.zip", b"PK\x03\x04garbage"), ("broken.7z", b"7z\xbc\xaf\x27\x1c\x00\x04junk"),
                       ("broken.rar", b"Rar!\x1a\x07\x00junk")):
        mail = parse_message(mail_with(name, data))
        assert mail.attachments[0].kind == "archive"
        assert mail.attachments[0].problem


def test_7z_in_memory():
    members = extract_members((ASSETS / "chengguan.7z").read_bytes(), "7z")
    assert [(m.name, len(m.data)) for m in members] == [
        ("城关镇/活动照片1.png", len((ASSETS / "photo.png").read_bytes())),
        ("城关镇/政务公开日总结.docx", len((ASSETS / "summary.docx").read_bytes())),
    ]


def test_rar4_gbk_names_without_unicode_flag():
    import rarfile

    data = (ASSETS / "stored_gbk.rar").read_bytes()
    naive = [i.filename for i in rarfile.RarFile(io.BytesIO(data)).infolist()]
    assert naive[0] != "县教育局/活动照片（喆）.png"  # rarfile alone guesses cp1252
    assert [m.name for m in extract_members(data, "rar")] == ["县教育局/活动照片（喆）.png", "总结（堃珺）.txt"]


def test_rar_tool_is_unar():
    import shutil

    import rarfile

    extract_members((ASSETS / "stored_gbk.rar").read_bytes(), "rar")
    assert rarfile.UNAR_TOOL == "unar" and shutil.which("unar")


def test_parsing_writes_nothing_to_disk(tmp_path, monkeypatch, parsed):
    import tempfile

    monkeypatch.setenv("COLLECTOR_NO_OFFICE", "1")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    for name in ("coremail_gbk_zip.eml", "sevenzip.eml", "rar_gbk.eml", "thunderbird_rfc2231.eml", "iphone_heic.eml"):
        assert parsed(name).attachments
    assert list(tmp_path.iterdir()) == []
