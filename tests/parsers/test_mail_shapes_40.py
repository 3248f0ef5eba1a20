"""Mail shapes held-out mailbox 40 brought to the parse stage: Word saved as XML and a UOF document (永中 Office) read
as documents, an Office file cut short by a relay held as damaged, and an old Outlook's full local path as a file
name, which is no problem."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage

import pytest

from collector.parsers import parse_message
from collector.parsers.documents import extract_text
from collector.parsers.names import clean_filename

WORD_XML = ('<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
            '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml">'
            '<pkg:xmlData><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            '<w:p><w:r><w:t>建昌县营商环境建设局2050年上半年</w:t></w:r><w:r><w:t>优化营商环境工作总结</w:t></w:r></w:p>'
            '<w:p><w:r><w:t>一、主要工作及成效</w:t></w:r></w:p></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>')
UOF = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<uof:UOF xmlns:uof="http://schemas.uof.org/cn/2003/uof" '
       'xmlns:字="http://schemas.uof.org/cn/2003/uof-wordproc"><uof:文字处理><字:文字处理文档><字:段落><字:句><字:文本串>'
       '建昌县统计局2050年上半年优化营商环境工作总结</字:文本串></字:句></字:段落></字:文字处理文档></uof:文字处理></uof:UOF>')


def mail(files: dict[str, bytes]) -> bytes:
    m = EmailMessage()
    m["From"] = "jcyshj@126.com"
    m["Subject"] = "营商局总结"
    m.set_content("总结见附件。")
    for name, data in files.items():
        m.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return m.as_bytes()


@pytest.mark.parametrize("name, data, first", [
    ("营商局总结.xml", WORD_XML, "建昌县营商环境建设局2050年上半年优化营商环境工作总结"),
    ("统计局总结.uot", UOF, "建昌县统计局2050年上半年优化营商环境工作总结"),
])
def test_word_saved_as_xml_and_a_uof_text_are_documents(name, data, first):
    (a,) = parse_message(mail({name: data.encode()})).attachments
    assert (a.kind, a.text_status) == ("document", "ok")
    assert a.text.splitlines()[0] == first


def test_any_other_xml_stays_a_file():
    (a,) = parse_message(mail({"export.xml": b'<?xml version="1.0"?><rows><row>1</row></rows>'})).attachments
    assert a.kind == "other"


def docx_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>' + " " * 4000)
        z.writestr("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                   '<w:body><w:p><w:r><w:t>司法局总结</w:t></w:r></w:p></w:body></w:document>' + " " * 4000)
    return out.getvalue()


def test_an_office_file_cut_short_is_a_problem(monkeypatch):
    monkeypatch.setenv("COLLECTOR_NO_OFFICE", "1")
    whole = docx_bytes()
    (a,) = parse_message(mail({"司法局总结.docx": whole[: len(whole) // 2]})).attachments
    assert "文件已损坏" in (a.problem or "") and "重发" in a.problem
    (b,) = parse_message(mail({"司法局总结.docx": whole})).attachments
    assert not b.problem and b.text_status == "ok"


def test_a_wps_file_nothing_here_reads_is_no_damage(monkeypatch):
    monkeypatch.setenv("COLLECTOR_NO_OFFICE", "1")
    (a,) = parse_message(mail({"总结.wps": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)})).attachments
    assert not (a.problem or "").startswith("文件已损坏")


@pytest.mark.parametrize("sent, name, problem", [
    (r"C:\Users\Administrator\Desktop\交通局总结.docx", "交通局总结.docx", False),
    ("/Users/wang/Desktop/交通局总结.docx", "交通局总结.docx", False),
    ("../../etc/passwd", "passwd", True),
    (r"C:\x\..\..\y.docx", "y.docx", True),
    ("材料/总结.docx", "总结.docx", True),
    # a “/” macOS allows in a name, between brackets: the name's own, kept (as ／), no problem
    ("大屯镇统计表（一/二季度）.xlsx", "大屯镇统计表（一／二季度）.xlsx", False),
    ("/Users/wang/Desktop/报告(1/2).docx", "报告(1／2).docx", False),
    # near misses: a bracket that does not close after the slash, or a climb out, is still a path
    ("（材料/总结.docx", "总结.docx", True),
    ("（../总结）.docx", "总结）.docx", True),
])
def test_a_senders_own_full_path_is_only_where_the_file_was(sent, name, problem):
    clean, problems = clean_filename(sent)
    assert clean == name and bool(problems) == problem


def test_word_xml_text_directly():
    text, status = extract_text(WORD_XML.encode(), "xml")
    assert status == "ok" and "一、主要工作及成效" in text
