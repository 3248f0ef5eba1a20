"""Routing on a twenty-eighth, held-out mixed mailbox (tests/fixtures/mixed28).

Two January 2038 campaigns drafted by `collector campaign init --from-notice` (the 2037年度政府信息公开工作年度报告
owing the 32 departments a Word 初稿 by 01-16 17:00 and, after review, the stamped 定稿 as a PDF scan by 01-27 17:00;
the 2038年春节假期值班安排 owing the 28 towns and the 32 departments an Excel 值班表 by 01-30 16:00, changes resent
later) beside the built-in 5·15 (2023) one; 46 mails labelled by hand, written apart from the routing code. The bar
of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
from mixed_suite import kept_draft_as_drafted
import test_match_mixed22 as m22t
from test_match_mixed27 import attachments, by_case, docx_text, message, pdf_pages

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed28"))
import make_mixed28  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))


def sheet(data: bytes):
    import openpyxl

    return openpyxl.load_workbook(io.BytesIO(data)).active


class TestMixed28Routing(RoutingTests):
    gen = make_mixed28
    cases = ["cg", "dg", "zb", "draft-late", "zb-late", "correction", "rfc2231-continued-filename", "reply-quoting-notice",
             "outlook-winmail-dat", "sent-on-behalf-of-another-unit", "final-without-draft", "gbk-body-labelled-gb2312",
             "final-as-iphone-heic", "final-sent-as-word", "one-mail-for-both-campaigns", "roster-changed-after-deadline",
             "bounce", "outlook-auto-reply", "resend-yi-ci-wei-zhun", "neighbours-template", "zone-not-asked",
             "raw-gbk-subject", "roster-typed-in-body", "roster-as-wechat-photo", "auto-reply"]
    size = (40, 55)
    open_mails = {  # README, After the fixes
        "026-final-sent-as-word": (
            "open since round 18: the 定稿 as an unstamped Word file, where a stamped PDF is asked, is filed under the 定稿 "
            "(partial); mixed2's clerk labels that shape (032, 033) filed and partial, and the earlier label is kept"),
        "025-final-as-iphone-heic": (
            "open since round 18: the PDF resend saying 以此为准, after the HEIC photos went to review, is flagged a "
            "correction by its words; the labelled 5·15 set (144-correction, the unit's first mail) flags such a mail so"),
    }

    def test_the_drafter_still_drafts_what_the_clerk_kept(self, tmp_path):
        """The drafter drafts the kept draft of every notice; the kept files are those drafts with the clerk's
        fixes, each requirement with the same due and units (the clerk changed ids, titles, parts and hints)."""
        kept = {c.id: c for c in self.campaigns()}
        for cid, notice in self.gen.NOTICE_FILES.items():
            (tmp_path / cid).mkdir()
            drafted = kept_draft_as_drafted(self.gen.CAMPAIGNS_DIR / notice, tmp_path / cid)
            assert drafted.id == cid
            assert [u.name for u in drafted.units] == [u.name for u in kept[cid].units]

            def owed(c):
                return [(r.due, sorted(u.name for u in c.units if r in c.requirements_for(u))) for r in c.requirements]

            assert owed(drafted) == owed(kept[cid])

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed28.ALL)
        nb, zb = cs[make_mixed28.NB], cs[make_mixed28.ZB]
        assert len(nb.units) == 32 and len(zb.units) == 60 and "八家子经济开发区" not in {u.name for u in zb.units}
        assert [r.id for r in nb.requirements] == make_mixed28.CGR + make_mixed28.DGR
        cg, dg = nb.requirements
        assert [p.id for p in cg.parts] == make_mixed28.CG_ALL and "docx" in cg.parts[0].formats
        assert [p.id for p in dg.parts] == make_mixed28.DG_ALL and dg.parts[0].formats == ["pdf"]
        (req,) = zb.requirements
        assert req.id == "zb" and [p.id for p in req.parts] == make_mixed28.ZB_ALL and "xlsx" in req.parts[0].formats
        assert cg.due < dg.due < req.due

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        import tnefparse
        from PIL import Image

        ((name, data),) = attachments(by_case(mailbox, "cg")[0])
        assert name.endswith("（初稿）.docx") and "年度报告（初稿）" in docx_text(data)
        ((name, data),) = attachments(by_case(mailbox, "dg")[0])
        assert name.endswith("（定稿）.pdf") and pdf_pages(data) == 3
        ((name, data),) = attachments(by_case(mailbox, "zb")[0])
        table = sheet(data)
        assert table["A1"].value == "2038年春节假期值班安排表" and table["A4"].value == "2月3日" and table["A10"].value == "2月9日"
        (cut,) = by_case(mailbox, "rfc2231-continued-filename")
        assert b"filename*1*=" in cut.raw and attachments(cut)[0][0].endswith("年度报告（初稿）.docx")
        (quoting,) = by_case(mailbox, "reply-quoting-notice")
        assert "县政府各部门：" in message(quoting).get_body(("plain",)).get_content()
        (tnef,) = by_case(mailbox, "outlook-winmail-dat")
        ((name, data),) = attachments(tnef)
        (inner,) = tnefparse.TNEF(data).attachments
        assert name == "winmail.dat" and inner.long_filename().endswith("（初稿）.docx") and "初稿" in docx_text(inner.data)
        (gbk,) = by_case(mailbox, "gbk-body-labelled-gb2312")
        body = gbk.raw.split(b'charset="gb2312"', 1)[1].split(b"\r\n\r\n", 1)[1].split(b"\r\n\r\n", 1)[0]
        import base64

        text = base64.b64decode(body)
        try:
            text.decode("gb2312")
            raise AssertionError("the body should not be GB2312")
        except UnicodeDecodeError:
            assert "退役军人事务局" in text.decode("gbk")
        heic, pdf = by_case(mailbox, "final-as-iphone-heic")
        assert all(n.endswith(".HEIC") and d[4:12] == b"ftypheic" for n, d in attachments(heic)) and len(attachments(heic)) == 3
        assert pdf_pages(attachments(pdf)[0][1]) == 3
        (word,) = by_case(mailbox, "final-sent-as-word")
        assert attachments(word)[0][0].endswith("（定稿）.docx")
        (both,) = by_case(mailbox, "one-mail-for-both-campaigns")
        assert [n.rsplit(".", 1)[1] for n, _ in attachments(both)] == ["pdf", "xlsx"]
        (bounce,) = by_case(mailbox, "bounce")
        assert message(bounce).get_content_type() == "multipart/report"
        (auto,) = by_case(mailbox, "outlook-auto-reply")
        assert message(auto)["Auto-Submitted"] == "auto-replied"
        first, second = by_case(mailbox, "resend-yi-ci-wei-zhun")
        assert second.is_correction and not first.is_correction
        (template,) = by_case(mailbox, "neighbours-template")
        assert "老大杖子乡" in sheet(attachments(template)[0][1])["A2"].value
        (raw,) = by_case(mailbox, "raw-gbk-subject")
        assert "县财政局春节值班表".encode("gbk") in raw.raw
        (typed,) = by_case(mailbox, "roster-typed-in-body")
        assert attachments(typed) == [] and "2月9日 带班" in message(typed).get_body(("plain",)).get_content()
        (photo,) = by_case(mailbox, "roster-as-wechat-photo")
        ((name, data),) = attachments(photo)
        assert name.startswith("微信图片_2038") and Image.open(io.BytesIO(data)).format == "JPEG"
        (changed,) = by_case(mailbox, "roster-changed-after-deadline")
        assert changed.is_correction and changed.received_at > dt.datetime(2038, 1, 30, 16, 0, tzinfo=SH)
        late = by_case(mailbox, "zb-late") + by_case(mailbox, "draft-late")
        dues = {"zb": dt.datetime(2038, 1, 30, 16, 0, tzinfo=SH), "cg": dt.datetime(2038, 1, 16, 17, 0, tzinfo=SH)}
        assert len(late) == 3 and all(m.received_at > dues[m.requirements[0]] for m in late)
