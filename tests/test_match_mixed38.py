"""Routing on a thirty-eighth, held-out mixed mailbox (tests/fixtures/mixed38).

Two 2048 campaigns drafted by `collector campaign init --from-notice` that ask the same kind of paper of the same
towns in the same weeks — the 2048年第一季度矛盾纠纷排查化解 (the 28 towns and townships: the Word 工作情况报告 by
04-10 16:00) and the 2048年第一季度安全生产工作情况 (the towns and townships and the 32 departments: the Word
工作情况报告 and its stamped scan as PDF by 04-14 17:00) — beside the built-in 5·15 (2023) one; 40 mails labelled by
hand, written apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every mail right in both draws,
exact requirements.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import email
import io
import re
import sys
import tarfile
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
from test_match_mixed27 import attachments, by_case, docx_text, message, pdf_pages
from test_match_mixed32 import is_pdf, opens_as_image, plain
from test_match_mixed35 import is_docx
from test_match_mixed36 import one, sender
from test_match_mixed37 import pdf_info, pdf_pictures

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed38"))
import make_mixed38  # noqa: E402
import mixed38_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"md": dt.datetime(2048, 4, 10, 16, 0, tzinfo=SH), "aq": dt.datetime(2048, 4, 14, 17, 0, tzinfo=SH)}
PICTURES = (".jpg", ".jpeg", ".png", ".heic", ".tif", ".tiff")
MD_WORDS, AQ_WORDS = "矛盾纠纷排查化解", "安全生产工作情况报告"


def docx_xml(data: bytes) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")


def docx_media(data: bytes) -> list[bytes]:
    z = zipfile.ZipFile(io.BytesIO(data))
    return [z.read(n) for n in z.namelist() if n.startswith("word/media/")]


def uudecoded(text: str) -> list[tuple[str, bytes]]:
    """The `begin 644 name` … `end` blocks of a plain text, decoded."""
    files = []
    text = text.replace("\r\n", "\n")
    for name, block in re.findall(r"^begin 644 (.+?)\n(.*?)\n`\nend$", text, re.S | re.M):
        files.append((name, b"".join(binascii.a2b_uu(line) for line in block.split("\n"))))
    return files


def mht_html(data: bytes) -> str:
    (part,) = email.message_from_bytes(data).get_payload()
    return part.get_payload(decode=True).decode("gb18030")  # labelled gb2312 as Word labels it; 牤 is GBK


def tar_files(data: bytes) -> dict[str, bytes]:
    with tarfile.open(fileobj=io.BytesIO(data)) as t:
        return {m.name: t.extractfile(m).read() for m in t.getmembers() if m.isfile()}


def expanded(files: list[bytes]) -> list[bytes]:
    """Files, with the members of any .tar.gz among them."""
    out = []
    for data in files:
        out.append(data)
        if data[:2] == b"\x1f\x8b":
            out += tar_files(data).values()
    return out


def text_of(data: bytes) -> str:
    """What a clerk reads in a Word file of this set: python-docx's paragraphs, the text boxes, the altChunk's HTML."""
    z = zipfile.ZipFile(io.BytesIO(data))
    chunks = [z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".htm")]
    boxes = re.findall(r"<w:t>([^<]*)</w:t>", docx_xml(data))
    return "\n".join([docx_text(data)] + boxes + chunks)


class TestMixed38Routing(RoutingTests):
    gen = make_mixed38
    cases = ["md-clean", "aq-clean", "md-late", "aq-late", "mht-web-archive", "word-2003-xml-as-doc",
             "docx-altchunk-oa-export", "unit-only-in-text-box", "oa-relay-noreply-sender", "utf16-body-powershell",
             "two-mails-subjects-swapped", "smime-encrypted-to-office", "resend-after-encrypted", "uuencoded-in-body",
             "red-header-picture-only", "jpeg-bytes-named-pdf", "tar-gz-from-kylin", "wrong-campaigns-scan-attached",
             "topical-training-ad"]
    size = (40, 50)
    has_corrections = False  # 县财政局's second mail replaces one nothing could be read from: no correction; none labelled

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed38.ALL)
        md, aq = cs[make_mixed38.MD], cs[make_mixed38.AQ]
        md_units, aq_units = [u.name for u in md.units], [u.name for u in aq.units]
        assert len(md_units) == 28 and "八家子经济开发区" not in md_units and "县财政局" not in md_units
        assert len(aq_units) == 60 and set(md_units) < set(aq_units) and "县统计局" in aq_units
        assert "八家子经济开发区" not in aq_units and "县融媒体中心" not in aq_units
        (report,) = md.requirements
        (safety,) = aq.requirements
        assert [report.id, safety.id] == make_mixed38.MDR + make_mixed38.AQR
        assert [(p.id, p.kind) for p in report.parts] == [("doc", "document")] and "docx" in report.parts[0].formats
        assert [(p.id, p.kind) for p in safety.parts] == [("doc", "document"), ("stamped", "document")]
        assert "docx" in safety.parts[0].formats and safety.parts[1].formats == ["pdf"]
        assert (report.due, safety.due) == (DUES["md"], DUES["aq"])

    def test_every_picture_opens(self, mailbox):
        """Every picture attached, inline, in a Word file, or scanned into a PDF page opens with PIL; the JPEG under a
        .pdf name too."""
        files = [d for m in mailbox for _, d in attachments(m)]
        pictures = [d for m in mailbox for n, d in attachments(m) if n and n.lower().endswith(PICTURES)]
        inline = [p.get_content() for m in mailbox for p in message(m).walk() if p.get_content_maintype() == "image"]
        in_2048 = expanded([d for m in mailbox if m.received_at.year == 2048 for _, d in attachments(m)])
        in_2048 += [d for m in by_case(mailbox, "uuencoded-in-body") for _, d in uudecoded(plain(m))]
        scans = [img for d in in_2048 if is_pdf(d) for img in pdf_pictures(d)]
        media = [img for d in in_2048 if d[:2] == b"PK" and is_docx(d) for img in docx_media(d)]
        jpegs = [d for d in in_2048 if d[:3] == b"\xff\xd8\xff"]
        assert len(pictures) >= 10 and len(scans) >= 14 and media and jpegs and files
        assert all(opens_as_image(d) for d in pictures + inline + scans + media + jpegs)

    def test_every_document_opens(self, mailbox):
        """Every Word and PDF file of the 2048 mails opens (python-docx, pypdf), the .tar.gz's and the uuencoded ones
        too; the .mht parses as a web archive and the Word 2003 XML as XML."""
        import docx

        files = expanded([d for m in mailbox if m.received_at.year == 2048 for _, d in attachments(m)])
        files += [d for m in by_case(mailbox, "uuencoded-in-body") for _, d in uudecoded(plain(m))]
        kinds = {"docx": 0, "pdf": 0, "mht": 0, "wordml": 0}
        for data in files:
            if data[:2] == b"PK" and is_docx(data):
                docx.Document(io.BytesIO(data))
                kinds["docx"] += 1
            elif is_pdf(data):
                assert pdf_pages(data) >= 1
                kinds["pdf"] += 1
            elif data.startswith(b"MIME-Version"):
                assert "Word.Document" in mht_html(data)
                kinds["mht"] += 1
            elif b"mso-application" in data[:200]:
                assert ElementTree.fromstring(data).tag == "{%s}wordDocument" % mixed38_docs.WORDML_2003
                kinds["wordml"] += 1
        assert kinds["docx"] >= 28 and kinds["pdf"] >= 14 and kinds["mht"] == kinds["wordml"] == 1

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        for m in by_case(mailbox, "md-clean") + by_case(mailbox, "md-late"):
            ((name, data),) = attachments(m)
            text = docx_text(data)
            assert name.endswith(mixed38_docs.MD_REPORT + ".docx") and MD_WORDS in text and m.unit in text
            assert "安全生产" not in text
        for m in by_case(mailbox, "aq-clean") + by_case(mailbox, "aq-late") + by_case(mailbox, "resend-after-encrypted"):
            (wname, word), (pname, scan) = attachments(m)
            title, _ = pdf_info(scan)
            assert wname.endswith(".docx") and AQ_WORDS in docx_text(data := word) and mixed38_docs.official(m.unit) in docx_text(data)
            assert pname.endswith(".pdf") and is_pdf(scan) and mixed38_docs.official(m.unit) in title and "安全生产" in title
            assert MD_WORDS not in docx_text(word)
        # the .mht: a web archive of Word's HTML, GBK, the town's report
        mht = one(mailbox, "mht-web-archive")
        ((name, data),) = attachments(mht)
        html = mht_html(data)
        assert name.endswith(".mht") and email.message_from_bytes(data).get_content_type() == "multipart/related"
        assert "Word.Document" in html and "牤牛营子乡" in html and MD_WORDS in html
        # Word 2003 XML under .doc
        xml = one(mailbox, "word-2003-xml-as-doc")
        ((name, data),) = attachments(xml)
        assert name.endswith(".doc") and b'<?mso-application progid="Word.Document"?>' in data and not data.startswith(b"PK")
        assert "王宝营子乡" in data.decode("utf-8") and MD_WORDS in data.decode("utf-8")
        # the OA export: no paragraph in the body, the report in the altChunk's HTML
        alt = one(mailbox, "docx-altchunk-oa-export")
        ((name, data),) = attachments(alt)
        assert docx_text(data).strip() == "" and "<w:altChunk" in docx_xml(data)
        assert "西碱厂乡" in text_of(data) and MD_WORDS in text_of(data)
        # 谷杖子乡: the unit only in the text box
        box = one(mailbox, "unit-only-in-text-box")
        ((name, data),) = attachments(box)
        assert "谷杖子乡" not in docx_text(data) and "我乡" in docx_text(data) and MD_WORDS in docx_text(data)
        assert "<w:txbxContent>" in docx_xml(data) and "谷杖子乡人民政府" in docx_xml(data)
        assert "谷杖子" not in plain(box) + str(message(box)["Subject"]) + name and not message(box)["From"].addresses[0].display_name
        assert sender(box) not in {sender(m) for m in mailbox if m is not box}
        # the platform's one sender for two units, each named in 发件单位
        relayed = by_case(mailbox, "oa-relay-noreply-sender")
        assert {sender(m) for m in relayed} == {make_mixed38.OA_SENDER[1]} and [m.unit for m in relayed] == ["药王庙镇", "大屯镇"]
        for m in relayed:
            assert f"发件单位：{mixed38_docs.official(m.unit)}" in plain(m)
        # 养马甸子乡: the body in UTF-16
        u16 = one(mailbox, "utf16-body-powershell")
        body = message(u16).get_body(("plain",))
        assert body.get_content_charset() == "utf-16" and body.get_payload(decode=True)[:2] == b"\xff\xfe"
        assert "养马甸子乡" in plain(u16) and message(u16)["X-Mailer"] is None
        # 素珠营子乡: two mails, the subjects swapped, the files deciding
        first, second = by_case(mailbox, "two-mails-subjects-swapped")
        assert "安全生产" in str(message(first)["Subject"]) and "矛盾纠纷" in str(message(second)["Subject"])
        ((_, word),) = attachments(first)
        assert MD_WORDS in docx_text(word) and "安全生产" not in docx_text(word)
        (_, word), (_, scan) = attachments(second)
        assert AQ_WORDS in docx_text(word) and "安全生产" in pdf_info(scan)[0] and MD_WORDS not in docx_text(word)
        assert dt.timedelta(0) < second.received_at - first.received_at <= dt.timedelta(minutes=3)
        # 县财政局: an S/MIME enveloped-data body, then the plain resend
        enc = one(mailbox, "smime-encrypted-to-office")
        msg = message(enc)
        assert msg.get_content_type() == "application/pkcs7-mime" and msg.get_param("smime-type") == "enveloped-data"
        der = base64.b64decode(msg.get_payload())
        assert der[0] == 0x30 and mixed38_docs.ENVELOPED_DATA_OID in der[:20] and "财政局" in str(msg["Subject"])
        resend = one(mailbox, "resend-after-encrypted")
        assert sender(resend) == sender(enc) and resend.received_at > enc.received_at and not resend.is_correction
        # 县水利局: both files uuencoded in the plain body, no MIME attachment
        uu = one(mailbox, "uuencoded-in-body")
        files = uudecoded(plain(uu))
        assert not attachments(uu) and [n.rsplit(".", 1)[1] for n, _ in files] == ["docx", "pdf"]
        assert "水利局" in docx_text(files[0][1]) and "水利局" in pdf_info(files[1][1])[0]
        assert message(uu)["X-Mailer"] == make_mixed38.OE_MAILER
        # 巴什罕乡: the unit only in the pictures (the 红头, the scan)
        red = one(mailbox, "red-header-picture-only")
        (wname, word), (pname, scan) = attachments(red)
        title, text = pdf_info(scan)
        assert "巴什罕" not in docx_xml(word) + wname + pname + title + text + plain(red) + str(message(red)["Subject"])
        assert "我乡" in docx_text(word) and AQ_WORDS[:4] in docx_text(word) and len(docx_media(word)) == 1
        assert sender(red) not in {sender(m) for m in mailbox if m is not red}
        # 县民政局: JPEG bytes under a .pdf name and type
        jpeg = one(mailbox, "jpeg-bytes-named-pdf")
        (wname, word), (pname, scan) = attachments(jpeg)
        assert pname.endswith(".pdf") and scan[:3] == b"\xff\xd8\xff" and not is_pdf(scan) and opens_as_image(scan)
        assert message(jpeg).get_payload()[-1].get_content_type() == "application/pdf" and "民政局" in docx_text(word)
        # 县统计局: a .tar.gz of a folder holding both files
        tgz = one(mailbox, "tar-gz-from-kylin")
        ((name, data),) = attachments(tgz)
        inside = tar_files(data)
        assert name.endswith(".tar.gz") and data[:2] == b"\x1f\x8b" and len(inside) == 2
        word, scan = (inside[n] for n in sorted(inside, key=lambda n: not n.endswith(".docx")))
        assert "统计局" in docx_text(word) and is_pdf(scan) and "统计局" in pdf_info(scan)[0]
        # 要路沟乡: the safety report in Word, a stamped scan of its 矛盾纠纷 report
        wrong = one(mailbox, "wrong-campaigns-scan-attached")
        (wname, word), (pname, scan) = attachments(wrong)
        assert AQ_WORDS in docx_text(word) and MD_WORDS in pdf_info(scan)[0] and "安全生产" not in pdf_info(scan)[0]
        # the training centre's advert: no unit, its subject all 安全生产
        ad = one(mailbox, "topical-training-ad")
        assert sender(ad) == make_mixed38.AD_SENDER[1] and "一季度安全生产" in str(message(ad)["Subject"]) and "退订" in plain(ad)
        late = by_case(mailbox, "md-late") + by_case(mailbox, "aq-late")
        assert all(m.received_at > DUES[m.requirements[0]] for m in late)
        on_time = [m for m in mailbox if m.campaign in (make_mixed38.MD, make_mixed38.AQ) and m not in late]
        assert all(m.received_at <= DUES[m.requirements[0]] for m in on_time)
        # the late 矛盾纠纷 mail comes inside the 安全生产 window
        assert all(m.received_at < DUES["aq"] for m in by_case(mailbox, "md-late"))
