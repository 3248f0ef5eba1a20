"""Routing on a thirty-sixth, held-out mixed mailbox (tests/fixtures/mixed36).

Two 2046 campaigns drafted by `collector campaign init --from-notice` (the 2045年度公共机构能源资源消费统计 owing ten
named departments and institutions the Excel 统计表 by 03-30 17:00; the 2046年耕地保护田长制 owing the 28 towns and
townships the Excel 乡村两级田长名单 by 03-27 16:00 and the Word 一季度田长巡田履职情况报告 with 3-5 巡田照片 by 04-17
17:00) beside the built-in 5·15 (2023) one; 41 mails labelled by hand, written apart from the routing code. The bar
of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
from test_match_mixed27 import attachments, by_case, docx_text, message
from test_match_mixed32 import opens_as_image, plain, sheet
from test_match_mixed34 import is_xlsx
from test_match_mixed35 import column, is_docx, workbook

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed36"))
import make_mixed36  # noqa: E402
import mixed36_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"jn": dt.datetime(2046, 3, 30, 17, 0, tzinfo=SH), "md": dt.datetime(2046, 3, 27, 16, 0, tzinfo=SH),
        "lz": dt.datetime(2046, 4, 17, 17, 0, tzinfo=SH)}
PICTURES = (".jpg", ".jpeg", ".png", ".heic", ".tif", ".tiff")


def one(mailbox, case: str):
    (mail,) = by_case(mailbox, case)
    return mail


def sender(mail) -> str:
    return message(mail)["From"].addresses[0].addr_spec


def photos_of(mail) -> list[bytes]:
    return [d for n, d in attachments(mail) if n.lower().endswith(".jpg")]


class TestMixed36Routing(RoutingTests):
    gen = make_mixed36
    cases = ["jn-clean", "md-clean", "lz-clean", "jn-late", "md-late", "lz-late", "macro-enabled-xlsm",
             "read-receipt-requested", "renamed-bureau-after-reform", "unit-only-in-sheet-tab", "pinyin-only-file-name",
             "body-only-see-attachment-mobile", "zero-byte-attachment", "resend-after-empty-file",
             "split-in-two-size-limit", "netdisk-links-beside-attachments", "rtf-saved-as-docx", "scan-to-mail-tiff"]
    size = (40, 50)
    has_corrections = False  # 魏家岭乡's resend after its empty file is no correction: nothing was filed before

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed36.ALL)
        jn, gd = cs[make_mixed36.JN], cs[make_mixed36.GD]
        assert [u.name for u in jn.units] == ["县教育局", "县卫健局", "县民政局", "县文旅局", "县水利局", "县住建局", "县交通局",
                                              "县人社局", "县医保局", "县融媒体中心"]
        assert len(gd.units) == 28 and "八家子经济开发区" not in {u.name for u in gd.units}
        (stats,) = jn.requirements
        names, duty = gd.requirements
        assert [stats.id, names.id, duty.id] == make_mixed36.JNR + make_mixed36.MDR + make_mixed36.LZR
        assert [(p.id, p.kind, tuple(p.formats)) for p in stats.parts] == [("table", "document", ("xlsx", "xls", "et", "csv"))]
        assert [(p.id, p.kind) for p in names.parts] == [("table", "document")]
        assert [(p.id, p.kind) for p in duty.parts] == [("doc", "document"), ("photos", "photo")]
        assert (stats.due, names.due, duty.due) == (DUES["jn"], DUES["md"], DUES["lz"])

    def test_every_picture_opens(self, mailbox):
        pictures = [d for m in mailbox for n, d in attachments(m) if n.lower().endswith(PICTURES)]
        inline = [p.get_content() for m in mailbox for p in message(m).walk() if p.get_content_maintype() == "image"]
        assert len(pictures) >= 20 and all(opens_as_image(d) for d in pictures + inline)
        from PIL import Image

        with Image.open(io.BytesIO(attachments(one(mailbox, "scan-to-mail-tiff"))[0][1])) as scan:
            assert scan.format == "TIFF" and scan.n_frames == 2 and scan.mode == "1"

    def test_every_document_opens(self, mailbox):
        """Every Word and Excel file of the 2046 mails opens (python-docx, openpyxl), whatever its name says."""
        import docx

        docs = [d for m in mailbox if m.received_at.year == 2046 for _, d in attachments(m) if d[:2] == b"PK"]
        for data in docs:
            if is_docx(data):
                docx.Document(io.BytesIO(data))
            elif is_xlsx(data):
                workbook(data)
        assert sum(map(is_docx, docs)) >= 8 and sum(map(is_xlsx, docs)) >= 20

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        for m in by_case(mailbox, "jn-clean") + by_case(mailbox, "jn-late") + by_case(mailbox, "read-receipt-requested"):
            ((name, table),) = attachments(m)
            ws = sheet(table)
            assert name.endswith("能源资源消费统计表.xlsx") and ws["A1"].value == mixed36_docs.JN_TITLE
            assert mixed36_docs.official(m.unit) in ws["A2"].value and ws["B4"].value.endswith("机关")
        for m in by_case(mailbox, "md-clean") + by_case(mailbox, "md-late") + by_case(mailbox, "resend-after-empty-file"):
            ((name, table),) = attachments(m)
            ws = sheet(table)
            assert name.endswith("田长名单.xlsx") and ws["A1"].value == mixed36_docs.MD_TITLE and m.unit in ws["A2"].value
            assert "村级田长" in column(ws, "B")
        for m in by_case(mailbox, "lz-clean") + by_case(mailbox, "lz-late"):
            (name, report), *photos = attachments(m)
            assert name.endswith("履职情况报告.docx") and mixed36_docs.LZ_TITLE in docx_text(report) and m.unit in docx_text(report)
            assert len(photos) == 3 and all(n.endswith(".jpg") for n, _ in photos)
        # 民政局: the same workbook saved as 启用宏的工作簿
        xlsm = one(mailbox, "macro-enabled-xlsm")
        ((name, data),) = attachments(xlsm)
        types = zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml")
        assert name.endswith(".xlsm") and mixed36_docs.MACRO_MAIN in types and mixed36_docs.SHEET_MAIN not in types
        assert message(xlsm).get_payload()[-1].get_content_type() == mixed36_docs.XLSM.lower()
        assert sheet(data)["A1"].value == mixed36_docs.JN_TITLE and "民政局" in sheet(data)["A2"].value
        # 水利局: a read receipt asked for
        receipt = one(mailbox, "read-receipt-requested")
        assert message(receipt)["Disposition-Notification-To"] == sender(receipt)
        # 教育局 under its new name everywhere, the old one in the body only
        renamed = one(mailbox, "renamed-bureau-after-reform")
        ((name, data),) = attachments(renamed)
        assert "教育和体育局" in name and "建昌县教育和体育局" in sheet(data)["A2"].value and "教育和体育局" in message(renamed)["Subject"]
        assert "原县教育局" in plain(renamed) and "县教育局" not in sheet(data)["A2"].value
        # 融媒体中心: the unit only in the sheet's tab
        tab = one(mailbox, "unit-only-in-sheet-tab")
        ((name, data),) = attachments(tab)
        ws = sheet(data)
        assert name == "2045年度公共机构能源资源消费统计表.xlsx" and ws.title == "融媒体中心" and ws["A2"].value == "序号"
        assert not any("融媒体" in str(v) for row in ws.iter_rows(values_only=True) for v in row)
        assert "融媒体" not in str(message(tab)) and sender(tab) not in {sender(m) for m in mailbox if m is not tab}
        # 喇嘛洞镇: a name in pinyin, the town in the table only
        pinyin = one(mailbox, "pinyin-only-file-name")
        ((name, data),) = attachments(pinyin)
        assert name == "lamadongzhen_tianzhangmingdan.xlsx" and "喇嘛洞镇" in sheet(data)["A2"].value
        assert "喇嘛洞" not in plain(pinyin) and message(pinyin)["Subject"] == "田长名单"
        # 西碱厂乡: no subject, “见附件” and a phone's signature
        bare = one(mailbox, "body-only-see-attachment-mobile")
        assert not message(bare)["Subject"] and plain(bare).startswith("见附件") and "西碱厂乡农业综合服务站" in plain(bare)
        assert "西碱厂乡" in sheet(attachments(bare)[0][1])["A2"].value
        # 魏家岭乡: an empty file, then the 名单 under the same name
        empty, resent = one(mailbox, "zero-byte-attachment"), one(mailbox, "resend-after-empty-file")
        assert attachments(empty) == [("魏家岭乡乡村两级田长名单.xlsx", b"")]
        assert attachments(resent)[0][0] == "魏家岭乡乡村两级田长名单.xlsx" and not resent.is_correction
        assert resent.received_at > empty.received_at
        # 玲珑塔镇: the report in 1/2, four photos in 2/2
        first, second = by_case(mailbox, "split-in-two-size-limit")
        assert "1/2" in message(first)["Subject"] and "2/2" in message(second)["Subject"]
        ((name, report),) = attachments(first)
        assert mixed36_docs.LZ_TITLE in docx_text(report) and "玲珑塔镇" in docx_text(report)
        assert len(photos_of(second)) == 4 == len(attachments(second))
        # 喇嘛洞镇: the report attached, the photos behind 超大附件 links
        linked = one(mailbox, "netdisk-links-beside-attachments")
        ((name, report),) = attachments(linked)
        assert "喇嘛洞镇" in docx_text(report) and plain(linked).count("large-attachment-download") == 5
        # 西碱厂乡: an RTF named .docx
        rtf = one(mailbox, "rtf-saved-as-docx")
        (name, data), *photos = attachments(rtf)
        assert name.endswith(".docx") and data.startswith(b"{\\rtf1\\ansi\\ansicpg936") and not data.startswith(b"PK")
        assert "西碱厂乡人民政府2046年" + mixed36_docs.LZ_TITLE in mixed36_docs.rtf_text(data) and len(photos) == 3
        # 大屯镇: the copier's scan, two TIFF pages, the report's title in its description
        from PIL import Image

        scan = one(mailbox, "scan-to-mail-tiff")
        ((name, data),) = attachments(scan)
        with Image.open(io.BytesIO(data)) as img:
            description = img.tag_v2.get(270)
        # an ASCII tag to TIFF: PIL reads its bytes as Latin-1, the scanner wrote UTF-8
        description = (description if isinstance(description, bytes) else description.encode("latin-1")).decode("utf-8")
        assert name.endswith(".tif") and "大屯镇" in description and mixed36_docs.LZ_TITLE in description
        assert message(scan)["Subject"] == f"Scanned image from {make_mixed36.COPIER}" and "SHARP" in message(scan)["X-Mailer"]
        assert sender(scan) == sender(one(mailbox, "md-late"))
        late = by_case(mailbox, "jn-late") + by_case(mailbox, "md-late") + by_case(mailbox, "lz-late")
        assert all(m.received_at > DUES[m.requirements[0]] for m in late)
        on_time = [m for m in mailbox if m.campaign in (make_mixed36.JN, make_mixed36.GD) and m not in late]
        assert all(m.received_at <= DUES[m.requirements[0]] for m in on_time)
