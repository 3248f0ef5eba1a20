"""Workbooks inside Word documents: the 台账 a summary carries at its end as an Excel object (插入 → 对象),
kept whole in word/embeddings/. The documents are built here, as Word lays them out."""

import base64
import io
import sys
import zipfile
from pathlib import Path

import pytest

from collector.parsers import parse_message
from collector.parsers.embedded import workbook_kind, workbooks_in_document

PACKAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"
OLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject"
IMAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def xlsx(title: str = "食品安全示范县创建工作任务落实台账") -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append([title])
    wb.active.append(["填报单位：县供销社"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def compound_file(*streams: str) -> bytes:
    """Bytes that look like an OLE compound file with those directory entry names (enough for the
    name test; never opened as a workbook here)."""
    entries = b"".join(name.encode("utf-16-le") + b"\0\0" + b"\0" * (64 - 2 * len(name) - 2) for name in streams)
    return OLE_MAGIC + b"\0" * 504 + entries


def ole_paragraph(rid: str, prog_id: str = "Excel.Sheet.12") -> str:
    return (f'<w:p><w:r><w:object><v:shape id="_x0000_i1025" style="width:60pt;height:40pt"/>'
            f'<o:OLEObject Type="Embed" ProgID="{prog_id}" ShapeID="_x0000_i1025" DrawAspect="Icon" '
            f'ObjectID="_1800000001" r:id="{rid}"/></w:object></w:r></w:p>')


def word_with(objects: list[tuple[str, str, bytes, bool]], extra_parts=(), external: str = "") -> bytes:
    """A docx whose body says a line, then shows ``objects`` (rel type, part name under word/, bytes,
    shown in the body or only listed in the relationships)."""
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')
    rels, body = [], ["<w:p><w:r><w:t>县供销社2045年食品安全示范县创建工作总结</w:t></w:r></w:p>"]
    for n, (rel_type, part, _data, shown) in enumerate(objects, 1):
        rels.append(f'<Relationship Id="rIdObj{n}" Type="{rel_type}" Target="{part}"/>')
        if shown:
            body.append(ole_paragraph(f"rIdObj{n}"))
    if external:
        rels.append(f'<Relationship Id="rIdLink" Type="{OLE_REL}" Target="{external}" TargetMode="External"/>')
        body.append(ole_paragraph("rIdLink"))
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document {ns}><w:body>{"".join(body)}<w:sectPr/></w:body></w:document>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml",
                    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                    '<Default Extension="xml" ContentType="application/xml"/>'
                    '<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>'
                    '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>'
                    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                    'wordprocessingml.document.main+xml"/></Types>')
        zf.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
                    f'2006/relationships"><Relationship Id="rId1" Type="{DOC_REL}" Target="word/document.xml"/></Relationships>')
        zf.writestr("word/document.xml", document)
        zf.writestr("word/_rels/document.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                    f'openxmlformats.org/package/2006/relationships">{"".join(rels)}</Relationships>')
        for _rel, part, data, _shown in objects:
            zf.writestr("word/" + part, data)
        for name, data in extra_parts:
            zf.writestr(name, data)
    return buf.getvalue()


def mail_with(name: str, data: bytes) -> bytes:
    encoded = "=?utf-8?b?" + base64.b64encode(name.encode()).decode() + "?="
    return (b"From: a@b.cn\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n"
            b"Content-Type: text/plain; charset=utf-8\r\n\r\nsee\r\n--B\r\n"
            b'Content-Type: application/octet-stream; name="' + encoded.encode() + b'"\r\n'
            b"Content-Disposition: attachment\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + base64.encodebytes(data) + b"--B--\r\n")


def test_an_embedded_workbook_becomes_a_spreadsheet_under_the_document():
    word = word_with([(PACKAGE_REL, "embeddings/Microsoft_Excel_Worksheet1.xlsx", xlsx(), True)])
    parsed = parse_message(mail_with("县供销社工作总结.docx", word))
    document, table = parsed.attachments
    assert document.kind == "document" and "创建工作总结" in document.text and document.problem is None
    assert table.filename == "县供销社工作总结-嵌入表格1.xlsx" and table.parent == 0
    assert table.kind == "document" and table.content_type.endswith("spreadsheetml.sheet")
    assert table.text_status == "ok" and "填报单位：县供销社" in table.text


def test_objects_in_the_order_shown_only_workbooks_only_those_the_body_shows():
    word_object = word_with([])  # a Word document embedded in a Word document: not a workbook
    word = word_with([
        (PACKAGE_REL, "embeddings/Microsoft_Word_Document1.docx", word_object, True),
        (PACKAGE_REL, "embeddings/Microsoft_Excel_Worksheet2.xlsx", xlsx("第二张"), True),
        (OLE_REL, "embeddings/Microsoft_Excel_97-2003_Worksheet1.xls", compound_file("Root Entry", "Workbook"), True),
        (PACKAGE_REL, "embeddings/Microsoft_Excel_Worksheet3.xlsx", xlsx("没有显示"), False),
        (OLE_REL, "embeddings/oleObject1.bin", compound_file("Root Entry", "\x01Ole10Native"), True),
    ], extra_parts=[("word/embeddings/Microsoft_Excel_Worksheet9.xlsx", xlsx("不在关系里"))],
        external="file:///C:/Users/x/Desktop/台账.xlsx")
    found = workbooks_in_document(word, "docx")
    assert [w.ext for w in found] == ["xlsx", "xls"]
    parsed = parse_message(mail_with("总结.docx", word))
    assert [a.filename for a in parsed.attachments] == ["总结.docx", "总结-嵌入表格1.xlsx", "总结-嵌入表格2.xls"]
    assert "第二张" in parsed.attachments[1].text
    assert parsed.attachments[2].kind == "document" and parsed.attachments[2].content_type == "application/vnd.ms-excel"


def test_an_ole_object_that_is_a_workbook_as_it_stands():
    word = word_with([(OLE_REL, "embeddings/oleObject1.bin", compound_file("Root Entry", "\x01CompObj", "Workbook"), True)])
    parsed = parse_message(mail_with("总结.docx", word))
    assert [a.filename for a in parsed.attachments] == ["总结.docx", "总结-嵌入表格1.xls"]


@pytest.mark.parametrize("part, kind", [
    (b"not a workbook", None),
    (compound_file("Root Entry", "WordDocument"), None),
    (compound_file("Root Entry", "Book"), "xls"),
])
def test_workbook_kind(part, kind):
    assert workbook_kind(part) == kind


def test_a_macro_workbook_keeps_its_extension():
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx())) as src, zipfile.ZipFile(buf, "w") as out:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "[Content_Types].xml":
                body = body.replace(b"spreadsheetml.sheet.main+xml", b"sheet.macroEnabled.main+xml")
            out.writestr(info, body)
    assert workbook_kind(buf.getvalue()) == "xlsm"


def test_a_document_without_objects_and_a_broken_one():
    assert workbooks_in_document(word_with([]), "docx") == []
    assert workbooks_in_document(b"PK\x03\x04 broken", "docx") == []
    assert workbooks_in_document(word_with([]), "doc") == []


def test_mixed35_supply_coop_summary_carries_its_table():
    """tests/fixtures/mixed35 mail table-as-object-inside-word: the 落实台账 a child of the 总结."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures" / "mixed35"))
    import make_mixed35

    (m,) = [m for m in make_mixed35.build() if m.case == "table-as-object-inside-word"]
    parsed = parse_message(m.raw.split(b"\r\n", 1)[1])
    document, table = parsed.attachments
    assert document.filename.endswith("工作总结.docx") and table.parent == 0
    assert table.filename == document.filename[:-5] + "-嵌入表格1.xlsx"
    assert table.text_status == "ok" and "落实台账" in table.text and "供销" in table.text
