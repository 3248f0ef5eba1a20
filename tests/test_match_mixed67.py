"""Routing on a sixty-seventh, held-out mixed mailbox (tests/fixtures/mixed67).

Two 2077 campaigns drafted by `collector campaign init --from-notice` — the 汇报材料 for the 县政府第18次常务会议 (six
departments the notice names: a Word 汇报材料 and a PPT 演示文稿, by 09-16 17:00 in the notice and 09-15 17:00 since the
office's 补充通知, a mail of this mailbox) and the 2077年度双随机一公开抽查结果公示 (the 32 departments: the Excel 抽查结果
汇总表 and the 公示 page's screenshot or link, by 09-24 17:00) — beside the built-in 5·15 (2023) one; 41 mails labelled
by hand, written apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every mail right in both
draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import sys
import zipfile
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
from mixed_suite import assert_drafted_as_kept
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, docx_text, message
from test_match_mixed32 import opens_as_image, plain
from test_match_mixed36 import one, sender

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed67"))
sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed42"))
import make_mixed67  # noqa: E402
import mixed67_docs  # noqa: E402
from office_files import cfb_streams  # noqa: E402

from collector.campaign import load_campaigns  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"hb": dt.datetime(2077, 9, 15, 17, 0, tzinfo=SH), "cc": dt.datetime(2077, 9, 24, 17, 0, tzinfo=SH)}
HB_NOTICE_DUE = dt.datetime(2077, 9, 16, 17, 0, tzinfo=SH)
HB_UNITS = ["县发改局", "县财政局", "县住建局", "县交通局", "县水利局", "县农业农村局"]
official, short = mixed67_docs.official, mixed67_docs.short
HB, CC = make_mixed67.HB, make_mixed67.CC


def attachments(mail) -> list[tuple[str, bytes]]:
    return [(p.get_filename(), p.get_payload(decode=True)) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename()]


def ext(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower()


def cells(data: bytes) -> str:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data))
    return "\n".join(" ".join(str(v) for v in row if v is not None)
                     for ws in wb.worksheets for row in ws.iter_rows(values_only=True))


def pptx_text(data: bytes) -> str:
    z = zipfile.ZipFile(io.BytesIO(data))
    return "\n".join(z.read(n).decode("utf-8") for n in sorted(z.namelist()) if n.startswith("ppt/slides/slide"))


def dps_text(data: bytes) -> str:
    """The TextCharsAtom records (0x0FA0) of a .dps's PowerPoint Document stream."""
    import struct

    stream = cfb_streams(data)["PowerPoint Document"]
    out, i = [], 0
    while i + 8 <= len(stream):
        ver, rtype, size = struct.unpack_from("<HHI", stream, i)
        if ver & 0x0F == 0x0F:  # a container: step inside
            i += 8
            continue
        if rtype == 0x0FA0:
            out.append(stream[i + 8:i + 8 + size].decode("utf-16-le"))
        i += 8 + size
    return "\n".join(out)


class TestMixed67Routing(RoutingTests):
    gen = make_mixed67
    cases = ["hb-clean", "cc-clean", "cc-late", "office-supplement-moves-deadline", "slides-correction", "wps-dps-slides",
             "one-mail-both-campaigns", "doc-revised-minutes-before-due", "slides-as-pdf-doc-read-only", "bounce-of-oversized-forwarded",
             "split-resend-after-bounce", "asks-for-more-time", "hb-between-deadlines",
             "uninvited-department-sends-report", "link-in-body-for-screenshot", "link-only-no-table",
             "coremail-gb2312-headers", "nothing-inspected-table-only", "wechat-article-link-not-site",
             "reply-to-the-other-notice", "page-printed-to-pdf", "link-only-inside-the-table", "zone-not-asked"]
    size = (40, 50)
    has_corrections = True  # 县发改局's 演示文稿, 县水利局's 汇报材料 (以此稿为准)

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_the_drafter_still_drafts_what_the_clerk_kept(self, tmp_path):
        """As for every mailbox, except that the 汇报材料's deadline is the 补充通知's (clerk's fix A4): the kept file
        with the notice's own 09-16 17:00 put back is what the drafter drafts."""
        kept = {c.id: c for c in self.campaigns()}
        assert kept[HB].requirements[0].due == DUES["hb"]
        for cid, notice in self.gen.NOTICE_FILES.items():
            (tmp_path / cid).mkdir()
            campaign = kept[cid] if cid != HB else self.before_the_supplement(tmp_path / "hb")
            assert_drafted_as_kept(self.gen.CAMPAIGNS_DIR / notice, campaign, tmp_path / cid)

    @staticmethod
    def before_the_supplement(where: Path):
        where.mkdir()
        kept = make_mixed67.CAMPAIGN_FILES[0]
        text = kept.read_text(encoding="utf-8")
        assert text.count("due: 2077-09-15 17:00:00+08:00") == 1
        (where / kept.name).write_text(text.replace("due: 2077-09-15 17:00:00+08:00", "due: 2077-09-16 17:00:00+08:00"),
                                       encoding="utf-8")
        shutil.copy(make_mixed67.CAMPAIGNS_DIR / make_mixed67.NOTICE_FILES[HB], where)
        (campaign,) = load_campaigns([str(where / kept.name)])
        assert campaign.requirements[0].due == HB_NOTICE_DUE
        return campaign

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed67.ALL)
        hb, cc = cs[HB], cs[CC]
        assert [u.name for u in hb.units] == HB_UNITS
        cc_units = [u.name for u in cc.units]
        assert len(cc_units) == 32 and set(HB_UNITS) <= set(cc_units) and "县商务局" in cc_units
        assert not {"八家子经济开发区", "建昌镇"} & set(cc_units)
        (report,), (check,) = hb.requirements, cc.requirements
        assert [report.id, check.id] == make_mixed67.HBR + make_mixed67.CCR
        assert {(p.id, p.kind) for p in report.parts} == {("doc", "document"), ("ppt", "document")}
        fmts = {p.id: p.formats for p in report.parts}
        assert "docx" in fmts["doc"] and "dps" in fmts["ppt"] and "pptx" in fmts["ppt"] and "pdf" not in fmts["ppt"]
        assert [(p.id, p.kind) for p in check.parts] == [("table", "document"), ("page", "photo")]
        assert (report.due, check.due) == (DUES["hb"], DUES["cc"])

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        dues = {HB: DUES["hb"], CC: DUES["cc"]}
        # the 汇报材料 filed: the unit's Word 汇报材料 and/or its deck, as the parts say
        for m in mailbox:
            if m.campaign != HB:
                continue
            files = attachments(m)
            docs = [d for n, d in files if ext(n) == "docx"]
            decks = [(n, d) for n, d in files if ext(n) in ("pptx", "dps", "pdf")]
            assert bool(docs) == ("doc" in m.parts) and bool(decks) == ("ppt" in m.parts), m.name
            for d in docs:
                assert official(m.unit) in docx_text(d) and "常务会议" in docx_text(d)
            for n, d in decks:
                if ext(n) == "pptx":
                    assert official(m.unit) in pptx_text(d)
                elif ext(n) == "dps":
                    assert official(m.unit) in dps_text(d)
                else:
                    assert d[:5] == b"%PDF-"
            assert (m.received_at > dues[HB]) == (m.case == "hb-between-deadlines"), m.name
        # the 抽查结果 filed: the unit's 汇总表 when `table`, a screenshot, a page PDF or a site link when `page`
        for m in mailbox:
            if m.campaign != CC:
                continue
            files = attachments(m)
            tables = [d for n, d in files if ext(n) == "xlsx"]
            pages = [d for n, d in files if ext(n) in ("png", "pdf")]
            links = [m for m in [m] if mixed67_docs.SITE in plain(m)] or [d for d in tables if mixed67_docs.SITE in cells(d)]
            assert bool(tables) == ("table" in m.parts), m.name
            assert bool(pages or links) == ("page" in m.parts), m.name
            for d in tables:
                assert official(m.unit) in cells(d) and mixed67_docs.CC_TITLE in cells(d)
                assert "常务会议" not in cells(d)
            assert (m.received_at > dues[CC]) == (m.case == "cc-late"), m.name
        # the office's 补充通知: from the mailbox itself, both dates
        supp = one(mailbox, "office-supplement-moves-deadline")
        assert sender(supp) == make_mixed67.OFFICE and "9月15日（星期三）17:00" in plain(supp) and not attachments(supp)
        assert supp.received_at < min(m.received_at for m in mailbox if m.campaign == HB and m.case != "hb-clean")
        # the correction: the deck only, the first mail of the same address before it
        corr = one(mailbox, "slides-correction")
        assert corr.is_correction and [ext(n) for n, _ in attachments(corr)] == ["pptx"] and "以此稿为准" in plain(corr)
        rev = one(mailbox, "doc-revised-minutes-before-due")
        assert rev.is_correction and [ext(n) for n, _ in attachments(rev)] == ["docx"] and "以此稿为准" in plain(rev)
        assert dt.timedelta(0) < DUES["hb"] - rev.received_at < dt.timedelta(minutes=5)
        assert sender(rev) == sender(one(mailbox, "wps-dps-slides"))
        # the .dps: a compound file, not a zip; the PDF deck has as many pages as the slides
        (dps,) = [d for n, d in attachments(one(mailbox, "wps-dps-slides")) if ext(n) == "dps"]
        assert dps[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" and "Current User" in cfb_streams(dps)
        from pypdf import PdfReader

        pdf_mail = one(mailbox, "slides-as-pdf-doc-read-only")
        ((doc_name, doc), (_, deck)) = attachments(pdf_mail)
        assert len(PdfReader(io.BytesIO(deck)).pages) == 4
        assert b'w:edit="readOnly"' in zipfile.ZipFile(io.BytesIO(doc)).read("word/settings.xml")
        # one mail, both campaigns' files
        both = one(mailbox, "one-mail-both-campaigns")
        assert sorted(ext(n) for n, _ in attachments(both)) == ["docx", "png", "pptx", "xlsx"]
        assert both.unit == "REVIEW" and "县财政局" in HB_UNITS
        # the bounce and the split resend: same address, the bounce quoting 163's 552, no file; then doc, then deck
        bounce = one(mailbox, "bounce-of-oversized-forwarded")
        split = by_case(mailbox, "split-resend-after-bounce")
        assert "552 Message size exceeds" in plain(bounce) and "系统退信" in plain(bounce) and not attachments(bounce)
        assert {sender(m) for m in split} == {sender(bounce)} and [m.parts for m in split] == [["doc"], ["ppt"]]
        assert bounce.received_at < split[0].received_at < split[1].received_at < DUES["hb"]
        assert not any(m.is_correction for m in split)
        # 县交通局: the question before the new due, the files after it, before the notice's own due
        ask, late = one(mailbox, "asks-for-more-time"), one(mailbox, "hb-between-deadlines")
        assert not attachments(ask) and ask.received_at < DUES["hb"] < late.received_at < HB_NOTICE_DUE
        assert sender(ask) == sender(late)
        # 县商务局 is not among the six
        assert "县商务局" not in HB_UNITS and one(mailbox, "uninvited-department-sends-report").unit == "REVIEW"
        # the links: the site in the body / in the table; 教育局's WeChat link is not the site
        assert mixed67_docs.SITE in plain(one(mailbox, "link-in-body-for-screenshot"))
        assert not attachments(one(mailbox, "link-only-no-table"))
        inside = one(mailbox, "link-only-inside-the-table")
        assert mixed67_docs.SITE not in plain(inside) and mixed67_docs.SITE in cells(attachments(inside)[0][1])
        wechat = one(mailbox, "wechat-article-link-not-site")
        assert "mp.weixin.qq.com" in plain(wechat) and mixed67_docs.SITE not in plain(wechat)
        assert "本年度未开展抽查" in cells(attachments(one(mailbox, "nothing-inspected-table-only"))[0][1])
        # Coremail: GB2312 words in From, Subject and the file names; the body GB2312
        gov = one(mailbox, "coremail-gb2312-headers")
        head = gov.raw.split(b"\r\n\r\n", 1)[0]
        assert b"From: \"=?gb2312?B?" in head and b"Subject: =?gb2312?B?" in head and b"Coremail" in head
        assert gov.raw.count(b'filename="=?gb2312?B?') == 2 and b'charset="gb2312"' in gov.raw
        assert sender(gov).endswith("@jianchang.gov.cn") and "应急" in str(message(gov)["Subject"])
        # 县水利局's reply on the 常务会议 notice carries the 抽查结果
        reply = one(mailbox, "reply-to-the-other-notice")
        assert str(message(reply)["Subject"]).startswith("回复：关于报送县政府第18次常务会议")
        assert reply.campaign == CC and sorted(ext(n) for n, _ in attachments(reply)) == ["png", "xlsx"]
        # the zone is no department
        assert one(mailbox, "zone-not-asked").unit == "REVIEW"

    def test_every_picture_opens(self, mailbox):
        pics = [d for m in mailbox for n, d in attachments(m) if ext(n) in ("jpg", "jpeg", "png")]
        assert len(pics) >= 12 and all(opens_as_image(d) for d in pics)

    def test_every_document_opens(self, mailbox):
        """Every Word, PowerPoint, Excel and PDF file of the 2077 mails opens (python-docx, the pptx's slides,
        openpyxl, pypdf); the .dps is a compound file whose slides' text reads back."""
        import docx
        import openpyxl
        from pypdf import PdfReader

        kinds = dict.fromkeys(("docx", "pptx", "dps", "xlsx", "pdf", "png"), 0)
        for m in mailbox:
            if m.received_at.year != 2077:
                continue
            for name, data in attachments(m):
                e = ext(name)
                if e == "docx":
                    docx.Document(io.BytesIO(data))
                elif e == "pptx":
                    assert pptx_text(data)
                elif e == "dps":
                    assert "工作进展" in dps_text(data)
                elif e == "xlsx":
                    openpyxl.load_workbook(io.BytesIO(data))
                elif e == "pdf":
                    assert len(PdfReader(io.BytesIO(data)).pages) >= 1
                elif e == "png":
                    assert opens_as_image(data)
                kinds[e] += 1
        assert all(kinds.values()) and sum(kinds.values()) == sum(len(attachments(m)) for m in mailbox
                                                                  if m.received_at.year == 2077)
