"""Routing on a thirtieth, held-out mixed mailbox (tests/fixtures/mixed30).

Two 2040 campaigns drafted by `collector campaign init --from-notice` (the 民生实事项目推进情况月报 owing 8 named
牵头单位 an Excel 月报表 and a Word 文字说明 each month: January's by 02-05 17:00, February's by 03-05 17:00; the
政务新媒体自查整改 owing the 28 towns and the 32 departments an Excel 自查表 and a Word 问题整改清单 by 03-13 16:00)
beside the built-in 5·15 (2023) one; 43 mails labelled by hand, written apart from the routing code. The bar of
tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
import test_match_mixed28 as m28t
from test_match_mixed27 import attachments, by_case, docx_text, message

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed30"))
import make_mixed30  # noqa: E402
from mixed30_docs import tnef_titles  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))


def sheet(data: bytes):
    import openpyxl

    return openpyxl.load_workbook(io.BytesIO(data)).active


def kinds(mail) -> list[str]:
    return [n.rsplit(".", 1)[1] for n, _ in attachments(mail)]


class TestMixed30Routing(RoutingTests):
    gen = make_mixed30
    cases = ["yb1", "yb2", "zc", "yb-late", "zc-late", "correction", "winmail-dat", "winmail-resend", "unit-not-owing",
             "february-before-march", "two-months-one-mail", "reply-quoting-notice", "163-huge-attachment-link",
             "note-only-table-later", "auto-reply", "gbk-labelled-gb2312", "thunderbird-rfc2231-names",
             "other-units-template", "sent-on-behalf", "reminder-bounced", "table-only-nothing-found",
             "wechat-copy-names", "one-mail-for-both-campaigns"]
    size = (40, 55)
    open_mails = {  # README, After the fixes: three labels that earlier sets' clerks decide the other way
        "017-winmail-dat": (
            "open since round 20: the files inside winmail.dat are read and filed; mixed19's and mixed28's clerks "
            "label that shape filed (拆开就是…照收), this one holds it for a person who cannot open it"),
        "023-two-months-one-mail": (
            "open since round 20: one mail with both months' reports is filed under both requirements, as the first "
            "mixed set's clerk labels two reports in one mail (一封邮件两份报告：两项都算); this label, one requirement a "
            "mail, holds it for a person"),
        "025-163-huge-attachment-link": (
            "open since round 20: a mail whose files are only behind 163 超大附件 links is filed with a note to download "
            "them, as mixed8, mixed10, mixed23 and mixed25 label it; this label holds it for a person"),
    }

    # the drafter drafts the kept draft of every notice; each requirement keeps its due and units
    test_the_drafter_still_drafts_what_the_clerk_kept = (
        m28t.TestMixed28Routing.test_the_drafter_still_drafts_what_the_clerk_kept)
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed30.ALL)
        yb, zc = cs[make_mixed30.YB], cs[make_mixed30.ZC]
        assert [u.name for u in yb.units] == ["县发改局", "县教育局", "县人社局", "县住建局", "县交通局", "县卫健局", "县民政局",
                                              "县水利局"]
        assert [r.id for r in yb.requirements] == make_mixed30.YB1 + make_mixed30.YB2
        jan, feb = yb.requirements
        for req in (jan, feb):
            table, note = req.parts
            assert [table.id, note.id] == make_mixed30.YB_ALL
            assert "xlsx" in table.formats and "csv" not in table.formats and "docx" in note.formats
        assert jan.due == dt.datetime(2040, 2, 5, 17, 0, tzinfo=SH) and feb.due == dt.datetime(2040, 3, 5, 17, 0, tzinfo=SH)
        assert len(zc.units) == 60 and "八家子经济开发区" not in {u.name for u in zc.units}
        (req,) = zc.requirements
        assert [req.id] == make_mixed30.ZCR and [p.id for p in req.parts] == make_mixed30.ZC_ALL
        table, listing = req.parts
        assert "xlsx" in table.formats and "docx" in listing.formats and "xlsx" not in listing.formats
        assert feb.due < req.due

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        for case, month in (("yb1", 1), ("yb2", 2)):
            for m in by_case(mailbox, case):
                (table, note) = attachments(m)
                assert sheet(table[1])["A1"].value == f"2040年民生实事项目推进情况月报表（{month}月份）"
                assert f"2040年{month}月份民生实事项目推进情况" in docx_text(note[1])
        for m in by_case(mailbox, "zc"):
            (table, listing) = attachments(m)
            assert sheet(table[1])["A1"].value == "政务新媒体自查表" and "整改清单" in docx_text(listing[1])
        (wrapped,) = by_case(mailbox, "winmail-dat")
        ((name, data),) = attachments(wrapped)
        assert name == "winmail.dat" and data[:4] == bytes.fromhex("789f3e22")
        assert tnef_titles(data) == ["卫健局1月份民生实事项目推进情况月报表.xlsx", "卫健局1月份民生实事推进情况.docx"]
        (resend,) = by_case(mailbox, "winmail-resend")
        assert kinds(resend) == ["xlsx", "docx"] and not resend.is_correction
        (not_owing,) = by_case(mailbox, "unit-not-owing")
        assert "财政局" in sheet(attachments(not_owing)[0][1])["A2"].value
        (early,) = by_case(mailbox, "february-before-march")
        assert early.received_at < dt.datetime(2040, 3, 1, tzinfo=SH)
        assert sheet(attachments(early)[0][1])["A1"].value.endswith("（2月份）")
        (two,) = by_case(mailbox, "two-months-one-mail")
        assert [sheet(d)["A1"].value[-5:] for n, d in attachments(two) if n.endswith(".xlsx")] == ["（1月份）", "（2月份）"]
        (quoting,) = by_case(mailbox, "reply-quoting-notice")
        body = message(quoting).get_body(("plain",)).get_content()
        assert "1月份推进情况" in body and "原始邮件" in body and kinds(quoting) == ["xlsx", "docx"]
        (huge,) = by_case(mailbox, "163-huge-attachment-link")
        assert attachments(huge) == [] and "large-attachment-download" in message(huge).get_body(("plain",)).get_content()
        (half,) = by_case(mailbox, "note-only-table-later")
        assert kinds(half) == ["docx"]
        (gbk,) = by_case(mailbox, "gbk-labelled-gb2312")
        body = base64.b64decode(gbk.raw.split(b'charset="gb2312"', 1)[1].split(b"\r\n\r\n", 1)[1].split(b"\r\n\r\n", 1)[0])
        assert "王喆" in body.decode("gbk")
        try:
            body.decode("gb2312")
            raise AssertionError("the body should not be GB2312")
        except UnicodeDecodeError:
            pass
        (tb,) = by_case(mailbox, "thunderbird-rfc2231-names")
        assert b"filename*0*=utf-8''" in tb.raw and b"filename*1*=" in tb.raw
        assert attachments(tb)[0][0] == "建昌县司法局2040年政务新媒体自查表（微信公众号、抖音号）.xlsx"
        (template,) = by_case(mailbox, "other-units-template")
        table = sheet(attachments(template)[0][1])
        assert "建昌镇" in table["A2"].value and "八家子镇" in table["B4"].value
        (behalf,) = by_case(mailbox, "sent-on-behalf")
        assert "乡村振兴局" in sheet(attachments(behalf)[0][1])["A2"].value and "代" in message(behalf)["Subject"]
        (bounce,) = by_case(mailbox, "reminder-bounced")
        assert message(bounce).get_content_type() == "multipart/report" and b"Status: 5.1.1" in bounce.raw
        (only,) = by_case(mailbox, "table-only-nothing-found")
        assert kinds(only) == ["xlsx"]
        (wechat,) = by_case(mailbox, "wechat-copy-names")
        assert [n for n, _ in attachments(wechat)] == ["政务新媒体自查表(1).xlsx", "问题整改清单(2).docx"]
        assert "杨树湾子乡" in sheet(attachments(wechat)[0][1])["A2"].value
        (both,) = by_case(mailbox, "one-mail-for-both-campaigns")
        assert kinds(both) == ["xlsx", "docx", "xlsx", "docx"]
        fixes = by_case(mailbox, "correction")
        assert len(fixes) == 2 and all(m.is_correction for m in fixes)
        assert "以此为准" in message(fixes[0]).get_body(("plain",)).get_content()
        autos = by_case(mailbox, "auto-reply")
        assert all(message(m)["Auto-Submitted"] == "auto-replied" for m in autos)
        late = by_case(mailbox, "yb-late") + by_case(mailbox, "zc-late")
        dues = {"yb1": dt.datetime(2040, 2, 5, 17, 0, tzinfo=SH), "zc": dt.datetime(2040, 3, 13, 16, 0, tzinfo=SH)}
        assert len(late) == 2 and all(m.received_at > dues[m.requirements[0]] for m in late)
