"""Routing on a thirty-seventh, held-out mixed mailbox (tests/fixtures/mixed37).

Two 2047 campaigns drafted by `collector campaign init --from-notice` (the 2047年行政规范性文件集中清理 owing ten named
departments the Excel 清理结果目录 and the stamped 清理工作情况报告 as PDF by 04-16 17:00; the 全县应急避难场所摸底调查
owing the 28 towns and townships and the zone the Excel 基本情况统计表 by 04-09 16:00) beside the built-in 5·15 (2023)
one; 42 mails labelled by hand, written apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every
mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
from test_match_mixed27 import attachments, by_case, message, pdf_pages
from test_match_mixed32 import is_pdf, opens_as_image, plain, sheet
from test_match_mixed34 import is_xlsx
from test_match_mixed35 import column, is_docx, workbook

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed37"))
import make_mixed37  # noqa: E402
import mixed37_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"ql": dt.datetime(2047, 4, 16, 17, 0, tzinfo=SH), "bn": dt.datetime(2047, 4, 9, 16, 0, tzinfo=SH)}
PICTURES = (".jpg", ".jpeg", ".png", ".heic", ".tif", ".tiff")
QL_UNITS = ["县发改局", "县工信局", "县农业农村局", "县市场局", "县自然资源局", "县住建局", "县人社局", "县应急局", "县交通局",
            "生态环境局建昌分局"]


def one(mailbox, case: str):
    (mail,) = by_case(mailbox, case)
    return mail


def sender(mail) -> str:
    return message(mail)["From"].addresses[0].addr_spec


def pdf_info(data: bytes) -> tuple[str, str]:
    """(the PDF's /Title, its text as pypdf extracts it)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return str((reader.metadata or {}).get("/Title", "")), "".join(p.extract_text() or "" for p in reader.pages)


def pdf_pictures(data: bytes) -> list[bytes]:
    from pypdf import PdfReader

    return [img.data for page in PdfReader(io.BytesIO(data)).pages for img in page.images]


def sheet_text(data: bytes) -> str:
    return "\n".join(" ".join(str(v) for v in row if v is not None) for row in sheet(data).iter_rows(values_only=True))


class _Cells(HTMLParser):
    def __init__(self):
        super().__init__()
        self.cells: list[str] = []

    def handle_data(self, data):
        if data.strip():
            self.cells.append(data.strip())


def html_cells(data: bytes) -> list[str]:
    parser = _Cells()
    parser.feed(data.decode("utf-8"))
    return parser.cells


class TestMixed37Routing(RoutingTests):
    gen = make_mixed37
    cases = ["ql-clean", "bn-clean", "ql-late", "bn-late", "sent-twice-by-client", "report-pasted-in-body-no-pdf",
             "long-name-cut-by-client", "appledouble-twins-in-mac-zip", "table-printed-into-the-pdf",
             "reply-quotes-office-reminder", "unit-only-in-seal-ocr", "village-sends-its-own", "zone-management-committee",
             "excel-template-xltx", "web-export-html-as-xls", "table-on-second-sheet", "reply-to-another-unit",
             "vcard-beside-table", "signed-printout-beside-table", "raw-8bit-gbk-file-name", "date-only-file-name",
             "mailbox-quota-notice"]
    size = (40, 50)
    has_corrections = False  # 县发改局's second sending is the same mail again, no correction; the set labels none

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed37.ALL)
        ql, bn = cs[make_mixed37.QL], cs[make_mixed37.BN]
        assert [u.name for u in ql.units] == QL_UNITS
        assert len(bn.units) == 29 and "八家子经济开发区" in {u.name for u in bn.units}
        (clean,) = ql.requirements
        (sites,) = bn.requirements
        assert [clean.id, sites.id] == make_mixed37.QLR + make_mixed37.BNR
        assert [(p.id, p.kind, tuple(p.formats)) for p in clean.parts] == [
            ("table", "document", ("xlsx", "xls", "et", "csv")), ("pdf", "document", ("pdf",))]
        assert [(p.id, p.kind) for p in sites.parts] == [("table", "document")]
        assert (clean.due, sites.due) == (DUES["ql"], DUES["bn"])

    def test_every_picture_opens(self, mailbox):
        """Every picture attached, inline, or scanned into a PDF page of the 2047 mails opens with PIL."""
        pictures = [d for m in mailbox for n, d in attachments(m) if n and n.lower().endswith(PICTURES)]
        inline = [p.get_content() for m in mailbox for p in message(m).walk() if p.get_content_maintype() == "image"]
        scans = [img for m in mailbox if m.received_at.year == 2047 for _, d in attachments(m) if is_pdf(d)
                 for img in pdf_pictures(d)]
        assert len(pictures) >= 10 and len(scans) >= 11
        assert all(opens_as_image(d) for d in pictures + inline + scans)

    def test_every_document_opens(self, mailbox):
        """Every Word, Excel and PDF file of the 2047 mails opens (python-docx, openpyxl, pypdf), whatever its name
        says; the zip's files too."""
        import docx

        files = [d for m in mailbox if m.received_at.year == 2047 for _, d in attachments(m)]
        for data in list(files):
            if data[:2] == b"PK" and not (is_docx(data) or is_xlsx(data)):
                z = zipfile.ZipFile(io.BytesIO(data))
                files += [z.read(n) for n in z.namelist() if not n.startswith("__MACOSX/")]
        for data in files:
            if is_docx(data):
                docx.Document(io.BytesIO(data))
            elif is_xlsx(data):
                workbook(data)
            elif is_pdf(data):
                assert pdf_pages(data) >= 1
        assert sum(map(is_xlsx, files)) >= 30 and sum(map(is_pdf, files)) >= 11

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        for m in by_case(mailbox, "ql-clean") + by_case(mailbox, "ql-late") + by_case(mailbox, "reply-quotes-office-reminder"):
            (tname, table), (pname, report) = attachments(m)
            ws = sheet(table)
            assert tname.endswith(mixed37_docs.QL_TITLE + ".xlsx") and ws["A1"].value == mixed37_docs.QL_TITLE
            assert mixed37_docs.official(m.unit) in ws["A2"].value and ws["A3"].value == "序号"
            title, _ = pdf_info(report)
            assert pname.endswith(".pdf") and mixed37_docs.official(m.unit) in title and mixed37_docs.QL_REPORT in title
        for m in by_case(mailbox, "bn-clean") + by_case(mailbox, "bn-late") + by_case(mailbox, "reply-to-another-unit") \
                + by_case(mailbox, "date-only-file-name"):
            ((name, table),) = attachments(m)
            ws = sheet(table)
            assert name.endswith(".xlsx") and ws["A1"].value == mixed37_docs.BN_TITLE and m.unit in ws["A2"].value
            assert "场所类型" in column(ws, "D") or ws["D3"].value == "场所类型"
        # 发改局: the same mail twice a minute apart, other Message-IDs, the same files
        first, second = by_case(mailbox, "sent-twice-by-client")
        assert attachments(first) == attachments(second) and plain(first) == plain(second)
        assert message(first)["Subject"] == message(second)["Subject"]
        assert message(first)["Message-ID"] != message(second)["Message-ID"] and not second.is_correction
        assert dt.timedelta(0) < second.received_at - first.received_at <= dt.timedelta(minutes=2)
        # 工信局: the table, no PDF, the report's words in the body
        pasted = one(mailbox, "report-pasted-in-body-no-pdf")
        ((name, table),) = attachments(pasted)
        assert "工业和信息化局" in sheet(table)["A2"].value and "清理结果" in plain(pasted) and "主要做法" in plain(pasted)
        # 人社局: the report's name cut, no extension; a PDF all the same
        cut = one(mailbox, "long-name-cut-by-client")
        (tname, _), (pname, report) = attachments(cut)
        assert len(pname) == make_mixed37.CUT_AT and "." not in pname and is_pdf(report)
        assert message(cut).get_payload()[-1].get_content_type() == "application/pdf"
        assert "人力资源和社会保障局" in pdf_info(report)[0]
        # 市场局: macOS's 归档.zip, each file beside its AppleDouble twin
        mac = one(mailbox, "appledouble-twins-in-mac-zip")
        ((name, data),) = attachments(mac)
        z = zipfile.ZipFile(io.BytesIO(data))
        real = [n for n in z.namelist() if not n.startswith("__MACOSX/")]
        assert name == "归档.zip" and len(real) == 2 and sorted(z.namelist()) == sorted(real + [f"__MACOSX/._{n}" for n in real])
        for n in real:
            twin = z.read(f"__MACOSX/._{n}")
            assert twin.startswith(mixed37_docs.APPLEDOUBLE_MAGIC) and b"Mac OS X" in twin and b"com.apple.quarantine" in twin
        xlsx, pdf = (z.read(n) for n in sorted(real, key=lambda n: not n.endswith(".xlsx")))
        assert "市场监督管理局" in sheet(xlsx)["A2"].value and "市场监督管理局" in pdf_info(pdf)[0]
        assert message(mac)["X-Mailer"] == make_mixed37.MAC_MAILER
        # 交通局: one PDF of two pages, the 目录 and the report; no Excel
        merged = one(mailbox, "table-printed-into-the-pdf")
        ((name, data),) = attachments(merged)
        title, _ = pdf_info(data)
        assert pdf_pages(data) == 2 and "交通运输局" in title and mixed37_docs.QL_TITLE in title and mixed37_docs.QL_REPORT in title
        # 自然资源局: the reply quotes the reminder naming three units; the files are its own
        reply = one(mailbox, "reply-quotes-office-reminder")
        assert message(reply)["Subject"] == "回复：" + make_mixed37.REMINDER_SUBJECT
        assert "县应急管理局" in plain(reply) and "市生态环境局建昌分局" in plain(reply)
        assert "自然资源局" in sheet(attachments(reply)[0][1])["A2"].value
        # 应急局: the unit only in the OCR of the seal's ring
        ocr = one(mailbox, "unit-only-in-seal-ocr")
        (tname, table), (pname, report) = attachments(ocr)
        _, text = pdf_info(report)
        assert tname == "行政规范性文件清理结果目录.xlsx" and sheet(table)["A2"].value == "填报单位（盖章）："
        assert "应急物资储备" in sheet_text(table) and "我局" in text and text.count("建昌县应急管理局") == 1
        assert "应急" not in plain(ocr) and "应急" not in str(message(ocr)["Subject"]) and not message(ocr)["From"].addresses[0].display_name
        assert sender(ocr) not in {sender(m) for m in mailbox if m is not ocr}
        # the village's own table: 建昌镇东营子村, that village only
        village = one(mailbox, "village-sends-its-own")
        ws = sheet(attachments(village)[0][1])
        assert ws["A2"].value == "填报单位：建昌镇东营子村" and set(column(ws, "C")[3:-1]) <= {"东营子村", None}
        # the zone's committee
        zone = one(mailbox, "zone-management-committee")
        assert "八家子经济开发区管委会" in sheet(attachments(zone)[0][1])["A2"].value and "管委会" in plain(zone)
        # 汤神庙镇: an Excel template
        xltx = one(mailbox, "excel-template-xltx")
        ((name, data),) = attachments(xltx)
        types = zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml")
        assert name.endswith(".xltx") and mixed37_docs.TEMPLATE_MAIN in types and b"sheet.main+xml" not in types
        assert message(xltx).get_payload()[-1].get_content_type() == mixed37_docs.XLTX
        assert "汤神庙镇" in sheet(data)["A2"].value
        # 喇嘛洞镇: an HTML table named .xls
        web = one(mailbox, "web-export-html-as-xls")
        ((name, data),) = attachments(web)
        cells = html_cells(data)
        assert name.endswith(".xls") and data.lstrip().startswith(b"<html") and not data.startswith(b"PK")
        assert cells[0] == mixed37_docs.BN_TITLE and "填报单位：喇嘛洞镇人民政府" in cells and "场所类型" in cells
        # 杨树湾子乡: the 填表说明 first, the table second
        two = one(mailbox, "table-on-second-sheet")
        wb = workbook(attachments(two)[0][1])
        assert wb.sheetnames == ["填表说明", "统计表"] and "杨树湾子乡" in wb["统计表"]["A2"].value
        # 大屯镇: From 大屯镇's mailbox, Reply-To 喇嘛洞镇's
        rt = one(mailbox, "reply-to-another-unit")
        assert message(rt)["Reply-To"] == sender(one(mailbox, "web-export-html-as-xls")) != sender(rt)
        # 头道营子乡: the table and the filler's vCard
        card = one(mailbox, "vcard-beside-table")
        (tname, table), (cname, vcf) = attachments(card)
        assert cname.endswith(".vcf") and vcf.startswith("BEGIN:VCARD") and "头道营子乡" in vcf and "头道营子乡" in sheet(table)["A2"].value
        # 雷家店乡: the table and its signed printout
        signed = one(mailbox, "signed-printout-beside-table")
        (tname, table), (pname, printout) = attachments(signed)
        assert "雷家店乡" in sheet(table)["A2"].value and "审核签字" in pdf_info(printout)[0]
        # 小德营子乡: the file's name as raw GBK bytes
        raw8 = one(mailbox, "raw-8bit-gbk-file-name")
        gbk = "小德营子乡应急避难场所统计表.xlsx".encode("gbk")
        assert b'filename="' + gbk + b'"' in raw8.raw and b"filename*=" not in raw8.raw and b"PLACEHOLDER" not in raw8.raw
        data = message(raw8).get_payload()[-1].get_content()
        assert "小德营子乡" in sheet(data)["A2"].value
        # 和尚房子乡: a date for a name
        assert attachments(one(mailbox, "date-only-file-name"))[0][0] == "20470409.xlsx"
        # the 163 quota notice: no unit, no file
        quota = one(mailbox, "mailbox-quota-notice")
        assert sender(quota) == "mail@service.netease.com" and not attachments(quota)
        late = by_case(mailbox, "ql-late") + by_case(mailbox, "bn-late")
        assert all(m.received_at > DUES[m.requirements[0]] for m in late)
        on_time = [m for m in mailbox if m.campaign in (make_mixed37.QL, make_mixed37.BN) and m not in late]
        assert all(m.received_at <= DUES[m.requirements[0]] for m in on_time)
