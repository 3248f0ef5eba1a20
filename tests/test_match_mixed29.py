"""Routing on a twenty-ninth, held-out mixed mailbox (tests/fixtures/mixed29).

Two March 2039 campaigns drafted by `collector campaign init --from-notice` (the 2038年度文书档案移交目录 owing the 32
departments the Excel 移交目录 and the signed, stamped 档案移交清单 as a PDF scan by 03-20 17:00; the
涉企违规收费问题线索排查 owing the 28 towns and the 32 departments an Excel 排查情况统计表 by 03-27 16:00, a 零报告
being the same table with 0) beside the built-in 5·15 (2023) one; 43 mails labelled by hand, written apart from
the routing code. The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
import test_match_mixed28 as m28t
from test_match_mixed27 import attachments, by_case, docx_text, message, pdf_pages

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed29"))
import make_mixed29  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))


def sheet(data: bytes):
    import openpyxl

    return openpyxl.load_workbook(io.BytesIO(data)).active


def leaves(mail) -> list:
    """Every non-multipart part after the first text, named or not."""
    return [p for p in message(mail).walk() if not p.is_multipart()][1:]


class TestMixed29Routing(RoutingTests):
    gen = make_mixed29
    cases = ["da", "pc", "da-late", "pc-late", "da-straggler-may", "correction", "catalog-then-list", "list-never-sent",
             "attachments-without-names", "default-file-names", "list-scanned-page-per-file", "town-not-asked",
             "zero-then-clue-correction", "zero-typed-no-table", "gbk-body-labelled-utf8", "no-subject",
             "iphone-inline-attachment", "clue-with-word-note", "pc-in-reply-to-da-receipt",
             "outlook2010-gb2312-q-filename", "qq-vacation-auto-reply", "one-mail-for-both-campaigns", "auto-reply"]
    size = (40, 55)

    # the drafter drafts the kept draft of every notice; each requirement keeps its due and units
    test_the_drafter_still_drafts_what_the_clerk_kept = (
        m28t.TestMixed28Routing.test_the_drafter_still_drafts_what_the_clerk_kept)
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed29.ALL)
        da, pc = cs[make_mixed29.DA], cs[make_mixed29.PC]
        assert len(da.units) == 32 and len(pc.units) == 60 and "八家子经济开发区" not in {u.name for u in pc.units}
        assert "建昌镇" not in {u.name for u in da.units}
        (req,) = da.requirements
        assert [req.id] == make_mixed29.DAR and [p.id for p in req.parts] == make_mixed29.DA_ALL
        catalog, listing = req.parts
        assert "xlsx" in catalog.formats and listing.formats == ["pdf"]
        (table_req,) = pc.requirements
        assert [table_req.id] == make_mixed29.PCR and [p.id for p in table_req.parts] == make_mixed29.PC_ALL
        assert "xlsx" in table_req.parts[0].formats and "csv" not in table_req.parts[0].formats
        assert req.due < table_req.due

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        (catalog, listing) = attachments(by_case(mailbox, "da")[0])
        assert catalog[0].endswith("移交目录.xlsx") and sheet(catalog[1])["A1"].value == "2038年度文书档案移交目录"
        assert listing[0].endswith("移交清单.pdf") and pdf_pages(listing[1]) == 2
        ((name, data),) = attachments(by_case(mailbox, "pc")[0])
        table = sheet(data)
        assert table["A1"].value == "涉企违规收费问题线索排查情况统计表" and table["C4"].value == 0
        first, second = by_case(mailbox, "catalog-then-list")
        assert [n[-9:] for n, _ in attachments(first)] == ["移交目录.xlsx"] and attachments(second)[0][0].endswith("清单.pdf")
        (half,) = by_case(mailbox, "list-never-sent")
        assert [n.rsplit(".", 1)[1] for n, _ in attachments(half)] == ["xlsx"]
        (nameless,) = by_case(mailbox, "attachments-without-names")
        parts = leaves(nameless)
        assert attachments(nameless) == [] and [p.get_content_type() for p in parts] == [
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf"]
        assert "人力资源和社会保障局" in sheet(parts[0].get_content())["A2"].value
        (default,) = by_case(mailbox, "default-file-names")
        assert [n for n, _ in attachments(default)][0] == "新建 Microsoft Excel 工作表.xlsx"
        assert attachments(default)[1][0].startswith("扫描全能王 2039-03-15")
        assert "审计局" in sheet(attachments(default)[0][1])["A2"].value
        (pages,) = by_case(mailbox, "list-scanned-page-per-file")
        assert [pdf_pages(d) for n, d in attachments(pages) if n.endswith(".pdf")] == [1, 1]
        (town,) = by_case(mailbox, "town-not-asked")
        assert "建昌镇" in sheet(attachments(town)[0][1])["A2"].value
        zero, clue = by_case(mailbox, "zero-then-clue-correction")
        assert sheet(attachments(zero)[0][1])["C4"].value == 0 and sheet(attachments(clue)[0][1])["C4"].value == 1
        assert clue.is_correction and not zero.is_correction
        (typed,) = by_case(mailbox, "zero-typed-no-table")
        assert attachments(typed) == [] and "零报告" in message(typed).get_body(("plain",)).get_content()
        (gbk,) = by_case(mailbox, "gbk-body-labelled-utf8")
        import base64

        body = base64.b64decode(gbk.raw.split(b'charset="utf-8"', 1)[1].split(b"\r\n\r\n", 1)[1].split(b"\r\n\r\n", 1)[0])
        try:
            body.decode("utf-8")
            raise AssertionError("the body should not be UTF-8")
        except UnicodeDecodeError:
            assert "玲珑塔镇" in body.decode("gbk")
        (bare,) = by_case(mailbox, "no-subject")
        assert message(bare)["Subject"] is None and attachments(bare)[0][0].startswith("喇嘛洞镇")
        (inline,) = by_case(mailbox, "iphone-inline-attachment")
        leaf = leaves(inline)
        assert leaf[0].get_content_disposition() == "inline" and leaf[0].get_filename().endswith("统计表.xlsx")
        assert "发自我的iPhone" in leaf[-1].get_content()
        (noted,) = by_case(mailbox, "clue-with-word-note")
        assert [n.rsplit(".", 1)[1] for n, _ in attachments(noted)] == ["xlsx", "docx"]
        assert "问题线索" in docx_text(attachments(noted)[1][1])
        (thread,) = by_case(mailbox, "pc-in-reply-to-da-receipt")
        assert "档案移交目录" in message(thread)["Subject"] and attachments(thread)[0][0].endswith("统计表.xlsx")
        (q,) = by_case(mailbox, "outlook2010-gb2312-q-filename")
        assert b"=?gb2312?Q?" in q.raw and attachments(q)[0][0] == "商务局涉企违规收费问题线索排查情况统计表.xlsx"
        (auto,) = by_case(mailbox, "qq-vacation-auto-reply")
        assert message(auto)["Auto-Submitted"] is None and "自动回复" in message(auto)["Subject"]
        (both,) = by_case(mailbox, "one-mail-for-both-campaigns")
        assert [n.rsplit(".", 1)[1] for n, _ in attachments(both)] == ["xlsx", "pdf", "xlsx"]
        (fix,) = by_case(mailbox, "correction")
        assert fix.is_correction and attachments(fix)[0][0].endswith("（更正）.xlsx")
        late = by_case(mailbox, "pc-late") + by_case(mailbox, "da-late") + by_case(mailbox, "da-straggler-may")
        dues = {"pc": dt.datetime(2039, 3, 27, 16, 0, tzinfo=SH), "da": dt.datetime(2039, 3, 20, 17, 0, tzinfo=SH)}
        assert len(late) == 4 and all(m.received_at > dues[m.requirements[0]] for m in late)
