"""Mail shapes held-out mailbox 58 brought to the parse stage: a program whose name hides its extension behind a
right-to-left control (shown as a Word file) said so, and a file whose bytes are its own base64 text (an OA relay
encoding it twice) said so, so that a person sees both; neither said of the files that only look alike."""

from __future__ import annotations

import base64
import io
from types import SimpleNamespace

import pytest
from test_mail_shapes_40 import mail

from collector.parsers import parse_message
from collector.parsers.sniff import DISGUISED_PROGRAM, disguised_programs

PROGRAM = b"MZ\x90\x00" + bytes(56) + b"\x80\x00\x00\x00This program cannot be run in DOS mode.\r\r\n$" + bytes(300)


def workbook() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["问题整改清单"])
    wb.active.append(["序号", "问题", "整改措施", "完成时限"])
    wb.active.append([1, "分类标识缺失", "补设标识", "2068年6月30日"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_a_program_named_to_show_as_a_word_file_is_said_so():
    (a,) = parse_message(mail({"会议安排\u202excod.exe": PROGRAM})).attachments
    assert DISGUISED_PROGRAM in (a.problem or "") and "会议安排exe.docx" in a.problem and "请勿打开" in a.problem
    assert a.filename == "会议安排xcod.exe"  # the name a person can trust: its control taken out


def test_a_program_extension_hidden_by_the_control_is_said_so_whatever_the_bytes():
    (a,) = parse_message(mail({"整改通知\u202efdp.scr": b"not a real program, only named as one" * 4})).attachments
    assert DISGUISED_PROGRAM in (a.problem or "") and "“.scr”" in a.problem


@pytest.mark.parametrize("name, data", [
    ("setup.exe", PROGRAM),  # a program under its own name: no disguise
    ("总结\u202eexe.docx", b"right-to-left override\r\n"),  # a control in a name, no program behind it
    ("活动总结\x00.jpg.exe", PROGRAM),  # a NUL is a control of another kind (tests/test_hostile.py holds it for review)
])
def test_what_only_looks_like_a_disguised_program_is_not_said_so(name, data):
    (a,) = parse_message(mail({name: data})).attachments
    assert DISGUISED_PROGRAM not in (a.problem or "")


def test_only_a_mail_of_disguised_programs_alone_is_one():
    program, table = (SimpleNamespace(inline=False, filename=n, problem=p) for n, p in [
        ("说明xcod.exe", f"{DISGUISED_PROGRAM}：…"), ("月报表.xlsx", None)])
    logo = SimpleNamespace(inline=True, filename="logo.png", problem=None)
    assert disguised_programs([program, logo]) == ["说明xcod.exe"]
    assert disguised_programs([program, table]) == [] and disguised_programs([]) == []


def test_a_workbook_sent_as_its_base64_text_is_said_so():
    (a,) = parse_message(mail({"问题整改清单.xlsx": base64.encodebytes(workbook())})).attachments
    assert a.kind == "document" and a.text_status.startswith("failed")
    assert "base64" in (a.problem or "") and "Excel打不开" in a.problem and ".xlsx" in a.problem and "重发" in a.problem
    (b,) = parse_message(mail({"问题整改清单.xlsx": workbook()})).attachments
    assert not b.problem and b.text_status == "ok"


def test_a_picture_sent_as_its_base64_text_is_said_so():
    png = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489") + bytes(64)
    (a,) = parse_message(mail({"现场照片.png": base64.encodebytes(png)})).attachments
    assert "base64" in (a.problem or "")


@pytest.mark.parametrize("name, data", [
    ("密钥说明.txt", base64.encodebytes(workbook())),  # a text file is read as text: what it says is for a person
    ("问题整改清单.xlsx", b"PK\x03\x04" + bytes(200)),  # damaged, not base64: cut_short's problem, not this one
    ("问题整改清单.xlsx", base64.encodebytes(b"just some words, no file inside them at all" * 3)),
])
def test_what_is_no_file_encoded_twice_is_not_said_so(name, data):
    (a,) = parse_message(mail({name: data})).attachments
    assert "base64" not in (a.problem or "")
