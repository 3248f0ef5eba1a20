"""Routing on a thirty-third, held-out mixed mailbox (tests/fixtures/mixed33).

Two March 2043 campaigns drafted by `collector campaign init --from-notice` (the 网络安全等级保护自查 owing the 32
departments the 自查报告 and 自查表 by 03-13 17:00 and the 整改情况报告 by 03-31 17:00; the 衔接资金项目公告公示情况 owing
the 28 towns and townships the 登记表 and at least two photos of the 公示 by 03-24 17:00) beside the built-in 5·15
(2023) one; 43 mails labelled by hand, written apart from the routing code. The bar of
tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
import test_match_mixed28 as m28t
from test_match_mixed27 import attachments, by_case, docx_text, message
from test_match_mixed32 import opens_as_image, plain, sheet

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed33"))
import make_mixed33  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"zc": dt.datetime(2043, 3, 13, 17, 0, tzinfo=SH), "zg": dt.datetime(2043, 3, 31, 17, 0, tzinfo=SH),
        "gs": dt.datetime(2043, 3, 24, 17, 0, tzinfo=SH)}


def zipped(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


class TestMixed33Routing(RoutingTests):
    gen = make_mixed33
    cases = ["zc-clean", "zg-clean", "gs-clean", "zc-late", "zg-late", "gs-late", "correction", "question",
             "early-rectification", "disclaimer-footer", "name-in-content-type-only", "outlook-recall",
             "password-locked-pdf", "percent-encoded-names", "no-problems-found", "qp-gb18030-body",
             "qq-transfer-link", "table-after-link", "zip-in-zip", "webp-photos", "watermark-camera-names",
             "first-then-fixed-table", "project-bank-for-another-office"]
    size = (40, 55)
    open_mails = {  # README, After the fixes: a label an earlier set's clerk decides the other way
        "023-outlook-recall": (
            "open since round 23: Outlook's recall request is held for a person, named as a recall, as mixed11's "
            "clerk labels it (someone strikes out the recalled mail); this label ignores it, the resend deciding"),
    }

    # the drafter drafts the kept draft of every notice; each requirement keeps its due and units
    test_the_drafter_still_drafts_what_the_clerk_kept = (
        m28t.TestMixed28Routing.test_the_drafter_still_drafts_what_the_clerk_kept)
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed33.ALL)
        wb, gs = cs[make_mixed33.WB], cs[make_mixed33.GS]
        assert len(wb.units) == 32 and {"县发改局", "县税务局", "县医保局"} <= {u.name for u in wb.units}
        assert not {"县气象局", "建昌镇"} & {u.name for u in wb.units}
        assert len(gs.units) == 28 and "八家子经济开发区" not in {u.name for u in gs.units}
        zc, zg = wb.requirements
        (gsr,) = gs.requirements
        assert [zc.id, zg.id, gsr.id] == make_mixed33.ZC + make_mixed33.ZG + make_mixed33.GSR
        assert [(p.id, p.kind) for p in zc.parts] == [("doc", "document"), ("table", "document")]
        assert [p.id for p in zg.parts] == make_mixed33.ZG_ALL
        assert [(p.id, p.kind, p.min_count) for p in gsr.parts] == [("table", "document", 1), ("photos", "photo", 2)]
        assert {r.id: r.due for r in (zc, zg, gsr)} == DUES

    def test_every_picture_opens(self, mailbox):
        pictures = [d for m in mailbox for n, d in attachments(m) if n.lower().endswith((".jpg", ".jpeg", ".png", ".webp"))]
        for m in by_case(mailbox, "zip-in-zip"):
            for n, d in zipped(attachments(m)[0][1]).items():
                pictures += [p for q, p in zipped(d).items()] if n.endswith(".zip") else []
        assert len(pictures) >= 30 and all(opens_as_image(d) for d in pictures)

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        for m in by_case(mailbox, "zc-clean"):
            (report, doc), (table, xlsx) = attachments(m)
            assert report.endswith("自查报告.docx") and "等级保护自查报告" in docx_text(doc)
            assert table.endswith("自查表.xlsx") and sheet(xlsx)["A1"].value == "网络安全等级保护自查表"
        for m in by_case(mailbox, "zg-clean") + by_case(mailbox, "zg-late"):
            ((name, doc),) = attachments(m)
            assert name.endswith("整改情况报告.docx") and "整改" in docx_text(doc)
        for m in by_case(mailbox, "gs-clean") + by_case(mailbox, "gs-late"):
            files = attachments(m)
            assert [n[-4:] for n, _ in files] == [".jpg"] * 4 + ["xlsx"]
            assert sheet(files[-1][1])["A2"].value == "填报单位：" + m.unit + "人民政府"
        zc, zg = by_case(mailbox, "early-rectification")
        assert zg.received_at < DUES["zc"] and "整改情况报告" in docx_text(attachments(zg)[0][1])
        assert [n[-4:] for n, _ in attachments(zc)] == ["docx", "xlsx"]
        (question,) = by_case(mailbox, "question")
        assert attachments(question) == [] and "请回复" in plain(question)
        (tax,) = by_case(mailbox, "disclaimer-footer")
        assert "【外发】" in message(tax)["Subject"] and "confidential" in plain(tax) and len(attachments(tax)) == 2
        (bare,) = by_case(mailbox, "name-in-content-type-only")
        assert b"Content-Disposition: attachment\r\n" in bare.raw and b"filename" not in bare.raw
        assert [n for n, _ in attachments(bare)] == ["统计局网络安全等级保护自查报告.docx", "统计局网络安全等级保护自查表.xlsx"]
        first, recall = by_case(mailbox, "outlook-recall")
        assert len(attachments(first)) == 2 and attachments(recall) == [] and "撤回" in message(recall)["Subject"]
        fixes = by_case(mailbox, "correction")
        assert [m.unit for m in fixes] == ["县司法局", "素珠营子乡"] and all("以此为准" in plain(m) for m in fixes)
        assert all(m.is_correction for m in fixes) and recall.received_at < fixes[0].received_at
        (locked,) = by_case(mailbox, "password-locked-pdf")
        (pdf_name, pdf), (_, xlsx) = attachments(locked)
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(pdf))
        assert pdf_name.endswith("自查报告.pdf") and reader.is_encrypted and reader.decrypt("jc0312")
        assert "卫生健康局" in sheet(xlsx)["A2"].value
        (percent,) = by_case(mailbox, "percent-encoded-names")
        assert all(n.startswith("%E4%BD%8F%E5%BB%BA%E5%B1%80") for n, _ in attachments(percent))
        (none_found,) = by_case(mailbox, "no-problems-found")
        assert "未发现问题" in docx_text(attachments(none_found)[0][1])
        (qp,) = by_case(mailbox, "qp-gb18030-body")
        assert b"Content-Transfer-Encoding: quoted-printable" in qp.raw and b'charset="gb18030"' in qp.raw
        assert "龚喆" in plain(qp) and len(attachments(qp)) == 5
        (link,) = by_case(mailbox, "qq-transfer-link")
        assert [n[-4:] for n, _ in attachments(link)] == [".jpg"] * 4 and "mail.qq.com/cgi-bin/ftnExs_download" in plain(link)
        (after,) = by_case(mailbox, "table-after-link")
        assert [n[-4:] for n, _ in attachments(after)] == ["xlsx"] and after.received_at < DUES["gs"]
        (nested,) = by_case(mailbox, "zip-in-zip")
        ((zname, zdata),) = attachments(nested)
        inside = zipped(zdata)
        assert zname.endswith(".zip") and sum(n.endswith(".zip") for n in inside) == 2
        assert any(n.endswith("登记表.xlsx") for n in inside)
        assert all(len(zipped(d)) == 2 for n, d in inside.items() if n.endswith(".zip"))
        (webp,) = by_case(mailbox, "webp-photos")
        assert [d[8:12] for n, d in attachments(webp)[:4]] == [b"WEBP"] * 4
        (marked,) = by_case(mailbox, "watermark-camera-names")
        assert all(n.startswith("今日水印相机_2043") for n, _ in attachments(marked)[:4])
        (wrong_money,) = by_case(mailbox, "first-then-fixed-table")
        fixed = fixes[1]
        assert sheet(attachments(wrong_money)[-1][1])["D4"].value == 10 * sheet(attachments(fixed)[0][1])["D4"].value
        (elsewhere,) = by_case(mailbox, "project-bank-for-another-office")
        assert plain(elsewhere).startswith("县乡村振兴局") and "入库" in attachments(elsewhere)[0][0]
        title = sheet(attachments(elsewhere)[0][1])["A1"].value
        assert "入库项目申报表" in title and "公告公示" not in title  # what the mail was meant to carry
        late = by_case(mailbox, "zc-late") + by_case(mailbox, "zg-late") + by_case(mailbox, "gs-late")
        assert all(m.received_at > DUES[m.requirements[0]] for m in late)
        on_time = [m for m in mailbox if m.campaign in (make_mixed33.WB, make_mixed33.GS) and m not in late]
        assert all(m.received_at <= DUES[m.requirements[0]] for m in on_time)
