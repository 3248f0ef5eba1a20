"""Routing on a fifty-second, held-out mixed mailbox (tests/fixtures/mixed52).

Two 2062 campaigns drafted by `collector campaign init --from-notice` — the 2062年“美好生活·民法典相伴”主题宣传月 of every
unit (a Word 活动方案 by 04-28 17:00; a Word 活动总结 and at least three activity photos by 06-02 17:00), answered in
threads over six weeks (the office's receipts, remarks and 催报 replied to), and the 独立办公单位办公用房使用情况核查 of five
institutions and the zone (the Excel 核查表 and the 平面示意图, PDF or a picture, by 05-19 17:00) — beside the built-in 5·15
(2023) one; 49 mails labelled by hand, written apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every
mail right in both draws, exact requirements.
"""

from __future__ import annotations

import base64
import datetime as dt
import email
import io
import re
import sys
import unicodedata
import zipfile
from email.header import decode_header, make_header
from pathlib import Path
from xml.etree import ElementTree

from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, message
from test_match_mixed36 import one, sender

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed52"))
import make_mixed52  # noqa: E402
import mixed52_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"plan": dt.datetime(2062, 4, 28, 17, 0, tzinfo=SH), "summary": dt.datetime(2062, 6, 2, 17, 0, tzinfo=SH),
        "hc": dt.datetime(2062, 5, 19, 17, 0, tzinfo=SH)}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PLAN_WORDS, SUMMARY_WORDS = "主题宣传月活动方案", "主题宣传月活动总结"
PICTURES = (".jpg", ".jpeg", ".png", ".avif")
LATE = ("plan-late-sent-before-due", "late-plan-on-summary-reminder-thread", "summary-late", "visio-resent-as-pdf-late")
official, short = mixed52_docs.official, mixed52_docs.short


def name_of(part) -> str:
    """A part's file name as a mail reader shows it after decoding once more (an RFC 2047 word left inside)."""
    name = part.get_filename()
    return str(make_header(decode_header(name))) if name and name.startswith("=?") else name


def attachments(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every leaf file, inside forwarded mails too, the names decoded to the end."""
    return [(name_of(p), p.get_payload(decode=True)) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename()]


def plain(mail) -> str:
    return message(mail).get_body(("plain",)).get_content()


def word_text(data: bytes) -> str:
    """The paragraphs of word/document.xml, read by hand (a .dotx too, which python-docx refuses)."""
    root = ElementTree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    return "\n".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.iter(f"{W}p"))


def words(mail) -> list[tuple[str, bytes]]:
    return [(n, d) for n, d in attachments(mail) if n.lower().endswith((".docx", ".dotx"))]


def pictures(mail) -> list[tuple[str, bytes]]:
    return [(n, d) for n, d in attachments(mail) if n.lower().endswith(PICTURES)]


def tables(mail) -> list[bytes]:
    return [d for n, d in attachments(mail) if n.endswith(".xlsx")]


def cells(data: bytes) -> str:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data))
    return "\n".join(" ".join(str(v) for v in row if v is not None)
                     for ws in wb.worksheets for row in ws.iter_rows(values_only=True))


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def exif_of(data: bytes) -> dict:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as img:
        return dict(img.getexif())


def opens(data: bytes) -> tuple[int, int]:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as img:
        img.load()
        return img.size


def svg_words(data: bytes) -> str:
    root = ElementTree.fromstring(data)
    return " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))


def visio_words(data: bytes) -> str:
    z = zipfile.ZipFile(io.BytesIO(data))
    ns = f"{{{mixed52_docs.VISIO}}}"
    pages = [n for n in z.namelist() if re.fullmatch(r"visio/pages/page\d+\.xml", n)]
    return "\n".join(t.text or "" for n in sorted(pages) for t in ElementTree.fromstring(z.read(n)).iter(f"{ns}Text"))


def header(mail, name: str) -> str:
    return str(message(mail).get(name, ""))


class TestMixed52Routing(RoutingTests):
    gen = make_mixed52
    cases = ["plan-clean", "summary-clean", "hc-clean", "plan-late-sent-before-due", "summary-late",
             "revised-plan-on-office-remark-thread", "reminder-lists-unit-that-had-sent", "plan-in-summary-named-file",
             "disputes-late-mark-with-sent-screenshot", "summary-replying-to-plan-receipt",
             "reply-corrects-office-receipt-wrong-unit", "new-clerk-sends-on-predecessors-thread",
             "own-plan-mail-forwarded-to-add-summary", "two-photos-then-two-more-on-request",
             "three-mails-forwarded-as-attachments", "summary-saved-as-dotx", "photos-as-avif", "cjk-radicals-from-pdf-copy",
             "rfc2047-word-inside-rfc2231-name", "last-years-banner-in-photos", "late-plan-on-summary-reminder-thread",
             "town-forwards-reminder-to-villages-cc-office", "room-photos-for-floor-plan", "evacuation-map-photo-for-floor-plan",
             "office-check-on-law-month-thread", "correction", "hand-drawn-floor-plan-photo", "floor-plan-as-drawio-svg",
             "floor-plan-as-visio-vsdx", "visio-resent-as-pdf-late"]
    size = (40, 50)
    has_corrections = True  # 大屯镇's 方案 修改稿 and 县融媒体中心's 核查表 (以此为准)
    open_mails = {  # README, After the fixes
        "027-disputes-late-mark-with-sent-screenshot": (
            "open since round 52: a unit disputing its late mark with a screenshot of its sent folder is filed as the "
            "summary's photo; the label holds it for a person"),
        "031-own-plan-mail-forwarded-to-add-summary": (
            "open since round 52: a unit forwards its own plan mail with the summary added; filed under both the plan "
            "and the summary, where the label has the summary only"),
        "039-last-years-banner-in-photos": (
            "open since round 52: this year's summary with last year's photos (banner and EXIF 2061); filed, the "
            "collector does not date photos against the campaign's year"),
        "043-evacuation-map-photo-for-floor-plan": (
            "open since round 52: a photo of a fire-escape plan offered as the floor plan, with 可以吗？: filed, where "
            "the label holds it"),
    }

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed52.ALL)
        xc, hc = cs[make_mixed52.XC], cs[make_mixed52.HC]
        assert len(xc.units) == 68 and {"八家子经济开发区", "县气象局", "县税务局", "谷杖子乡"} <= {u.name for u in xc.units}
        assert [u.name for u in hc.units] == ["县融媒体中心", "县档案馆", "县公共资源交易中心", "县政务服务中心", "县供销社", "八家子经济开发区"]
        plan, summary = xc.requirements
        (check,) = hc.requirements
        assert [plan.id, summary.id, check.id] == make_mixed52.PLAN + make_mixed52.SUMMARY + make_mixed52.HC_REQ
        assert [(p.id, p.kind) for p in plan.parts] == [("doc", "document")] and "docx" in plan.parts[0].formats
        assert [(p.id, p.kind, p.min_count) for p in summary.parts] == [("doc", "document", 1), ("photos", "photo", 3)]
        assert [(p.id, p.kind) for p in check.parts] == [("table", "document"), ("drawing", "document")]
        assert "xlsx" in check.parts[0].formats and {"pdf", "jpg", "png"} <= set(check.parts[1].formats)
        assert (plan.due, summary.due, check.due) == (DUES["plan"], DUES["summary"], DUES["hc"])

    def test_every_picture_opens(self, mailbox):
        """Every picture attached, inside the forwarded mails too, opens with PIL (the AVIF ones as well)."""
        pics = [d for m in mailbox for _, d in pictures(m)]
        assert len(pics) >= 60 and all(opens(d)[0] > 0 for d in pics)
        assert sum(d[4:12] == b"ftypavif" for d in pics) == 3

    def test_every_document_opens(self, mailbox):
        """Every Word file of 2062 opens (python-docx; the .dotx by its parts), every 核查表 with openpyxl, every PDF with
        pypdf (its words), the SVG as XML with its words, the Visio package's pages with theirs."""
        import docx
        import openpyxl

        kinds = {"docx": 0, "dotx": 0, "xlsx": 0, "pdf": 0, "svg": 0, "vsdx": 0}
        for m in mailbox:
            if m.received_at.year != 2062:
                continue
            for name, data in attachments(m):
                ext = name.rsplit(".", 1)[-1].lower()
                if ext == "docx":
                    docx.Document(io.BytesIO(data))
                elif ext == "dotx":
                    assert SUMMARY_WORDS in word_text(data)
                elif ext == "xlsx":
                    openpyxl.load_workbook(io.BytesIO(data))
                elif ext == "pdf":
                    assert mixed52_docs.DRAWING_TITLE in pdf_text(data)
                elif ext == "svg":
                    assert mixed52_docs.DRAWING_TITLE in svg_words(data)
                elif ext == "vsdx":
                    assert mixed52_docs.DRAWING_TITLE in visio_words(data)
                else:
                    continue
                kinds[ext] += 1
        assert kinds["docx"] >= 25 and kinds["xlsx"] == 7 and kinds["pdf"] == 3
        assert (kinds["dotx"], kinds["svg"], kinds["vsdx"]) == (1, 1, 1)

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        xc = [m for m in mailbox if m.campaign == make_mixed52.XC]
        # every 方案 filed: one Word file, the unit's 方案 (its name in the title), no 总结 in it
        for m in (m for m in xc if m.requirements == ["plan"]):
            ((name, data),) = attachments(m)
            text = word_text(data)
            assert PLAN_WORDS in text and official(m.unit) in text and SUMMARY_WORDS not in text, m.name
            assert ("责任人：" in text) == (m.case != "plan-clean" or m.unit != "大屯镇"), m.name
        # every 总结 filed: the Word 总结 (the unit's, but 玲珑塔镇's, which names none) and as many photos as the label says
        for m in (m for m in xc if m.requirements == ["summary"]):
            texts = [unicodedata.normalize("NFKC", word_text(d)) for _, d in words(m)]
            photos = pictures(m)
            if "doc" in m.parts:
                (text,) = [t for t in texts if SUMMARY_WORDS in t]
                assert (official(m.unit) in text) == (m.case != "new-clerk-sends-on-predecessors-thread"), m.name
                assert len(texts) == 1 or m.case == "own-plan-mail-forwarded-to-add-summary", m.name
            else:
                assert not texts
            assert (len(photos) >= 3) == ("photos" in m.parts) or m.case == "two-photos-then-two-more-on-request", m.name
            assert all(exif_of(d).get(0x0132, "").startswith("2062:05:") for _, d in photos), m.name
        # 县卫健局: two photos, then two more on the office's request: four in all
        first, more = by_case(mailbox, "two-photos-then-two-more-on-request")
        assert (len(pictures(first)), len(pictures(more)), len(words(more))) == (2, 2, 0)
        assert "不少于3张" in plain(more) and header(more, "In-Reply-To") and sender(first) == sender(more)
        # the 办公用房核查 filed: the unit's 核查表, and the drawing as its label says
        for m in (m for m in mailbox if m.campaign == make_mixed52.HC):
            names = [n for n, _ in attachments(m)]
            assert ("table" in m.parts) == any(n.endswith(".xlsx") for n in names), m.name
            for data in tables(m):
                assert mixed52_docs.TABLE_TITLE in cells(data) and official(m.unit) in cells(data)
            drawings = [d for n, d in attachments(m) if n.endswith((".pdf", ".svg")) or n.startswith("IMG_")]
            assert bool(drawings) == ("drawing" in m.parts), m.name
            for n, d in attachments(m):
                if n.endswith(".pdf"):
                    assert official(m.unit) in pdf_text(d) and mixed52_docs.DRAWING_TITLE in pdf_text(d)
        # 大屯镇: the 修改稿 on the thread of the office's remark, from the address of its first 方案
        (plan,) = [m for m in by_case(mailbox, "plan-clean") if m.unit == "大屯镇"]
        revised = one(mailbox, "revised-plan-on-office-remark-thread")
        assert revised.is_correction and "未明确责任人" in plain(revised) and "以此稿为准" in plain(revised)
        assert sender(revised) == sender(plan) and header(plan, "Message-ID") in header(revised, "References")
        # 县水利局: the 催报 listed it; the same 方案 again from another address, before the due
        (plan,) = [m for m in by_case(mailbox, "plan-clean") if m.unit == "县水利局"]
        again = one(mailbox, "reminder-lists-unit-that-had-sent")
        assert attachments(again) == attachments(plan) and sender(again) != sender(plan) and not again.is_correction
        assert "县交通局、县水利局、县商务局" in plain(again) and header(again, "Subject").startswith("答复: ")
        # 县文旅局: a 方案 in a file named 总结
        named = one(mailbox, "plan-in-summary-named-file")
        ((name, data),) = attachments(named)
        assert name.endswith("活动总结.docx") and PLAN_WORDS in word_text(data)
        # 县统计局: sent 16:58, received 17:25; its dispute carries the 已发送 screenshot only
        late = one(mailbox, "plan-late-sent-before-due")
        sent = email.utils.parsedate_to_datetime(header(late, "Date"))
        assert sent < DUES["plan"] < late.received_at
        dispute = one(mailbox, "disputes-late-mark-with-sent-screenshot")
        ((name, data),) = attachments(dispute)
        assert name.endswith(".png") and opens(data)[0] == 900 and not words(dispute) and sender(dispute) == sender(late)
        assert "逾期" in plain(dispute) and "16点58分" in plain(dispute)
        # 建昌镇: the 总结 on the thread of the office's receipt of its 方案
        (plan,) = [m for m in by_case(mailbox, "plan-clean") if m.unit == "建昌镇"]
        summary = one(mailbox, "summary-replying-to-plan-receipt")
        assert "活动方案" in header(summary, "Subject") and header(plan, "Message-ID") in header(summary, "References")
        assert len(pictures(summary)) == 4 and "你单位民法典宣传月活动方案已收到" in plain(summary)
        # 八家子镇: the receipt called it 建昌镇
        wrong = one(mailbox, "reply-corrects-office-receipt-wrong-unit")
        assert "\n建昌镇：" in plain(wrong) and official("八家子镇") in word_text(words(wrong)[0][1])
        assert official("建昌镇") not in word_text(words(wrong)[0][1])
        # 玲珑塔镇: a new address and person; the unit only in the thread (its subject and the quoted receipt)
        newcomer = one(mailbox, "new-clerk-sends-on-predecessors-thread")
        assert sender(newcomer) not in {sender(m) for m in mailbox if m is not newcomer}
        assert "玲珑塔镇：" in plain(newcomer) and "玲珑塔" not in plain(newcomer).split("原始邮件")[0]
        assert not any("玲珑塔" in n for n, _ in attachments(newcomer))
        # 县民政局: its own 方案 mail forwarded, the 方案 still attached, the 总结 and photos added
        (plan,) = [m for m in by_case(mailbox, "plan-clean") if m.unit == "县民政局"]
        forwarded = one(mailbox, "own-plan-mail-forwarded-to-add-summary")
        assert attachments(plan)[0] in attachments(forwarded) and len(words(forwarded)) == 2
        assert [PLAN_WORDS in word_text(d) for _, d in words(forwarded)] == [True, False]
        # 喇嘛洞镇: three mails forwarded as attachments, the 总结 from the 司法所, two villages' photos
        three = one(mailbox, "three-mails-forwarded-as-attachments")
        inner = [p.get_content() for p in message(three).iter_attachments()]
        assert [p.get_content_type() for p in message(three).iter_attachments()] == ["message/rfc822"] * 3
        assert "喇嘛洞司法所" in str(inner[0]["From"]) and "Thunderbird" in header(three, "X-Mailer")
        assert b"message/rfc822; boundary" not in three.raw and len(pictures(three)) == 4
        # 县审计局: a Word template
        (name, data), = words(one(mailbox, "summary-saved-as-dotx"))
        assert name.endswith(".dotx") and b"template.main+xml" in zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml")
        # 县商务局: AVIF photos
        avif = one(mailbox, "photos-as-avif")
        assert [n.rsplit(".", 1)[1] for n, _ in pictures(avif)] == ["avif"] * 3
        # 县民族宗教局: the notice's words pasted from a PDF, ⺠ for 民 (which NFKC leaves), the 局's own name typed
        copied = one(mailbox, "cjk-radicals-from-pdf-copy")
        subject = header(copied, "Subject")
        assert "\u2ea0法典" in subject and "民法典" not in unicodedata.normalize("NFKC", subject) and "县民族宗教局" in subject
        assert "\u2f49" in words(copied)[0][0] and "建昌县民族和宗教事务局办公室" in plain(copied)
        # 石佛乡: each name an RFC 2047 word inside an RFC 2231 parameter
        twice = one(mailbox, "rfc2047-word-inside-rfc2231-name")
        assert twice.raw.count(b"filename*=UTF-8''%3D%3FUTF-8%3FB%3F") == 4 and not header(twice, "X-Mailer")
        assert all(p.get_filename().startswith("=?UTF-8?B?") for p in message(twice).iter_attachments())
        assert words(twice)[0][0] == "石佛乡民法典宣传月活动总结.docx"
        # 县交通局 (REVIEW): last year's photos, the 总结 this year's
        banner = one(mailbox, "last-years-banner-in-photos")
        assert all(exif_of(d)[0x0132].startswith("2061:05:") for _, d in pictures(banner)) and len(pictures(banner)) == 3
        assert "2062年" in word_text(words(banner)[0][1])
        # 养马甸子乡: its late 方案 on the thread of the 总结's 催报, which quotes the notice
        reminder = one(mailbox, "late-plan-on-summary-reminder-thread")
        assert header(reminder, "Subject").startswith("回复：转发：关于开展2062年") and "养马甸子乡、贺杖子乡" in plain(reminder)
        assert make_mixed52.NOTICE[make_mixed52.XC].splitlines()[3] in plain(reminder)
        # 要路沟乡 (IGNORED): the 催报 forwarded to six villages, the office only in Cc
        villages = one(mailbox, "town-forwards-reminder-to-villages-cc-office")
        to = message(villages)["To"].addresses
        assert len(to) == 6 and make_mixed52.OFFICE not in {a.addr_spec for a in to}
        assert header(villages, "Cc") == make_mixed52.OFFICE and not attachments(villages)
        # 县档案馆: room photos for the drawing, then (REVIEW) the corridor's 疏散示意图 photographed
        rooms = one(mailbox, "room-photos-for-floor-plan")
        assert [n for n, _ in pictures(rooms)] == [f"{no}{use}.jpg" for _, no, use, *_ in mixed52_docs.ROOMS["县档案馆"]]
        evacuation = one(mailbox, "evacuation-map-photo-for-floor-plan")
        ((_, data),) = attachments(evacuation)
        assert exif_of(data)[0x0112] == 6 and "疏散示意图" in plain(evacuation) and sender(evacuation) == sender(rooms)
        # 县融媒体中心: the 核查 on the thread of its 方案's receipt; then the corrected 核查表 alone
        thread = one(mailbox, "office-check-on-law-month-thread")
        assert "民法典宣传月活动方案" in header(thread, "Subject") and header(thread, "In-Reply-To")
        correction = one(mailbox, "correction")
        assert correction.is_correction and len(attachments(correction)) == 1 and "以此为准" in plain(correction)
        assert " 61.5 " in cells(tables(thread)[0]) and " 16.5 " in cells(tables(correction)[0])
        assert sender(correction) == sender(thread)
        # 县供销社: the drawing by hand, photographed on a desk
        hand = one(mailbox, "hand-drawn-floor-plan-photo")
        ((_, data),) = pictures(hand)
        assert exif_of(data)[0x0112] == 6 and opens(data) == (1600, 1200)
        # 县公共资源交易中心: diagrams.net's SVG with the drawing in it
        svg = one(mailbox, "floor-plan-as-drawio-svg")
        ((_, data),) = [(n, d) for n, d in attachments(svg) if n.endswith(".svg")]
        root = ElementTree.fromstring(data)
        assert "app.diagrams.net" in root.get("content") and official("县公共资源交易中心") in svg_words(data)
        # 八家子经济开发区: the drawing in Visio, then as a PDF after the due
        visio = one(mailbox, "floor-plan-as-visio-vsdx")
        ((_, data),) = [(n, d) for n, d in attachments(visio) if n.endswith(".vsdx")]
        assert b"Microsoft Visio" in zipfile.ZipFile(io.BytesIO(data)).read("docProps/app.xml")
        assert all(f"{no}\n" in visio_words(data) for _, no, *_ in mixed52_docs.ROOMS["八家子经济开发区"])
        resent = one(mailbox, "visio-resent-as-pdf-late")
        assert resent.received_at > DUES["hc"] and sender(resent) == sender(visio) and "Visio格式" in plain(resent)
        # late and on time; no answer before its notice
        for m in mailbox:
            if m.campaign in (make_mixed52.XC, make_mixed52.HC):
                assert (m.received_at > DUES[m.requirements[0]]) == (m.case in LATE), m.name
        assert all(m.received_at > dt.datetime(2062, 5, 11, tzinfo=SH) for m in mailbox if m.campaign == make_mixed52.HC)
        assert min(m.received_at for m in mailbox if m.received_at.year == 2062) > dt.datetime(2062, 4, 20, tzinfo=SH)
        # the base64 of the double-encoded names decodes (the word is well formed)
        word = message(twice).get_payload()[1].get_filename()
        assert base64.b64decode(word[10:-2]).decode("utf-8").endswith(".docx")
