"""Routing on a fiftieth, held-out mixed mailbox (tests/fixtures/mixed50).

Two July 2060 campaigns drafted by `collector campaign init --from-notice`, in overlapping weeks — the 2060年度县政府部门
权责清单动态调整 (the 32 departments but the two vertical bureaus: the 确认表 signed by the head and stamped, scanned to
PDF or OFD, and its editable Word version, by 07-16 17:00) and the 第十一次全国人口普查 普查指导员和普查员选聘 (the 28
towns, the zone and the ten departments of 附件1: the 名单, Excel or photos of a paper list filled by hand, by 07-23
17:00), ten departments owing both — beside the built-in 5·15 (2023) one; 48 mails labelled by hand, written apart from
the routing code. The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from mixed_mailbox_tests import RoutingTests
from mixed_suite import assert_drafted_as_kept, kept_draft_as_drafted
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, docx_text, message
from test_match_mixed32 import opens_as_image, plain
from test_match_mixed36 import one, sender

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed50"))
import make_mixed50  # noqa: E402
import mixed50_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"qz": dt.datetime(2060, 7, 16, 17, 0, tzinfo=SH), "list": dt.datetime(2060, 7, 23, 17, 0, tzinfo=SH)}
QZ, RK = make_mixed50.QZ, make_mixed50.RK
QZ_TITLE, RK_TITLE, QUOTA = mixed50_docs.QZ_TITLE, mixed50_docs.RK_TITLE, mixed50_docs.QUOTA
OFD = {"ofd": mixed50_docs.OFD_NS}
XPS = {"x": mixed50_docs.XPS_NS}
official, short, sm3 = mixed50_docs.official, mixed50_docs.short, mixed50_docs.sm3
VERTICAL = ("县税务局", "生态环境局建昌分局")


def attachments(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every leaf attachment, as sent (those inside a forwarded message too)."""
    return [(p.get_filename(), p.get_payload(decode=True)) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename()]


def named(mail, *exts: str) -> list[tuple[str, bytes]]:
    return [(n, d) for n, d in attachments(mail) if n.lower().endswith(exts)]


def cells(data: bytes) -> str:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data))
    return "\n".join(" ".join(str(v) for v in row if v is not None)
                     for ws in wb.worksheets for row in ws.iter_rows(values_only=True))


def docx_table(data: bytes) -> list[list[str]]:
    import docx

    (table,) = docx.Document(io.BytesIO(data)).tables
    return [[c.text for c in row.cells] for row in table.rows]


def header_text(mail) -> str:
    msg = message(mail)
    return str(msg["Subject"]) + str(msg["From"]) + "".join(n for n, _ in attachments(mail))


def pdf(data: bytes):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        assert reader.decrypt("")
    return reader


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in pdf(data).pages)


def pdf_images(data: bytes) -> list:
    return [img.image for page in pdf(data).pages for img in page.images]


def red_share(img, box: tuple[int, int, int, int]) -> float:
    """The share of strongly red pixels (a seal's ink, a 发文稿纸's red lines) in ``box`` of a page's picture."""
    data = img.convert("RGB").resize((827, 1169)).crop(box).tobytes()
    px = list(zip(data[0::3], data[1::3], data[2::3]))
    return sum(1 for r, g, b in px if r > 150 and g < 110 and b < 110) / len(px)


def edges(data: bytes) -> float:
    """How sharp a photo is: the mean of its edge filter."""
    from PIL import Image, ImageFilter, ImageStat

    img = Image.open(io.BytesIO(data)).convert("L").resize((600, 800))
    return ImageStat.Stat(img.filter(ImageFilter.FIND_EDGES)).mean[0]


def exif(data: bytes) -> dict:
    from PIL import Image

    return dict(Image.open(io.BytesIO(data)).getexif())


# ---------------------------------------------------------------- OFD, as a reader takes it apart


def ofd_parts(data: bytes) -> dict[str, bytes]:
    z = zipfile.ZipFile(io.BytesIO(data))
    return {n: z.read(n) for n in z.namelist()}


def ofd_pages(data: bytes) -> list[ElementTree.Element]:
    """The pages of an OFD, from OFD.xml's DocRoot through Document.xml's page list."""
    files = ofd_parts(data)
    root = ElementTree.fromstring(files["OFD.xml"])
    doc_root = root.find("ofd:DocBody/ofd:DocRoot", OFD).text
    base = doc_root.rsplit("/", 1)[0]
    doc = ElementTree.fromstring(files[doc_root])
    return [ElementTree.fromstring(files[f"{base}/{p.get('BaseLoc')}"]) for p in doc.findall("ofd:Pages/ofd:Page", OFD)]


def ofd_text(data: bytes) -> str:
    return "\n".join(t.text or "" for page in ofd_pages(data) for t in page.iter(f"{{{OFD['ofd']}}}TextCode"))


def ofd_images(data: bytes) -> list[bytes]:
    files = ofd_parts(data)
    return [files[n] for n in files if n.startswith("Doc_0/Res/") and n.endswith(".jpg")]


def der_strings(data: bytes, tag: int = 0x0C) -> list[str]:
    """Every string of ``tag`` (UTF8String) in a DER structure, walked from the outside in."""
    out, i = [], 0
    while i < len(data):
        t, n = data[i], data[i + 1]
        i += 2
        if n & 0x80:
            k = n & 0x7F
            n = int.from_bytes(data[i:i + k], "big")
            i += k
        body = data[i:i + n]
        if t == tag:
            out.append(body.decode("utf-8"))
        elif t & 0x20:  # constructed: look inside
            out += der_strings(body, tag)
        i += n
    return out


def ofd_seals(data: bytes) -> list[dict]:
    """Each signature of an OFD: its Signature.xml checked (every reference's SM3 right, the SignedValue's hash that of
    the Signature.xml), the seal's name and its picture."""
    files = ofd_parts(data)
    root = ElementTree.fromstring(files["OFD.xml"])
    signs = root.find("ofd:DocBody/ofd:Signatures", OFD)
    if signs is None:
        return []
    base = signs.text.rsplit("/", 1)[0]
    out = []
    for s in ElementTree.fromstring(files[signs.text]).findall("ofd:Signature", OFD):
        path = f"{base}/{s.get('BaseLoc')}"
        xml = files[path]
        sig = ElementTree.fromstring(xml)
        for ref in sig.iter(f"{{{OFD['ofd']}}}Reference"):
            assert base64.b64decode(ref.find("ofd:CheckValue", OFD).text) == sm3(files[ref.get("FileRef").lstrip("/")])
        folder = path.rsplit("/", 1)[0]
        seal = files[f"{folder}/{sig.find('ofd:SignedInfo/ofd:Seal/ofd:BaseLoc', OFD).text}"]
        value = files[f"{folder}/{sig.find('ofd:SignedValue', OFD).text}"]
        assert sm3(xml) in value and seal in value
        names = der_strings(seal)
        (picture,) = [seal[m.start():] for m in re.finditer(rb"\x89PNG", seal)]
        out.append({"name": names[0], "picture": picture, "page": sig.find("ofd:SignedInfo/ofd:StampAnnot", OFD).get("PageRef")})
    return out


def xps_text(data: bytes) -> str:
    z = zipfile.ZipFile(io.BytesIO(data))
    seq = ElementTree.fromstring(z.read("FixedDocSeq.fdseq"))
    lines = []
    for ref in seq.findall("x:DocumentReference", XPS):
        doc = ElementTree.fromstring(z.read(ref.get("Source").lstrip("/")))
        for page in doc.findall("x:PageContent", XPS):
            fpage = ElementTree.fromstring(z.read(page.get("Source").lstrip("/")))
            lines += [g.get("UnicodeString") for g in fpage.findall("x:Glyphs", XPS)]
    return "\n".join(lines)


class TestMixed50Routing(RoutingTests):
    gen = make_mixed50
    cases = ["qz-clean", "rk-clean", "qz-late", "rk-late", "correction", "ofd-with-electronic-seal", "word-before-scan",
             "generic-scan-unit-owes-both", "xps-printed-for-scan", "scan-after-xps", "ofd-image-from-domestic-scanner",
             "word-first-leader-away", "signed-scan-late", "unit-only-in-ofd-seal", "two-layout-files-no-editable",
             "pdf-owner-password-from-e-seal-system", "approval-slip-scanned-instead", "vertical-bureau-excluded-sends",
             "exchange-x500-sender", "outlook-forward-as-attachment-holds-scan", "outlook-zh-reply-no-change",
             "town-sends-own-power-list", "one-scan-both-campaigns", "paper-list-photos",
             "excel-beside-village-paper-photos", "department-paper-list-photo-on-desk",
             "list-stamped-scan-by-census-office", "blurry-paper-list-photo", "clear-photo-resend", "list-in-ofd-report",
             "gateway-quarantine-notice"]
    size = (40, 50)
    has_corrections = True  # 县住建局's 确认表 (更正, 以此为准)
    open_mails = {  # README, After the fixes
        "031-unit-only-in-ofd-seal": (
            "open since round 50: a mail naming no unit anywhere but in its OFD's electronic seal (建昌县司法局); the "
            "collector does not read an OFD's seals: to review, no unit"),
        "045-blurry-paper-list-photo": (
            "open since round 50: a photo of a handwritten list too blurred to read, filed; the label holds it for a "
            "person (the collector does not judge whether a photo is legible)"),
    }

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_the_drafter_still_drafts_what_the_clerk_kept(self, tmp_path):
        """The drafter drafts the kept draft of each notice; the 普查's kept file has its draft's id, units and due; the
        权责清单's has its draft's id and due, and its units are the draft's 32 departments but the two the notice leaves
        out (clerk's fix A1)."""
        kept = {c.id: c for c in self.campaigns()}
        (tmp_path / RK).mkdir()
        assert_drafted_as_kept(make_mixed50.CAMPAIGNS_DIR / make_mixed50.NOTICE_FILES[RK], kept[RK], tmp_path / RK)
        (tmp_path / QZ).mkdir()
        drafted = kept_draft_as_drafted(make_mixed50.CAMPAIGNS_DIR / make_mixed50.NOTICE_FILES[QZ], tmp_path / QZ)
        assert drafted.id == kept[QZ].id == QZ
        drafted_units = [u.name for u in drafted.units]
        assert len(drafted_units) == 32 and set(VERTICAL) <= set(drafted_units)
        assert [u.name for u in kept[QZ].units] == [u for u in drafted_units if u not in VERTICAL]
        assert [r.due for r in drafted.requirements] == [r.due for r in kept[QZ].requirements] == [DUES["qz"]]

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed50.ALL)
        qz, rk = cs[QZ], cs[RK]
        qz_units, rk_units = [u.name for u in qz.units], [u.name for u in rk.units]
        assert len(qz_units) == 30 and not set(VERTICAL) & set(qz_units) and "县招商中心" in qz_units
        assert not [u for u in qz_units if u.endswith(("镇", "乡", "中心")) and u != "县招商中心"]
        assert len(rk_units) == 39 and rk_units[-10:] == list(QUOTA) and "八家子经济开发区" in rk_units
        assert "县统计局" not in rk_units and set(qz_units) & set(rk_units) == set(QUOTA)
        (confirm,) = qz.requirements
        (roster,) = rk.requirements
        assert [confirm.id, roster.id] == make_mixed50.QZR + make_mixed50.RKR
        assert [(p.id, p.kind) for p in confirm.parts] == [("scan", "document"), ("doc", "document")]
        assert {"pdf", "ofd"} <= set(confirm.parts[0].formats) and "docx" in confirm.parts[1].formats
        assert [(p.id, p.kind) for p in roster.parts] == [("list", "document")]
        assert {"xlsx", "jpg"} <= set(roster.parts[0].formats)
        assert (confirm.due, roster.due) == (DUES["qz"], DUES["list"])

    def test_every_picture_opens(self, mailbox):
        """Every picture attached opens with PIL: the 5·15 photos and the photos of the paper 名单."""
        pics = [d for m in mailbox for n, d in attachments(m) if n.lower().endswith((".jpg", ".jpeg", ".png"))]
        assert len(pics) >= 14 and all(opens_as_image(d) for d in pics)

    def test_every_document_opens(self, mailbox):
        """Every Word and Excel file of 2060 opens (python-docx, openpyxl), every PDF (pypdf; the locked one with the empty
        user password), every OFD's pages parse from OFD.xml's DocRoot down and its seals check, the XPS's FixedPage parses
        from its FixedDocumentSequence."""
        import docx
        import openpyxl

        kinds = {"docx": 0, "xlsx": 0, "pdf": 0, "ofd": 0, "xps": 0, "sealed": 0}
        for m in mailbox:
            if m.received_at.year != 2060:
                continue
            for name, data in attachments(m):
                ext = name.rsplit(".", 1)[-1].lower()
                if ext == "docx":
                    docx.Document(io.BytesIO(data))
                elif ext == "xlsx":
                    openpyxl.load_workbook(io.BytesIO(data))
                elif ext == "pdf":
                    assert len(pdf(data).pages) >= 1
                elif ext == "ofd":
                    assert ofd_pages(data)
                    kinds["sealed"] += bool(ofd_seals(data))
                    for img in ofd_images(data):
                        assert opens_as_image(img)
                elif ext == "xps":
                    assert QZ_TITLE in xps_text(data)
                else:
                    assert ext == "jpg", name
                    continue
                kinds[ext] += 1
        assert kinds["docx"] >= 20 and kinds["xlsx"] >= 8 and kinds["pdf"] >= 18
        assert (kinds["ofd"], kinds["sealed"], kinds["xps"]) == (5, 3, 1)

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        # the 确认表 Word: the unit's title and table (its official name, the 调整事项 or “无调整”)
        for m in mailbox:
            if m.campaign != QZ:
                continue
            for name, data in named(m, ".docx"):
                text = docx_text(data)
                assert QZ_TITLE in text and docx_table(data)[0][0] == "序号", m.name
                if m.case != "unit-only-in-ofd-seal":
                    assert official(m.unit) in text, m.name
        # the plain 确认表: the Word and the signed, stamped scan (no text: a picture with a red seal)
        for m in by_case(mailbox, "qz-clean") + by_case(mailbox, "qz-late"):
            ((_, scan),) = named(m, ".pdf")
            assert len(named(m, ".docx")) == 1 and not pdf_text(scan).strip()
            (page,) = pdf_images(scan)
            assert red_share(page, (380, 300, 827, 1000)) > 0.004
        # the plain 名单: the Excel, the unit's, a department's as many as 附件1 gives it
        for m in by_case(mailbox, "rk-clean") + by_case(mailbox, "rk-late"):
            ((_, data),) = named(m, ".xlsx")
            text = cells(data)
            assert RK_TITLE in text and official(m.unit) in text
            rows = [r for r in text.splitlines() if r.split(" ")[0].isdigit()]
            if m.unit in QUOTA:
                assert len(rows) == QUOTA[m.unit] and all("普查指导员" in r for r in rows)
            else:
                assert len(rows) >= 6 and any("普查员" in r for r in rows)
        # 县财政局: an OFD with the head's 电子签名 and the unit's 电子印章, its words the 确认表's
        sealed = one(mailbox, "ofd-with-electronic-seal")
        ((_, data),) = named(sealed, ".ofd")
        names = [s["name"] for s in ofd_seals(data)]
        assert names[1] == "建昌县财政局" and len(names) == 2 and names[0] != names[1]
        assert QZ_TITLE in ofd_text(data) and official("县财政局") in ofd_text(data) and named(sealed, ".docx")
        assert message(sealed)["X-Mailer"].startswith("Coremail") and sender(sealed).endswith("@jianchang.gov.cn")
        # 县农业农村局: the Word, then from the same address a scanner's SCAN_….pdf under “报送扫描件”
        word, scan = one(mailbox, "word-before-scan"), one(mailbox, "generic-scan-unit-owes-both")
        assert sender(word) == sender(scan) and named(word, ".docx") and not named(word, ".pdf")
        ((name, data),) = attachments(scan)
        assert re.fullmatch(r"SCAN_\d{8}_\d{6}\.pdf", name) and str(message(scan)["Subject"]) == "报送扫描件"
        assert not pdf_text(data).strip() and red_share(pdf_images(data)[0], (380, 300, 827, 1000)) > 0.004
        assert "县农业农村局" in QUOTA and message(scan)["X-Mailer"] is None and message(scan)["Thread-Index"]
        # 县交通局: the Word and an XPS print of it (no seal, no signature); the scan four days later
        xps = one(mailbox, "xps-printed-for-scan")
        ((_, data),) = named(xps, ".xps")
        assert official("县交通局") in xps_text(data) and not named(xps, ".pdf")
        assert "Resources/Fonts/" in " ".join(zipfile.ZipFile(io.BytesIO(data)).namelist())
        after = one(mailbox, "scan-after-xps")
        assert sender(after) == sender(xps) and after.received_at <= DUES["qz"] and named(after, ".pdf")
        # 县科技局: the scanner's OFD — one picture a page, no words — and the Word
        scanned = one(mailbox, "ofd-image-from-domestic-scanner")
        ((_, data),) = named(scanned, ".ofd")
        assert not ofd_text(data).strip() and len(ofd_images(data)) == 1 and not ofd_seals(data)
        # 县卫健局: the Word first (the head away), the scan after the deadline
        first, signed = one(mailbox, "word-first-leader-away"), one(mailbox, "signed-scan-late")
        assert sender(first) == sender(signed) and "补报" in plain(first) and not named(first, ".pdf")
        assert first.received_at <= DUES["qz"] < signed.received_at and named(signed, ".pdf") and not named(signed, ".docx")
        # 县住建局's correction: both files again, its last 调整依据 changed
        original = [m for m in by_case(mailbox, "qz-clean") if m.unit == "县住建局"][0]
        correction = one(mailbox, "correction")
        assert correction.is_correction and "以此为准" in plain(correction)
        before, now = (docx_table(named(m, ".docx")[0][1]) for m in (original, correction))
        assert before[:-1] == now[:-1] and now[-1][4] == before[-1][4] + "第二款"
        # 县司法局: the unit named nowhere but in the OFD's 电子印章; the 事项 司法行政's
        seal_only = one(mailbox, "unit-only-in-ofd-seal")
        ((_, data),) = named(seal_only, ".ofd")
        ((_, word_data),) = named(seal_only, ".docx")
        everything = header_text(seal_only) + plain(seal_only) + ofd_text(data) + docx_text(word_data)
        assert "司法" not in everything and "sfj" not in sender(seal_only)
        assert [s["name"] for s in ofd_seals(data)][-1] == "建昌县司法局" and opens_as_image(ofd_seals(data)[-1]["picture"])
        assert any(w in docx_text(word_data) for w in ("法律援助", "法律服务", "人民调解"))
        # 县工信局: the scan and WPS's unsigned OFD, no Word
        layout = one(mailbox, "two-layout-files-no-editable")
        ((_, data),) = named(layout, ".ofd")
        assert not named(layout, ".docx", ".doc", ".wps") and named(layout, ".pdf")
        assert official("县工信局") in ofd_text(data) and not ofd_seals(data) and b"WPS Office" in ofd_parts(data)["OFD.xml"]
        # 县商务局: the 电子印章 system's PDF, locked against changes only
        locked = one(mailbox, "pdf-owner-password-from-e-seal-system")
        ((_, data),) = named(locked, ".pdf")
        assert pdf(data).is_encrypted and official("县商务局") in pdf_text(data) and QZ_TITLE in pdf_text(data)
        # 县应急局: the Word and the 发文稿纸 scanned (its red title band), not the 确认表
        slip = one(mailbox, "approval-slip-scanned-instead")
        ((_, data),) = named(slip, ".pdf")
        (page,) = pdf_images(data)
        assert red_share(page, (150, 80, 680, 120)) > 0.02 and named(slip, ".docx")
        qz_page = pdf_images(named(original, ".pdf")[0][1])[0]
        assert red_share(qz_page, (150, 80, 680, 120)) < 0.002
        # 县税务局 (REVIEW): the tax system's mail, its 确认表 — a unit the notice leaves out
        tax = one(mailbox, "vertical-bureau-excluded-sends")
        assert sender(tax).endswith("@ln.chinatax.gov.cn") and "不在本次调整范围" in make_mixed50.NOTICE[QZ]
        assert official("县税务局") in docx_text(named(tax, ".docx")[0][1])
        # 县公安局: the From an Exchange wrote from a legacy DN
        x500 = one(mailbox, "exchange-x500-sender")
        assert sender(x500).startswith("IMCEAEX-_o=JCGA_ou=Exchange+20Administrative+20Group")
        assert message(x500)["From"].addresses[0].display_name == "建昌县公安局办公室"
        assert message(x500)["X-Mailer"] is None and message(x500)["Thread-Index"] and len(named(x500, ".pdf", ".docx")) == 2
        # 县文旅局: the Word outside, the scan inside the forwarded message
        fwd = one(mailbox, "outlook-forward-as-attachment-holds-scan")
        outer = [p.get_filename() for p in message(fwd).iter_attachments()]
        (inner,) = [p for p in message(fwd).iter_attachments() if p.get_content_type() == "message/rfc822"]
        assert [n for n in outer if n] == [f"{short('县文旅局')}{QZ_TITLE}.docx"]
        assert [p.get_filename() for p in inner.get_content().iter_attachments()] == ["确认表签字盖章版.pdf"]
        # 县招商中心: Outlook's Chinese reply over the whole notice, “无调整”
        reply = one(mailbox, "outlook-zh-reply-no-change")
        assert str(message(reply)["Subject"]).startswith("答复: 关于开展") and "-----邮件原件-----" in plain(reply)
        assert "市生态环境局建昌分局" in plain(reply) and message(reply)["In-Reply-To"] == make_mixed50.NOTICE_ID[QZ]
        assert docx_table(named(reply, ".docx")[0][1])[1][1] == "无调整"
        # 药王庙镇 (REVIEW): its own 乡镇权责清单
        town = one(mailbox, "town-sends-own-power-list")
        text = docx_text(named(town, ".docx")[0][1])
        assert official("药王庙镇") in text and "赋权事项" in text and "乡镇权责清单调整工作另行部署" in make_mixed50.NOTICE[QZ]
        # 县教育局 (REVIEW): one scan of two pages (the 确认表, the 名单), the Word and the Excel
        both = one(mailbox, "one-scan-both-campaigns")
        ((_, data),) = named(both, ".pdf")
        assert len(pdf(data).pages) == 2 and named(both, ".docx") and RK_TITLE in cells(named(both, ".xlsx")[0][1])
        # 石佛乡: the paper 名单 through WeChat — upright, no EXIF
        photos = one(mailbox, "paper-list-photos")
        pics = named(photos, ".jpg")
        assert pics and all(n.startswith("微信图片_") and not exif(d) for n, d in pics)
        assert f"共{len(pics)}页" in plain(photos)
        # 大屯镇: the Excel without one village, that village's paper 名单 photographed
        mixed = one(mailbox, "excel-beside-village-paper-photos")
        ((_, data),) = named(mixed, ".xlsx")
        village = re.search(r"其中(\S+?村)的名单", plain(mixed)).group(1)
        assert village not in cells(data) and RK_TITLE in cells(data) and exif(named(mixed, ".jpg")[0][1]).get(0x0112) == 6
        # 县医保局: one photo of its paper 名单 on a desk (a phone's EXIF)
        desk = one(mailbox, "department-paper-list-photo-on-desk")
        ((_, data),) = named(desk, ".jpg")
        assert exif(data).get(0x010F) == "HUAWEI" and exif(data).get(0x0112) == 6 and QUOTA["县医保局"] == 1
        # 汤神庙镇: the printed 名单 stamped and scanned, signed by the town's 普查办
        office = one(mailbox, "list-stamped-scan-by-census-office")
        ((_, data),) = named(office, ".pdf")
        assert "人口普查领导小组办公室" in plain(office) and message(office)["From"].addresses[0].display_name == "普查办"
        assert not pdf_text(data).strip() and red_share(pdf_images(data)[0], (400, 150, 827, 1169)) > 0.003
        # 老大杖子乡: the photos out of focus, then sharp, from the same address
        blurry, sharp = one(mailbox, "blurry-paper-list-photo"), one(mailbox, "clear-photo-resend")
        assert sender(blurry) == sender(sharp) and not sharp.is_correction
        assert len(named(blurry, ".jpg")) == len(named(sharp, ".jpg"))
        assert all(edges(b) * 2 < edges(s) for (_, b), (_, s) in zip(named(blurry, ".jpg"), named(sharp, ".jpg")))
        # 王宝营子乡: the OA's 报告 as an OFD, the 名单 in its words, the town's 电子印章; the name in GBK RFC 2231
        report = one(mailbox, "list-in-ofd-report")
        ((_, data),) = named(report, ".ofd")
        assert official("王宝营子乡") in ofd_text(data) and "普查员" in ofd_text(data)
        assert [s["name"] for s in ofd_seals(data)] == ["建昌县王宝营子乡人民政府"]
        assert b"filename*=GBK''" in report.raw and message(report)["X-Mailer"] is None
        # the gateway's notice: the 普查 notice's title, 石佛乡's address, no file
        gw = one(mailbox, "gateway-quarantine-notice")
        assert str(message(gw)["Subject"]) == f"【隔离通知】{make_mixed50.NOTICE_TITLE[RK]}" and not attachments(gw)
        assert sender(photos) in plain(gw) and message(gw)["Auto-Submitted"] == "auto-generated"
        # late and on time
        late = by_case(mailbox, "qz-late") + by_case(mailbox, "rk-late") + [signed]
        assert all(m.received_at > DUES[m.requirements[0]] for m in late)
        on_time = [m for m in mailbox if m.campaign in (QZ, RK) and m not in late]
        assert all(m.received_at <= DUES[m.requirements[0]] for m in on_time)
        # the windows: every mail after its notice
        assert all(m.received_at > dt.datetime(2060, 7, 7, 10, tzinfo=SH) for m in mailbox if m.campaign == RK)
        assert all(m.received_at > dt.datetime(2060, 7, 5, 9, tzinfo=SH) for m in mailbox if m.campaign == QZ)


@pytest.mark.parametrize("data", [b"", b"abc", b"abcd" * 16, bytes(range(256)) * 3])
def test_sm3_in_plain_python_is_sm3(data, monkeypatch):
    """The plain-Python SM3 (for a Python whose OpenSSL lacks it) gives GB/T 32905's digests."""
    import hashlib

    known = {b"abc": "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
             b"abcd" * 16: "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732"}
    want = hashlib.new("sm3", data).hexdigest() if "sm3" in hashlib.algorithms_available else known.get(data)
    monkeypatch.setattr(hashlib, "algorithms_available", set())
    if want:
        assert sm3(data).hex() == want
