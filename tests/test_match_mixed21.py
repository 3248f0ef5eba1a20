"""Routing on a twenty-first, held-out mixed mailbox (tests/fixtures/mixed21).

Two January 2031 campaigns drafted by `collector campaign init --from-notice` (a 2030年度乡镇统计年报 owing the 28
towns and the 八家子经济开发区 a 统计年报表 (one Excel workbook of three sheets) and a 统计分析报告 (Word or PDF) by
01-23 17:00; a 2030年度重点工作总结会议 owing seven named units an 汇报PPT and a 发言稿 by 01-20 12:00) beside the
built-in 5·15 (2023) one; 43 mails labelled by hand, written apart from the routing code.
The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import email
import io
import sys
import zipfile
from pathlib import Path

from mixed_mailbox_tests import RoutingTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed21"))
import make_mixed21  # noqa: E402
from make_labelled import MAIL_POLICY  # noqa: E402


def attachments(mail) -> dict[str, bytes]:
    msg = email.message_from_bytes(mail.raw.split(b"\r\n", 1)[1], policy=MAIL_POLICY)
    return {part.get_filename(): part.get_content() for part in msg.iter_attachments()}


def by_case(mailbox, case: str) -> list:
    return [m for m in mailbox if m.case == case]


class TestMixed21Routing(RoutingTests):
    gen = make_mixed21
    cases = ["tj", "tj-late", "correction", "notice-annex-returned-unrenamed", "ocr-scan-text-layer",
             "tracked-changes-left-in", "reply-to-office-receipt", "excel-screenshot-for-table",
             "shortcut-instead-of-file", "html-saved-as-doc", "same-attachment-twice", "hb", "hb-late",
             "slides-as-pdf-export", "two-people-one-thread", "unit-only-on-title-slide", "zip-holding-both-campaigns",
             "subject-names-the-other-campaign", "auto-reply"]
    size = (40, 55)

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed21.ALL)
        tj, hb = cs[make_mixed21.TJ], cs[make_mixed21.HB]
        assert len(tj.units) == 29 and "八家子经济开发区" in {u.name for u in tj.units}
        assert [r.id for r in tj.requirements] == make_mixed21.TJR
        assert [p.id for p in tj.requirements[0].parts] == make_mixed21.TJ_ALL
        assert "pdf" in tj.requirements[0].parts[1].formats and tj.receipts
        assert [u.name for u in hb.units] == ["县发改局", "县工信局", "县农业农村局", "县住建局", "县文旅局", "建昌镇", "八家子镇"]
        assert [r.id for r in hb.requirements] == make_mixed21.HBR
        slides, text = hb.requirements[0].parts
        assert (slides.id, text.id) == ("slides", "text") and "pdf" not in slides.formats
        assert hb.requirements[0].due < tj.requirements[0].due

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector: a case measures nothing if its file is not
        what its label says."""
        import pypdf
        from PIL import Image

        (scan_mail,) = by_case(mailbox, "ocr-scan-text-layer")
        scan = pypdf.PdfReader(io.BytesIO(attachments(scan_mail)["和尚房子乡统计分析报告.pdf"]))
        assert len(scan.pages) == 2 and round(float(scan.pages[0].mediabox.width)) == 595
        image = scan.pages[0].images[0].image
        assert image.size == (1240, 1754) and image.mode == "L"  # A4 at 150 dpi, grey
        assert "和尚房子乡人民政府2030年统计分析报告" in scan.pages[0].extract_text()  # the OCR layer
        shortcut_mail = by_case(mailbox, "shortcut-instead-of-file")[0]
        for name, data in attachments(shortcut_mail).items():
            assert name.endswith(".lnk") and data[:4] == b"L\0\0\0" and len(data) < 1024 and b"PK" not in data
        shots = [d for n, d in attachments(by_case(mailbox, "excel-screenshot-for-table")[0]).items() if n.endswith(".png")]
        assert len(shots) == 3 and all(Image.open(io.BytesIO(s)).size == (1130, 590) for s in shots)
        pdf_mail = by_case(mailbox, "slides-as-pdf-export")[0]
        deck = pypdf.PdfReader(io.BytesIO(attachments(pdf_mail)["住建局汇报.pdf"]))
        assert len(deck.pages) == 4 and round(float(deck.pages[0].mediabox.width)) == 960
        assert "建昌县住房和城乡建设局" in deck.pages[0].extract_text()
        (title_mail,) = by_case(mailbox, "unit-only-on-title-slide")
        slide = zipfile.ZipFile(io.BytesIO(attachments(title_mail)["汇报材料.pptx"])).read("ppt/slides/slide1.xml")
        assert "建昌县文化旅游和广播电视局".encode() in slide
        (tracked_mail,) = by_case(mailbox, "tracked-changes-left-in")
        doc = zipfile.ZipFile(io.BytesIO(attachments(tracked_mail)["统计分析报告（修订）.docx"])).read("word/document.xml")
        assert "<w:delText>牤牛营子乡人民政府</w:delText>".encode() in doc and "雷家店乡人民政府".encode() in doc
        (html_mail,) = by_case(mailbox, "html-saved-as-doc")
        assert attachments(html_mail)["西碱厂乡2030年统计分析报告.doc"].startswith(b"<html xmlns:v=")
        (zipped,) = by_case(mailbox, "zip-holding-both-campaigns")
        inside = zipfile.ZipFile(io.BytesIO(attachments(zipped)["建昌镇材料.zip"])).namelist()
        assert sorted(n.rsplit(".", 1)[1] for n in inside) == ["docx", "docx", "pptx", "xlsx"]
        (twice,) = by_case(mailbox, "same-attachment-twice")
        msg = email.message_from_bytes(twice.raw.split(b"\r\n", 1)[1], policy=MAIL_POLICY)
        assert len([p for p in msg.iter_attachments() if p.get_filename().endswith(".xlsx")]) == 2
