"""Routing on a thirty-fifth, held-out mixed mailbox (tests/fixtures/mixed35).

Two 2045 campaigns drafted by `collector campaign init --from-notice` (the 食品安全示范县创建工作材料 owing ten named
members of the 县食安委 the Excel 工作任务落实台账 and the Word 工作总结 by 04-07 17:00; the 第一季度乡级河长巡河记录
owing the 28 towns and townships the Excel 巡河记录台账 by 04-12 16:00) beside the built-in 5·15 (2023) one; 40 mails
labelled by hand, written apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every mail right in
both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
from test_match_mixed27 import attachments, by_case, docx_text, message
from test_match_mixed32 import opens_as_image, plain, sheet
from test_match_mixed34 import is_xlsx

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed35"))
import make_mixed35  # noqa: E402
import mixed35_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"cj": dt.datetime(2045, 4, 7, 17, 0, tzinfo=SH), "xh": dt.datetime(2045, 4, 12, 16, 0, tzinfo=SH)}
ODS_NS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0", "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}


def workbook(data: bytes):
    import openpyxl

    return openpyxl.load_workbook(io.BytesIO(data))


def is_docx(data: bytes) -> bool:
    return data[:2] == b"PK" and "word/document.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()


def column(ws, col: str) -> list:
    return [c.value for c in ws[col]]


def patrol_months(ws) -> set[int]:
    """The months of the 巡河日期 column (B) of a 台账 in the notice's layout."""
    return {int(m) for v in column(ws, "B") if isinstance(v, str) for m in re.findall(r"^2045年(\d+)月\d+日$", v)}


def ods_rows(data: bytes) -> list[list[str]]:
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ElementTree.fromstring(z.read("content.xml"))
    return [["".join(p.itertext()) for p in row.iter(f"{{{ODS_NS['text']}}}p")]
            for row in root.iter(f"{{{ODS_NS['table']}}}table-row")]


class TestMixed35Routing(RoutingTests):
    gen = make_mixed35
    cases = ["cj-clean", "xh-clean", "cj-late", "xh-late", "double-extension-names", "office-only-in-bcc",
             "zip-locked-password-in-body", "shared-from-wps-app", "summary-after-wps-share",
             "table-as-object-inside-word", "notice-attached-not-table", "table-after-wrong-file",
             "ods-from-kylin-desktop", "jan-feb-only-march-later", "full-quarter-resend",
             "last-quarters-title-this-quarters-rows", "app-export-not-template", "one-file-per-month",
             "hidden-sheet-of-neighbour", "river-office-asks-for-copies"]
    size = (40, 50)

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed35.ALL)
        cj, xh = cs[make_mixed35.CJ], cs[make_mixed35.XH]
        assert [u.name for u in cj.units] == ["县市场局", "县教育局", "县公安局", "县农业农村局", "县卫健局", "县商务局", "县文旅局",
                                              "县综合执法局", "生态环境局建昌分局", "县供销社"]
        assert len(xh.units) == 28 and "八家子经济开发区" not in {u.name for u in xh.units}
        (material,) = cj.requirements
        (ledger,) = xh.requirements
        assert [material.id] == make_mixed35.CJR and [ledger.id] == make_mixed35.XHR
        assert sorted((p.id, p.kind, tuple(p.formats)) for p in material.parts) == [
            ("doc", "document", ("docx", "doc", "wps")), ("table", "document", ("xlsx", "xls", "et", "csv"))]
        assert [p.id for p in ledger.parts] == ["table"]
        assert material.due == DUES["cj"] and ledger.due == DUES["xh"]

    def test_every_picture_opens(self, mailbox):
        pictures = [d for m in mailbox for n, d in attachments(m) if n.lower().endswith((".jpg", ".jpeg", ".png", ".heic"))]
        inline = [p.get_content() for m in mailbox for p in message(m).walk() if p.get_content_maintype() == "image"]
        assert len(pictures) >= 3 and all(opens_as_image(d) for d in pictures + inline)

    def test_every_document_opens(self, mailbox):
        """Every Word and Excel file of the 2045 mails opens (python-docx, openpyxl), whatever its name says."""
        import docx

        docs = [d for m in mailbox if m.received_at.year == 2045 for _, d in attachments(m) if d[:2] == b"PK"]
        for data in docs:
            if is_docx(data):
                docx.Document(io.BytesIO(data))
            elif is_xlsx(data):
                workbook(data)
        assert sum(map(is_docx, docs)) >= 10 and sum(map(is_xlsx, docs)) >= 25

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        for m in by_case(mailbox, "cj-clean") + by_case(mailbox, "cj-late"):
            (tname, table), (dname, summary) = attachments(m)
            assert tname.endswith("落实台账.xlsx") and sheet(table)["A1"].value == mixed35_docs.CJ_TITLE
            assert dname.endswith("工作总结.docx") and "示范县创建工作总结" in docx_text(summary)
        for m in by_case(mailbox, "xh-clean") + by_case(mailbox, "xh-late") + by_case(mailbox, "table-after-wrong-file"):
            ((name, table),) = attachments(m)
            assert name.endswith("巡河记录台账.xlsx") and sheet(table)["A1"].value == mixed35_docs.XH_TITLE
            assert m.unit in sheet(table)["A2"].value and patrol_months(sheet(table)) == {1, 2, 3}
        (double,) = by_case(mailbox, "double-extension-names")
        (tname, table), (dname, summary) = attachments(double)
        assert tname.endswith("落实台账.xlsx.xlsx") and dname.endswith("工作总结.docx.docx")
        assert "商务局" in sheet(table)["A2"].value and "建昌县商务局" in docx_text(summary)
        # 农业农村局: To its own mailbox, the office only in Bcc (so in no header)
        (bcc,) = by_case(mailbox, "office-only-in-bcc")
        head = message(bcc)
        assert make_mixed35.OFFICE not in str(head) and head["Cc"] is None and head["To"] in head["From"]
        assert "密送" in plain(bcc) and len(attachments(bcc)) == 2
        # 公安局: both files in a zip that needs the password the body gives
        (locked,) = by_case(mailbox, "zip-locked-password-in-body")
        ((name, data),) = attachments(locked)
        z = zipfile.ZipFile(io.BytesIO(data))
        assert name.endswith(".zip") and all(info.flag_bits & 1 for info in z.infolist())
        with pytest.raises(RuntimeError):
            z.read(z.namelist()[0])
        assert f"解压密码：{make_mixed35.PASSWORD}" in plain(locked)
        table, summary = (z.read(n, pwd=make_mixed35.PASSWORD.encode()) for n in z.namelist())
        assert sheet(table)["A1"].value == mixed35_docs.CJ_TITLE and "公安局" in sheet(table)["A2"].value
        assert "示范县创建工作总结" in docx_text(summary)
        # 综合执法局: WPS's share (subject the file name, no sign-off), the summary the next day
        (shared,) = by_case(mailbox, "shared-from-wps-app")
        ((name, table),) = attachments(shared)
        assert message(shared)["Subject"] == name and "WPS" in plain(shared) and "综合" in sheet(table)["A2"].value
        (rest,) = by_case(mailbox, "summary-after-wps-share")
        ((name, summary),) = attachments(rest)
        assert name.endswith("工作总结.docx") and is_docx(summary) and rest.received_at > shared.received_at
        # 供销社: one Word file, the 落实台账 inside it as an embedded workbook
        (inside,) = by_case(mailbox, "table-as-object-inside-word")
        ((name, data),) = attachments(inside)
        z = zipfile.ZipFile(io.BytesIO(data))
        (embedded,) = [n for n in z.namelist() if n.startswith("word/embeddings/")]
        assert b"OLEObject" in z.read("word/document.xml") and b"relationships/package" in z.read("word/_rels/document.xml.rels")
        assert sheet(z.read(embedded))["A1"].value == mixed35_docs.CJ_TITLE and "供销" in sheet(z.read(embedded))["A2"].value
        assert "示范县创建工作总结" in docx_text(data) and "双击" in plain(inside)
        # 头道营子乡: the notice itself (its own text), no 台账; the 台账 three days later
        (wrong,) = by_case(mailbox, "notice-attached-not-table")
        ((name, data),) = attachments(wrong)
        text = docx_text(data)
        assert name == "关于报送2045年第一季度乡级河长巡河记录的通知.docx" and "各乡镇人民政府：" in text and "2045年3月20日" in text
        assert "台账见附件" in plain(wrong) and "填报单位" not in text
        # 杨树湾子乡: an OpenDocument spreadsheet, mimetype first and stored
        (kylin,) = by_case(mailbox, "ods-from-kylin-desktop")
        ((name, data),) = attachments(kylin)
        first = zipfile.ZipFile(io.BytesIO(data)).infolist()[0]
        assert name.endswith(".ods") and first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert data[38:38 + len(mixed35_docs.ODS)] == mixed35_docs.ODS.encode()
        rows = ods_rows(data)
        assert rows[0] == [mixed35_docs.XH_TITLE] and "杨树湾子乡" in rows[1][0] and rows[2] == mixed35_docs.XH_HEAD
        # 大屯镇: January and February only, then the whole quarter 以此为准
        (part,) = by_case(mailbox, "jan-feb-only-march-later")
        (full,) = by_case(mailbox, "full-quarter-resend")
        assert patrol_months(sheet(attachments(part)[0][1])) == {1, 2} and "3月的随后补上" in plain(part)
        assert patrol_months(sheet(attachments(full)[0][1])) == {1, 2, 3} and full.is_correction and "以此为准" in plain(full)
        # 西碱厂乡: last quarter's title over this quarter's rows
        (stale,) = by_case(mailbox, "last-quarters-title-this-quarters-rows")
        ws = sheet(attachments(stale)[0][1])
        assert ws["A1"].value == "2044年第四季度乡级河长巡河记录台账" and patrol_months(ws) == {1, 2, 3}
        assert "一季度" in attachments(stale)[0][0]
        # 老大杖子乡: the app's export, its own columns, no title or 填报单位
        (export,) = by_case(mailbox, "app-export-not-template")
        ((name, data),) = attachments(export)
        ws = sheet(data)
        assert name.startswith("巡河记录导出_") and [c.value for c in ws[1]] == mixed35_docs.APP_HEAD
        assert all("老大杖子乡" in v for v in column(ws, "B")[1:]) and not any("填报单位" in str(v) for v in column(ws, "A"))
        # 雷家店乡: three months, three files
        (monthly,) = by_case(mailbox, "one-file-per-month")
        files = attachments(monthly)
        assert [sheet(d)["A1"].value for _, d in files] == [f"2045年{m}月乡级河长巡河记录" for m in (1, 2, 3)]
        assert [patrol_months(sheet(d)) for _, d in files] == [{1}, {2}, {3}] and all("雷家店乡" in sheet(d)["A2"].value
                                                                                   for _, d in files)
        # 巴什罕乡: its own sheet shown, 小德营子乡's last quarter hidden behind it
        (hidden,) = by_case(mailbox, "hidden-sheet-of-neighbour")
        wb = workbook(attachments(hidden)[0][1])
        shown, kept = wb.worksheets
        assert shown.sheet_state == "visible" and "巴什罕乡" in shown["A2"].value and patrol_months(shown) == {1, 2, 3}
        assert kept.sheet_state == "hidden" and "小德营子乡" in kept["A2"].value and kept["A1"].value.startswith("2044年第四季度")
        (asks,) = by_case(mailbox, "river-office-asks-for-copies")
        assert not attachments(asks) and "转我局" in plain(asks)
        late = by_case(mailbox, "cj-late") + by_case(mailbox, "xh-late")
        assert all(m.received_at > DUES[m.requirements[0]] for m in late)
        on_time = [m for m in mailbox if m.campaign in (make_mixed35.CJ, make_mixed35.XH) and m not in late]
        assert all(m.received_at <= DUES[m.requirements[0]] for m in on_time)
