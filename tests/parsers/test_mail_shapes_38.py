"""Mail shapes held-out mailboxes 38 and 39 brought to the parse stage: a mail encrypted with S/MIME, files
uuencoded into the body, a .tar.gz from a Kylin desktop (and a lone .gz), Word's 单个文件网页 (.mht), a gateway's note
in place of a removed file, and a unit's name only in a sheet's print header."""

from __future__ import annotations

import base64
import binascii
import bz2
import gzip
import io
import lzma
import tarfile
from email.message import EmailMessage

import openpyxl
import pytest

from collector.parsers import parse_message
from collector.parsers.archives import ArchiveProblem, extract_members
from collector.parsers.documents import extract_text


def mail(body: str = "请查收。", files: dict[str, bytes] = (), ctype: str = "application/octet-stream") -> bytes:
    m = EmailMessage()
    m["From"] = "jcsl@163.com"
    m["To"] = "jc7710089@163.com"
    m["Subject"] = "县水利局报送材料"
    m.set_content(body)
    for name, data in dict(files).items():
        m.add_attachment(data, maintype=ctype.split("/")[0], subtype=ctype.split("/")[1], filename=name)
    return m.as_bytes()


# ---------------------------------------------------------------- S/MIME


@pytest.mark.parametrize("smime_type, said", [("enveloped-data", "加密"), ("signed-data", "签名")])
def test_an_smime_mail_is_kept_whole_and_said_unreadable(smime_type, said):
    raw = (b"From: jcczj@126.com\r\nTo: jc7710089@163.com\r\nSubject: =?utf-8?b?5Y6/6LSi5pS/5bGA?=\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: application/pkcs7-mime; smime-type=\"" + smime_type.encode() + b"\"; name=\"smime.p7m\"\r\n"
           b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(b"\x30\x82\x01\x00" + bytes(256)))
    parsed = parse_message(raw)
    assert [a.filename for a in parsed.attachments] == ["smime.p7m"]
    assert len(parsed.problems) == 1 and "S/MIME" in parsed.problems[0] and said in parsed.problems[0]


def test_a_detached_signature_is_no_problem():
    raw = (b"From: a@b.cn\r\nSubject: x\r\nContent-Type: multipart/signed; boundary=B; protocol=\"application/pkcs7-signature\"\r\n\r\n"
           b"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nhello\r\n--B\r\nContent-Type: application/pkcs7-signature; "
           b"name=smime.p7s\r\nContent-Transfer-Encoding: base64\r\n\r\nMIIB\r\n--B--\r\n")
    assert parse_message(raw).problems == []


# ---------------------------------------------------------------- uuencode


def uuencoded(name: str, data: bytes) -> str:
    lines = [binascii.b2a_uu(data[i:i + 45]).decode("ascii").rstrip("\n") for i in range(0, len(data), 45)]
    return "\n".join([f"begin 644 {name}", *lines, "`", "end"])


def test_files_uuencoded_in_the_body_are_files():
    report = bytes(range(256)) * 5
    body = "县政府办公室：\n报告见下。\n建昌县水利局\n\n" + uuencoded("水利局报告（盖章）.pdf", b"%PDF-1.4\n" + report) + "\n"
    parsed = parse_message(mail(body))
    (a,) = parsed.attachments
    assert a.filename == "水利局报告（盖章）.pdf" and a.data == b"%PDF-1.4\n" + report
    assert "begin 644" not in parsed.body_text and "建昌县水利局" in parsed.body_text


def test_text_that_only_looks_like_a_block_stays_text():
    body = "begin 644 不是文件\nthis is !!! not uuencoded ~~~\nend\n"
    parsed = parse_message(mail(body))
    assert parsed.attachments == [] and "this is" in parsed.body_text


# ---------------------------------------------------------------- tar, gz


def tar_of(files: dict[str, bytes], mode: str = "w:gz") -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode=mode) as tf:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return out.getvalue()


@pytest.mark.parametrize("mode, ext", [("w:gz", "gz"), ("w:bz2", "bz2"), ("w:xz", "xz"), ("w", "tar")])
def test_a_tar_is_opened_in_memory(mode, ext):
    data = tar_of({"统计局/报告.txt": "建昌县统计局安全生产工作情况报告".encode(), "../../etc/passwd": b"x"}, mode)
    members = extract_members(data, ext)
    assert sorted(m.name for m in members) == ["../../etc/passwd", "统计局/报告.txt"]


def test_a_tar_gz_in_a_mail_gives_its_files_and_a_slip_path_only_its_name():
    data = tar_of({"统计局一季度材料/报告.txt": "建昌县统计局报告".encode(), "../x.txt": b"x"})
    parsed = parse_message(mail(files={"统计局一季度材料.tar.gz": data}))
    names = [a.filename for a in parsed.attachments]
    assert names == ["统计局一季度材料.tar.gz", "报告.txt", "x.txt"], names
    assert "包外" in (parsed.attachments[2].problem or "")


@pytest.mark.parametrize("compress, ext", [(gzip.compress, "gz"), (bz2.compress, "bz2"), (lzma.compress, "xz")])
def test_a_lone_compressed_file_is_its_file(compress, ext):
    parsed = parse_message(mail(files={f"报告.txt.{ext}": compress("建昌县统计局报告".encode())}))
    assert [a.filename for a in parsed.attachments] == [f"报告.txt.{ext}", "报告.txt"]


def test_a_gzip_bomb_is_refused_before_it_is_all_in_memory():
    bomb = gzip.compress(bytes(300 * 1024 * 1024))
    with pytest.raises(ArchiveProblem, match="过大|压缩比"):
        extract_members(bomb, "gz")


def test_a_damaged_tar_is_a_clear_problem():
    with pytest.raises(ArchiveProblem):
        extract_members(b"not a tar at all" * 100, "tar")


# ---------------------------------------------------------------- documents


def mht(html: str, charset: str = "gb2312") -> bytes:
    return ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01\"\r\n\r\n"
            "------=_NextPart_01\r\nContent-Location: file:///C:/report.htm\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            f"Content-Type: text/html; charset=\"{charset}\"\r\n\r\n").encode() + _qp(html.encode("gbk")) + \
        b"\r\n------=_NextPart_01--\r\n"


def _qp(data: bytes) -> bytes:
    import quopri
    return quopri.encodestring(data)


def test_word_saved_as_a_single_file_web_page_is_read():
    page = mht("<html><body><p class=MsoTitle>牤牛营子乡人民政府关于矛盾纠纷排查化解工作情况的报告</p><p>一、总体情况。</p></body></html>")
    text, status = extract_text(page, "mht")
    assert status == "ok" and "牤牛营子乡人民政府关于矛盾纠纷排查化解工作情况的报告" in text
    (a,) = parse_message(mail(files={"报告.mht": page})).attachments
    assert (a.kind, a.text_status) == ("document", "ok")


def test_an_empty_web_page_is_a_clear_failure():
    assert extract_text(mht("<html><body></body></html>"), "mht")[0] is None


def test_a_gateways_note_in_place_of_the_file_is_a_problem():
    note = ("【建昌县电子政务邮件安全网关】\n原附件：交通局防汛物资统计表.xls\n处理结果：附件含有宏代码（VBA），按安全策略已删除。\n").encode("gbk")
    (a,) = parse_message(mail(files={"附件已被删除.txt": note}, ctype="text/plain")).attachments
    assert "网关" in a.problem and "交通局防汛物资统计表.xls" in a.problem


def test_a_units_own_text_file_is_no_gateway_note():
    own = "建昌县交通运输局防汛物资储备情况说明：已删除过期物资三项。".encode()
    (a,) = parse_message(mail(files={"情况说明.txt": own}, ctype="text/plain")).attachments
    assert not a.problem


def test_a_sheets_print_header_is_read():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "台账"
    sheet.oddHeader.center.text = "建昌县魏家岭乡人民政府"
    sheet.oddFooter.center.text = "第 &P 页"
    sheet.append(["乡镇防汛物资储备台账"])
    out = io.BytesIO()
    book.save(out)
    text, status = extract_text(out.getvalue(), "xlsx")
    assert status == "ok" and text.splitlines()[:3] == ["[台账]", "页眉：建昌县魏家岭乡人民政府", "乡镇防汛物资储备台账"]
