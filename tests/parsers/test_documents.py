import shutil

import pytest
from conftest import ASSETS

from collector.parsers import documents, word
from collector.parsers.documents import extract_text

needs_soffice = pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed")


def test_docx_text_with_tables():
    text, status = extract_text((ASSETS / "summary.docx").read_bytes(), "docx")
    assert status == "ok"
    assert "县发改局5·15政务公开日活动总结" in text and "朱镕基喆" in text and "县发改局" in text.splitlines()[-1]


def test_pdf_with_text():
    text, status = extract_text((ASSETS / "summary.pdf").read_bytes(), "pdf")
    assert status == "typed" and "政务公开日" in text and "朱镕基喆" in text  # LibreOffice saved it


def test_scanned_pdf_is_scanned_not_an_error():
    assert extract_text((ASSETS / "scanned.pdf").read_bytes(), "pdf") == (None, "scanned")


def test_xlsx():
    text, status = extract_text((ASSETS / "ledger.xlsx").read_bytes(), "xlsx")
    assert status == "ok" and "照片台账" in text and "县发改局\t12" in text


def test_txt_in_gbk():
    text, status = extract_text((ASSETS / "notes_gbk.txt").read_bytes(), "txt")
    assert status == "ok" and "参加人员：王喆、李堃" in text and "5·15" in text


def test_txt_utf16_and_utf8_bom():
    assert extract_text("县发改局".encode("utf-16"), "txt")[0] == "县发改局"
    assert extract_text(b"\xef\xbb\xbf" + "珺".encode(), "txt")[0] == "珺"


@pytest.mark.skipif(not shutil.which("antiword"), reason="antiword not installed")
def test_doc_via_antiword():
    text, status = extract_text((ASSETS / "summary.doc").read_bytes(), "doc")
    assert status == "ok" and "政务公开日活动总结" in text


@needs_soffice
def test_doc_via_libreoffice(monkeypatch):
    monkeypatch.delenv("COLLECTOR_NO_OFFICE", raising=False)
    text = documents.soffice_to_text((ASSETS / "summary.doc").read_bytes(), "doc")
    assert "政务公开日活动总结" in text and "朱镕基喆" in text


@needs_soffice
def test_wps_goes_to_libreoffice(monkeypatch):
    monkeypatch.delenv("COLLECTOR_NO_OFFICE", raising=False)
    # A WPS file saved in Word-compatible format: LibreOffice reads it.
    text, status = extract_text((ASSETS / "summary.doc").read_bytes(), "wps")
    assert status == "ok" and "政务公开日" in text


def test_office_switch_off(monkeypatch):
    monkeypatch.setenv("COLLECTOR_NO_OFFICE", "1")
    text, status = extract_text((ASSETS / "summary.doc").read_bytes(), "wps")
    assert text is None and status.startswith("failed:") and "COLLECTOR_NO_OFFICE" in status


def test_damaged_documents_fail_with_a_reason(monkeypatch):
    monkeypatch.setenv("COLLECTOR_NO_OFFICE", "1")
    for ext in ("docx", "xlsx", "pdf", "doc", "pptx"):
        text, status = extract_text(b"this is not a document", ext)
        assert text is None and status.startswith("failed: ")
    assert extract_text(b"x", "xls")[1].startswith("failed: ")


def _docx_with(document_xml: str, main_part: str = "word/document.xml") -> bytes:
    import io
    import zipfile

    rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"'
        f' Target="{main_part}"/></Relationships>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("_rels/.rels", rels)
        zf.writestr(main_part, document_xml)
    return out.getvalue()


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_docx_runs_hyperlinks_tabs_breaks_and_merged_cells():
    xml = (
        f'<w:document {W_NS}><w:body>'
        '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>'
        '<w:r><w:t>联系人</w:t></w:r><w:r><w:tab/><w:t>王喆</w:t><w:br/><w:t>电话</w:t></w:r>'
        '<w:hyperlink><w:r><w:t>县发改局</w:t></w:r></w:hyperlink></w:p>'
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>单位</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>县发改局</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>第二段</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
        '<w:p><w:r><w:delText>删掉的字</w:delText><w:t>落款</w:t></w:r></w:p>'
        '</w:body></w:document>'
    )
    text, status = extract_text(_docx_with(xml, "word/document2.xml"), "docx")  # the part named in _rels
    assert status == "ok"
    assert text.splitlines() == ["联系人\t王喆", "电话县发改局", "落款", "单位\t县发改局", "第二段"]


def test_docx_entities_are_not_expanded_and_huge_parts_are_refused(monkeypatch):
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "AAAAAAAAAA">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        f'<w:document {W_NS}><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>'
    )
    text, status = extract_text(_docx_with(bomb), "docx")
    assert "A" not in (text or "")
    monkeypatch.setattr(word, "MAX_DOCX_XML_BYTES", 100)
    monkeypatch.setenv("COLLECTOR_NO_OFFICE", "1")
    big = f'<w:document {W_NS}><w:body>' + "<w:p><w:r><w:t>字</w:t></w:r></w:p>" * 50 + "</w:body></w:document>"
    text, status = extract_text(_docx_with(big), "docx")
    assert text is None and status.startswith("failed: ") and "过大" in status


def test_docx_page_header_and_footer_are_read_around_the_body():
    """A unit's letter paper prints its name in the page header: the text starts with it,
    and the footer's line (not its page number) ends it."""
    import io

    import docx

    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = "建昌县应急管理局"
    section.footer.paragraphs[0].text = "联系电话：0429-7212345"
    section.footer.add_paragraph("2")
    d.add_paragraph("城镇燃气安全专项整治工作情况报告")
    d.add_paragraph("我单位迅速行动，共排查餐饮场所63家。")
    out = io.BytesIO()
    d.save(out)
    text, status = extract_text(out.getvalue(), "docx")
    assert status == "ok"
    assert text.splitlines() == ["建昌县应急管理局", "城镇燃气安全专项整治工作情况报告", "我单位迅速行动，共排查餐饮场所63家。",
                                 "联系电话：0429-7212345"]


def _ofd(objects: list[tuple[str, list[tuple[str, str]]]]) -> bytes:
    """An OFD (GB/T 33190) as a 公文 system writes one: OFD.xml at the root, each page's TextObjects
    with a Boundary, and TextCode runs placed by Y within it (several runs can share one line)."""
    import io
    import zipfile

    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    body = "".join(f'<ofd:TextObject ID="{i}" Boundary="{boundary}">'
                   + "".join(f'<ofd:TextCode X="0" Y="{y}">{text}</ofd:TextCode>' for y, text in codes)
                   + "</ofd:TextObject>" for i, (boundary, codes) in enumerate(objects))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("OFD.xml", f'<ofd:OFD {ns} DocType="OFD"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>'
                              f'</ofd:DocBody></ofd:OFD>')
        z.writestr("Doc_0/Pages/Page_1/Content.xml", f'<ofd:Page {ns}><ofd:Content><ofd:Layer ID="9">'
                                                     f'<ofd:TextObject ID="99" Boundary="20 200 100 6"><ofd:TextCode Y="5">第二页'
                                                     f'</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>')
        z.writestr("Doc_0/Pages/Page_0/Content.xml", f'<ofd:Page {ns}><ofd:Content><ofd:Layer ID="1">{body}</ofd:Layer>'
                                                     f'</ofd:Content></ofd:Page>')
    return out.getvalue()


def test_ofd_text_in_reading_order_and_its_detection():
    from collector.parsers.sniff import detect

    data = _ofd([("20 30 160 8", [("6", "建昌县财政局关于"), ("6", "2028年重点工作的建议说明")]),
                 ("20 45 160 8", [("6", "一、建议依据。")])])
    assert detect(data, "建议说明.ofd", "application/octet-stream") == ("document", "application/ofd", "ofd")
    assert detect(data, "附件", "application/octet-stream")[2] == "ofd"  # by its content, not its name
    text, status = extract_text(data, "ofd")
    assert status == "ok" and text.splitlines() == ["建昌县财政局关于2028年重点工作的建议说明", "一、建议依据。", "第二页"]
    assert extract_text(b"PK\x03\x04 not a zip", "ofd")[1].startswith("failed:")


def _ods(rows: list[list[str]], repeat_last: int = 1) -> bytes:
    """An OpenDocument spreadsheet as LibreOffice writes one: mimetype stored first, content.xml's table; the
    last row's last cell repeated ``repeat_last`` times, every row's empty rest one repeated cell."""
    import io
    import zipfile

    def cell(text, repeat=1):
        attr = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
        return f"<table:table-cell{attr}><text:p>{text}</text:p></table:table-cell>"

    body = "".join("<table:table-row>" + "".join(cell(c) for c in row[:-1])
                   + cell(row[-1], repeat_last if i == len(rows) - 1 else 1)
                   + '<table:table-cell table:number-columns-repeated="1000"/></table:table-row>'
                   for i, row in enumerate(rows))
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
               f'<table:table table:name="巡河记录">{body}</table:table></office:spreadsheet></office:body>'
               '</office:document-content>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_ods_rows_are_read_as_an_xlsx_is():
    data = _ods([["2045年第一季度乡级河长巡河记录台账"], ["序号", "巡河日期", "河长姓名"], ["1", "2045年1月20日", "尹婷"]], 2)
    text, status = extract_text(data, "ods")
    assert status == "ok"
    lines = text.splitlines()
    assert lines[0] == "[巡河记录]" and lines[1] == "2045年第一季度乡级河长巡河记录台账"
    assert lines[3] == "1\t2045年1月20日\t尹婷\t尹婷"  # a repeated cell twice; the sheet's empty rest dropped


def test_a_damaged_ods_is_a_clear_failure():
    text, status = extract_text(b"PK\x03\x04 not really", "ods")
    assert text is None and status.startswith("failed")


def test_xls_is_read_as_an_xlsx_is():
    """Excel 97-2003 (WPS's default): every sheet by name, whole numbers without ".0", dates as openpyxl gives them."""
    text, status = extract_text((ASSETS / "table.xls").read_bytes(), "xls")
    assert status == "ok"
    lines = text.splitlines()
    assert lines[0] == "[填表说明]" and "[清理结果目录]" in lines
    assert "填报单位（盖章）：建昌县市场监督管理局" in lines
    assert "1\t建昌县食品小作坊登记管理办法（喆）\t建市监发〔2041〕3号\t2041-03-09 00:00:00\t修改\t4" in lines
    assert lines[-1].endswith("继续有效\t2.5")


def test_an_et_of_excel_97_bytes_is_read_and_a_damaged_xls_fails_clearly():
    assert extract_text((ASSETS / "table.xls").read_bytes(), "et")[1] == "ok"
    damaged = (ASSETS / "table.xls").read_bytes()[:1024]
    text, status = extract_text(damaged, "xls")
    assert text is None and status.startswith("failed: ")
    assert extract_text((ASSETS / "summary.doc").read_bytes(), "xls")[0] is None  # a Word file named .xls


def test_a_web_platforms_html_export_named_xls_is_read_by_its_charset():
    page = ('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=gbk"><!--[if gte mso 9]><xml><x:ExcelWorkbook></x:ExcelWorkbook></xml>'
            '<![endif]--></head><body><table><tr><th colspan="3">填报单位：喇嘛洞镇</th></tr>'
            '<tr><td>1</td><td>村部\n  广场</td><td>800</td></tr></table></body></html>').encode("gbk")
    text, status = extract_text(page, "xls")
    assert status == "ok" and text.splitlines() == ["填报单位：喇嘛洞镇", "1\t村部 广场\t800"]


def test_excel_2003_xml_and_tab_separated_text_named_xls_are_read():
    xml = ('<?xml version="1.0" encoding="UTF-8"?><?mso-application progid="Excel.Sheet"?>'
           '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
           'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="统计表"><Table>'
           '<Row><Cell><Data ss:Type="String">填报单位：县统计局</Data></Cell><Cell><Data ss:Type="Number">12</Data>'
           '</Cell></Row></Table></Worksheet></Workbook>').encode()
    assert extract_text(xml, "xls") == ("[统计表]\n填报单位：县统计局\t12", "ok")
    assert extract_text("序号\t单位\n1\t县统计局\n".encode("gbk"), "xls") == ("序号\t单位\n1\t县统计局", "ok")
    assert extract_text(b"\x00\x01binary junk", "xls")[0] is None


@needs_soffice
def test_slides_of_powerpoint_97_and_wps_are_read_through_impress(monkeypatch):
    """汇报材料 as .ppt (PowerPoint 97-2003, WPS 演示's default) or .dps: each paragraph a line, its runs joined as
    written (LibreOffice splits 2041年 into two runs)."""
    monkeypatch.delenv("COLLECTOR_NO_OFFICE", raising=False)
    deck = (ASSETS / "slides.ppt").read_bytes()
    for ext in ("ppt", "dps"):
        text, status = extract_text(deck, ext)
        assert status == "ok"
        assert text.splitlines() == ["建昌县市场监督管理局", "2041年优化营商环境工作汇报", "一、主要做法", "企业开办一日办结（喆）"]
    text, status = extract_text(b"not a presentation", "ppt")
    assert text is None and status.startswith("failed: LibreOffice") and "javaldx" not in status


def test_pptx_paragraphs_are_lines_and_their_runs_one_word():
    import io
    import zipfile

    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    slide = (f'<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="{a}"><p:cSld>'
             "<p:spTree><p:sp><p:txBody><a:p><a:r><a:t>县审计局</a:t></a:r><a:r><a:t>2041</a:t></a:r>"
             "<a:r><a:t>年工作汇报</a:t></a:r></a:p><a:p><a:r><a:t>审计全覆盖 &amp; 整改</a:t></a:r></a:p>"
             "</p:txBody></p:sp></p:spTree></p:cSld></p:sld>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("ppt/slides/slide10.xml", "<p:sld xmlns:p='x' xmlns:a='" + a + "'><a:p><a:r><a:t>末页</a:t></a:r></a:p></p:sld>")
        zf.writestr("ppt/slides/slide2.xml", slide)
    text, status = extract_text(out.getvalue(), "pptx")
    assert status == "ok" and text.splitlines() == ["县审计局2041年工作汇报", "审计全覆盖 & 整改", "末页"]
