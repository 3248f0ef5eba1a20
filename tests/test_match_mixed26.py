"""Routing on a twenty-sixth, held-out mixed mailbox (tests/fixtures/mixed26).

Two spring 2036 campaigns drafted by `collector campaign init --from-notice` (a 2036年度政务公开工作目标责任书
owing each of the 28 towns its 责任书 signed and stamped, as a scanned PDF or a photo of each page, by 03-13 17:00;
a 2036年度基层政务公开示范点申报 owing the 28 towns and the development zone a Word 申报书, the same stamped as a
PDF and an Excel 项目表 by 03-25 17:00) beside the built-in 5·15 (2023) one; 43 mails labelled by hand, written
apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact
requirements.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
from test_match_mixed22 import attachments, by_case, message  # the fixture's own bytes, read as mixed22 reads them
from test_match_mixed25 import docx_text

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed26"))
import make_mixed26  # noqa: E402


def pdf_pages(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


class TestMixed26Routing(RoutingTests):
    gen = make_mixed26
    cases = ["zrs", "zrs-late", "sb", "sb-late", "correction", "heic-page-photos-from-iphone", "wechat-page-photos",
             "unsigned-word-before-stamped-scan", "another-towns-scan-attached", "gb18030-names-labelled-big5",
             "one-pdf-per-page", "camscanner-name", "zone-not-owed", "table-first-then-shenbaoshu",
             "stamped-pdf-without-word", "answers-on-the-other-notices-thread", "village-applies-directly",
             "zip-with-gbk-names", "outlook-signature-logo", "read-receipt", "spam-invoice"]
    size = (40, 55)

    open_mails = {  # README, After the fixes
        "020-unsigned-word-before-stamped-scan": (
            "open since round 17: the 责任书 as an editable Word file, unsigned, where a signed and stamped scan is asked, "
            "is filed (partial); mixed2's clerk labels the same shape (032, 033) filed and partial, and the earlier "
            "label is kept"),
    }

    # the shared check on the last mail, and the other draw's labels the same, as mixed22 makes it
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed26.ALL)
        zrs, sb = cs[make_mixed26.ZRS], cs[make_mixed26.SB]
        assert len(zrs.units) == 28 and "八家子经济开发区" not in {u.name for u in zrs.units}
        assert len(sb.units) == 29 and "八家子经济开发区" in {u.name for u in sb.units}
        assert [r.id for r in zrs.requirements] == make_mixed26.ZRSR
        (scan,) = zrs.requirements[0].parts
        assert [scan.id] == make_mixed26.ZRS_ALL and {"pdf", "jpg", "heic"} <= set(scan.formats)
        assert [r.id for r in sb.requirements] == make_mixed26.SBR
        word, pdf, table = sb.requirements[0].parts
        assert [word.id, pdf.id, table.id] == make_mixed26.SB_ALL
        assert "docx" in word.formats and pdf.formats == ["pdf"] and "xlsx" in table.formats
        assert zrs.requirements[0].due < sb.requirements[0].due

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector: a case measures nothing if its file is not
        what its label says."""
        import openpyxl
        from PIL import Image
        from pillow_heif import register_heif_opener

        register_heif_opener()
        (scan,) = attachments(by_case(mailbox, "zrs")[0]).values()
        assert scan.startswith(b"%PDF") and pdf_pages(scan) == 3
        sb = attachments(by_case(mailbox, "sb")[0])
        assert sorted(n.rsplit(".", 1)[1] for n in sb) == ["docx", "pdf", "xlsx"]
        word = next(v for n, v in sb.items() if n.endswith(".docx"))
        assert "示范点申报书" in docx_text(word)
        table = next(v for n, v in sb.items() if n.endswith(".xlsx"))
        assert openpyxl.load_workbook(io.BytesIO(table)).active["A1"].value == "示范点建设项目表"
        (heic,) = by_case(mailbox, "heic-page-photos-from-iphone")
        photos = attachments(heic)
        assert len(photos) == 3 and all(n.endswith(".HEIC") for n in photos)
        assert all(Image.open(io.BytesIO(v)).format == "HEIF" for v in photos.values())
        assert b"filename*=utf-8''IMG_" in heic.raw and b"x-unix-mode=0644" in heic.raw
        (wechat,) = by_case(mailbox, "wechat-page-photos")
        assert [n[:9] for n in attachments(wechat)] == ["微信图片_2036"] * 3
        word_first, scan_after = by_case(mailbox, "unsigned-word-before-stamped-scan")
        (template,) = attachments(word_first).values()
        assert "主要负责同志（签字）：" in docx_text(template) and "石佛乡人民政府" in docx_text(template)
        assert [n[-4:] for n in attachments(scan_after)] == [".pdf"]
        wrong, right = by_case(mailbox, "another-towns-scan-attached")
        assert list(attachments(wrong))[0].startswith("汤神庙镇") and list(attachments(right))[0].startswith("喇嘛洞镇")
        (big5,) = by_case(mailbox, "gb18030-names-labelled-big5")
        assert b"=?big5?" in big5.raw and b"=?gb18030?" not in big5.raw
        assert "娘娘庙乡" in message(big5)["Subject"]
        (pages,) = by_case(mailbox, "one-pdf-per-page")
        assert [pdf_pages(v) for v in attachments(pages).values()] == [1, 1, 1]
        (cam,) = by_case(mailbox, "camscanner-name")
        assert list(attachments(cam))[0].startswith("扫描全能王 2036-03-13")
        first, second = by_case(mailbox, "table-first-then-shenbaoshu")
        assert [n[-5:] for n in attachments(first)] == [".xlsx"]
        assert sorted(n.rsplit(".", 1)[1] for n in attachments(second)) == ["docx", "pdf"]
        (no_word,) = by_case(mailbox, "stamped-pdf-without-word")
        assert sorted(n.rsplit(".", 1)[1] for n in attachments(no_word)) == ["pdf", "xlsx"]
        (thread,) = by_case(mailbox, "answers-on-the-other-notices-thread")
        assert "目标责任书" in message(thread)["Subject"] and len(attachments(thread)) == 3
        (village,) = by_case(mailbox, "village-applies-directly")
        assert "牤牛营子村村民委员会" in docx_text(attachments(village)["牤牛营子村示范点申报书.docx"])
        (zipped,) = by_case(mailbox, "zip-with-gbk-names")
        z = zipfile.ZipFile(io.BytesIO(next(iter(attachments(zipped).values()))))
        assert all(not i.flag_bits & 0x800 for i in z.infolist())
        names = [i.filename.encode("cp437").decode("gbk") for i in z.infolist()]
        assert [n.rsplit(".", 1)[1] for n in names] == ["docx", "pdf", "xlsx"] and names[0].startswith("药王庙镇")
        (logo,) = by_case(mailbox, "outlook-signature-logo")
        assert b"image001.png@" in logo.raw and len(attachments(logo)) == 3
        (mdn,) = by_case(mailbox, "read-receipt")
        assert b"report-type=disposition-notification" in mdn.raw
        (late,) = by_case(mailbox, "zrs-late")
        assert late.received_at > make_mixed26.at("03-13 17:00")
