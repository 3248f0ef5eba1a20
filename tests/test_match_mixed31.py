"""Routing on a thirty-first, held-out mixed mailbox (tests/fixtures/mixed31).

Two 2041 campaigns drafted by `collector campaign init --from-notice` (the 办件量数据核实 owing the 32 departments a
result — “核实无误” typed in the mail, or the Excel 核实表 with 有误 — by 01-14 17:00; the 民生实事项目意见建议 owing the
28 towns and townships the Word 意见建议反馈表 or “无意见” typed in the mail by 02-28 16:00) beside the built-in 5·15
(2023) one; 44 mails labelled by hand, written apart from the routing code. The bar of tests/mixed_mailbox_tests.py:
every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
import test_match_mixed28 as m28t
from test_match_mixed27 import attachments, by_case, docx_text, message

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed31"))
import make_mixed31  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))


def sheet(data: bytes):
    import openpyxl

    return openpyxl.load_workbook(io.BytesIO(data)).active


def plain(mail) -> str:
    return message(mail).get_body(("plain",)).get_content()


class TestMixed31Routing(RoutingTests):
    gen = make_mixed31
    cases = ["hs-typed", "hs-table", "yj-typed", "yj-form", "hs-late", "yj-late", "correction", "reply-quoting-notice",
             "ack-not-answer", "answer-after-ack", "typed-then-corrected", "body-without-charset", "town-not-owing",
             "sent-table-back-unchanged", "iphone-heic-photos", "wrong-units-row", "straggler-in-next-window",
             "html-only-body", "mail-for-another-office", "subject-only-no-opinion", "zone-not-owing",
             "wechat-photo-names", "notice-attachment-name", "opinions-typed-in-body"]
    size = (40, 55)
    open_mails = {  # README, After the fixes
        "026-wrong-units-row": (
            "open since round 21: the 核实表 the 商务局 sends has 有误 on the 市场局's row, not its own; the collector "
            "reads the words 有误 (in the body too) and does not yet read which row a table's answer is on"),
        "038-mail-for-another-office": (
            "open since round 21: a mail to the 财政局农业股 sent to this mailbox by mistake is held for a person (who "
            "forwards it), where the label ignores it; holding it is kept on purpose: an ignored mail reaches no one"),
    }

    # the drafter drafts the kept draft of every notice; each requirement keeps its due and units
    test_the_drafter_still_drafts_what_the_clerk_kept = (
        m28t.TestMixed28Routing.test_the_drafter_still_drafts_what_the_clerk_kept)
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed31.ALL)
        hs, yj = cs[make_mixed31.HS], cs[make_mixed31.YJ]
        assert len(hs.units) == 32 and {"县发改局", "县林草局", "县医保局"} <= {u.name for u in hs.units}
        assert "建昌镇" not in {u.name for u in hs.units}
        assert len(yj.units) == 28 and "八家子经济开发区" not in {u.name for u in yj.units}
        (check,) = hs.requirements
        (opinion,) = yj.requirements
        assert [check.id] == make_mixed31.HSR and [opinion.id] == make_mixed31.YJR
        assert [(p.id, p.kind) for p in check.parts] == [("result", "field")]
        assert [(p.id, p.kind) for p in opinion.parts] == [("opinion", "field")]
        assert check.due == dt.datetime(2041, 1, 14, 17, 0, tzinfo=SH)
        assert opinion.due == dt.datetime(2041, 2, 28, 16, 0, tzinfo=SH)

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        for m in by_case(mailbox, "hs-typed"):
            assert attachments(m) == [] and "核实无误" in plain(m)
        for m in by_case(mailbox, "hs-table"):
            ((name, data),) = attachments(m)
            table = sheet(data)
            assert table["A1"].value == "2040年度政务服务事项办件量数据核实表" and table["G4"].value == "有误"
        for m in by_case(mailbox, "yj-typed"):
            assert attachments(m) == [] and "无意见" in plain(m)
        for m in by_case(mailbox, "yj-form"):
            ((name, data),) = attachments(m)
            assert "2041年县政府民生实事项目意见建议反馈表" in docx_text(data)
        (quoting,) = by_case(mailbox, "reply-quoting-notice")
        own, quoted = plain(quoting).split("原始邮件", 1)
        assert "核实无误" in own and "有误" not in own and "有误" in quoted and attachments(quoting) == []
        (ack,) = by_case(mailbox, "ack-not-answer")
        assert "无误" not in plain(ack) and "有误" not in plain(ack)
        (after,) = by_case(mailbox, "answer-after-ack")
        assert after.received_at > ack.received_at and "核实无误" in plain(after)
        first_hs, first_yj = by_case(mailbox, "typed-then-corrected")
        fixes = by_case(mailbox, "correction")
        assert [m.unit for m in fixes] == [first_hs.unit, first_yj.unit] and all(m.is_correction for m in fixes)
        assert all("以此为准" in plain(m) for m in fixes)
        assert sheet(attachments(fixes[0])[0][1])["G4"].value == "有误"
        assert "意见建议" in docx_text(attachments(fixes[1])[0][1])
        (bare,) = by_case(mailbox, "body-without-charset")
        assert b"Content-Type: text/plain\r\n" in bare.raw and b"charset" not in bare.raw.split(b"\r\n\r\n")[0]
        assert "核实无误".encode("gbk") in bare.raw and b"=?gbk?" in bare.raw
        (town,) = by_case(mailbox, "town-not-owing")
        assert "建昌镇" in plain(town)
        (back,) = by_case(mailbox, "sent-table-back-unchanged")
        table = sheet(attachments(back)[0][1])
        assert [table.cell(r, 7).value for r in range(3, 7)] == [None] * 4 and plain(back).strip() == "请查收。"
        (heic,) = by_case(mailbox, "iphone-heic-photos")
        assert [n for n, _ in attachments(heic)] == ["IMG_4512.HEIC", "IMG_4513.HEIC"]
        assert all(d[4:12] == b"ftypheic" for _, d in attachments(heic)) and "有误" in plain(heic)
        import pillow_heif
        from PIL import Image

        pillow_heif.register_heif_opener()
        assert all(Image.open(io.BytesIO(d)).size == (1008, 1344) for _, d in attachments(heic))  # real pictures
        (row,) = by_case(mailbox, "wrong-units-row")
        table = sheet(attachments(row)[0][1])
        assert "商务局" in table["A2"].value and table["B4"].value == "建昌县市场监督管理局"
        (straggler,) = by_case(mailbox, "straggler-in-next-window")
        assert straggler.received_at > dt.datetime(2041, 2, 20, tzinfo=SH) and "核实无误" in plain(straggler)
        (html,) = by_case(mailbox, "html-only-body")
        assert message(html).get_content_type() == "text/html" and "无意见" in message(html).get_content()
        (other,) = by_case(mailbox, "mail-for-another-office")
        assert "财政局" in plain(other) and "一事一议" in message(other)["Subject"]
        assert "一事一议" in docx_text(attachments(other)[0][1]) and "意见建议" not in docx_text(attachments(other)[0][1])
        (subj,) = by_case(mailbox, "subject-only-no-opinion")
        assert message(subj)["Subject"].endswith("无意见") and plain(subj).strip() == ""
        (zone,) = by_case(mailbox, "zone-not-owing")
        assert "八家子经济开发区" in docx_text(attachments(zone)[0][1])
        (wechat,) = by_case(mailbox, "wechat-photo-names")
        assert [n for n, _ in attachments(wechat)] == ["微信图片_20410225101533.jpg", "微信图片_20410225101541.jpg"]
        assert all(d[:3] == b"\xff\xd8\xff" for _, d in attachments(wechat))
        (numbered,) = by_case(mailbox, "notice-attachment-name")
        assert [n for n, _ in attachments(numbered)] == ["附件2.docx"]
        assert "老大杖子乡" in docx_text(attachments(numbered)[0][1])
        (typed,) = by_case(mailbox, "opinions-typed-in-body")
        assert attachments(typed) == [] and "意见建议如下" in plain(typed)
        dues = {"hs": dt.datetime(2041, 1, 14, 17, 0, tzinfo=SH), "yj": dt.datetime(2041, 2, 28, 16, 0, tzinfo=SH)}
        late = by_case(mailbox, "hs-late") + by_case(mailbox, "yj-late") + [straggler]
        assert all(m.received_at > dues[m.requirements[0]] for m in late)
