"""Routing on a thirty-ninth, held-out mixed mailbox (tests/fixtures/mixed39).

Two 2049 campaigns drafted by `collector campaign init --from-notice` that ask, in the same weeks, two sets of units
for papers on one matter (防汛物资储备) — the 2049年县直单位防汛物资储备情况统计 (县直各单位: the 32 departments and the
7 直属机构: the Excel 统计表 by 05-18 17:00) and the 2049年乡镇防汛物资储备台账 (the 28 towns and townships: the Excel
台账 and at least 3 JPG photos by 05-21 16:00) — beside the built-in 5·15 (2023) one; 40 mails labelled by hand,
written apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact
requirements.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
from test_match_mixed27 import attachments, by_case, message
from test_match_mixed32 import opens_as_image, plain
from test_match_mixed34 import is_xlsx
from test_match_mixed36 import one, sender

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed39"))
import make_mixed39  # noqa: E402
import mixed39_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"tj": dt.datetime(2049, 5, 18, 17, 0, tzinfo=SH), "tz": dt.datetime(2049, 5, 21, 16, 0, tzinfo=SH)}
PICTURES = (".jpg", ".jpeg", ".png", ".jfif", ".heic")
TJ_WORDS, TZ_WORDS = mixed39_docs.TJ_TITLE, mixed39_docs.TZ_TITLE


def cells(data: bytes) -> str:
    """Every cell of every sheet, as openpyxl reads it (a clerk's view of the table)."""
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data))
    return "\n".join(" ".join(str(v) for v in row if v is not None)
                     for ws in wb.worksheets for row in ws.iter_rows(values_only=True))


def part(data: bytes, name: str) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read(name).decode("utf-8")


def strict_cells(data: bytes) -> str:
    """The shared strings and inline strings of an xlsx read by hand (openpyxl does not read the strict form)."""
    z = zipfile.ZipFile(io.BytesIO(data))
    texts = [z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/") and n.endswith(".xml")]
    return " ".join(html.unescape(t) for x in texts for t in re.findall(r"<t[^>]*>([^<]*)</t>", x))


def odd_header(data: bytes) -> str:
    """The first sheet's print header (页眉), as Excel's 打印预览 shows it (its &C code kept)."""
    ns = {"s": mixed39_docs.TRANSITIONAL_MAIN}
    root = ElementTree.fromstring(part(data, "xl/worksheets/sheet1.xml"))
    return root.findtext("s:headerFooter/s:oddHeader", default="", namespaces=ns)


def tables(mail) -> list[bytes]:
    return [d for n, d in attachments(mail) if n.endswith(".xlsx")]


def pictures(mail) -> list[bytes]:
    return [d for n, d in attachments(mail) if n.lower().endswith(PICTURES)]


def header_text(mail) -> str:
    msg = message(mail)
    return str(msg["Subject"]) + str(msg["From"]) + plain(mail) + "".join(n for n, _ in attachments(mail))


class TestMixed39Routing(RoutingTests):
    gen = make_mixed39
    cases = ["tj-clean", "tz-clean", "tj-late", "tz-late", "excel-2003-xml-spreadsheet", "xlsx-quoted-printable",
             "unit-only-in-file-properties", "classified-not-by-email", "attachment-removed-by-gateway",
             "resend-after-gateway-removal", "strict-ooxml-xlsx", "unit-weather-warning-broadcast",
             "same-photo-three-names", "photos-in-excel-cells", "jfif-photos", "numbers-file-from-mac",
             "town-fills-departments-form", "unit-only-in-print-header", "png-bytes-named-jpg", "photo-collage-one-jpg",
             "department-relays-for-town"]
    size = (40, 50)
    has_corrections = False  # 县交通局's resend replaces a mail nothing could be filed from: no correction; none labelled

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed39.ALL)
        tj, tz = cs[make_mixed39.TJ], cs[make_mixed39.TZ]
        tj_units, tz_units = [u.name for u in tj.units], [u.name for u in tz.units]
        assert len(tj_units) == 39 and {"县融媒体中心", "县气象局", "县供销社", "县档案馆", "县水利局"} <= set(tj_units)
        assert "建昌镇" not in tj_units and "八家子经济开发区" not in tj_units
        assert len(tz_units) == 28 and not set(tj_units) & set(tz_units) and "八家子经济开发区" not in tz_units
        (stat,) = tj.requirements
        (ledger,) = tz.requirements
        assert [stat.id, ledger.id] == make_mixed39.TJR + make_mixed39.TZR
        assert [(p.id, p.kind) for p in stat.parts] == [("table", "document")] and "xlsx" in stat.parts[0].formats
        assert [(p.id, p.kind) for p in ledger.parts] == [("table", "document"), ("photos", "photo")]
        assert ledger.parts[1].min_count == 3 and "xlsx" in ledger.parts[0].formats
        assert (stat.due, ledger.due) == (DUES["tj"], DUES["tz"])

    def test_every_picture_opens(self, mailbox):
        """Every picture attached or inline (the 5·15 JPEGs, the .jfif and the PNGs under .jpg names, the 拼图), those
        inserted in the 台账, and the Numbers file's preview open with PIL."""
        attached = [d for m in mailbox for d in pictures(m)]
        inline = [p.get_content() for m in mailbox for p in message(m).walk() if p.get_content_maintype() == "image"]
        media = [zipfile.ZipFile(io.BytesIO(d)).read(n) for m in mailbox for d in tables(m)
                 for n in zipfile.ZipFile(io.BytesIO(d)).namelist() if n.startswith("xl/media/")]
        previews = [zipfile.ZipFile(io.BytesIO(d)).read("preview.jpg") for m in mailbox for n, d in attachments(m)
                    if n.endswith(".numbers")]
        assert len(attached) >= 40 and len(media) == 4 and len(previews) == 1
        assert all(opens_as_image(d) for d in attached + inline + media + previews)

    def test_every_document_opens(self, mailbox):
        """Every Excel file of the 2049 mails opens with openpyxl (the strict one parses part by part), the
        SpreadsheetML parses as XML, the Numbers file is a zip of its IWA archive."""
        import openpyxl

        kinds = {"xlsx": 0, "strict": 0, "spreadsheetml": 0, "numbers": 0}
        for m in mailbox:
            if m.received_at.year != 2049:
                continue
            for name, data in attachments(m):
                if isinstance(data, str):
                    continue
                if data[:2] == b"PK" and is_xlsx(data):
                    if 'conformance="strict"' in part(data, "xl/workbook.xml"):
                        z = zipfile.ZipFile(io.BytesIO(data))
                        for n in z.namelist():
                            if n.endswith((".xml", ".rels")):
                                ElementTree.fromstring(z.read(n))
                        kinds["strict"] += 1
                    else:
                        openpyxl.load_workbook(io.BytesIO(data))
                        kinds["xlsx"] += 1
                elif b'progid="Excel.Sheet"' in data[:200]:
                    assert ElementTree.fromstring(data).tag == "{%s}Workbook" % mixed39_docs.SPREADSHEETML
                    kinds["spreadsheetml"] += 1
                elif name.endswith(".numbers"):
                    assert "Index/Document.iwa" in zipfile.ZipFile(io.BytesIO(data)).namelist()
                    kinds["numbers"] += 1
        assert kinds["xlsx"] >= 24 and kinds["strict"] == kinds["spreadsheetml"] == kinds["numbers"] == 1

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        official = mixed39_docs.official
        for m in by_case(mailbox, "tj-clean") + by_case(mailbox, "tj-late") + by_case(mailbox, "resend-after-gateway-removal"):
            ((name, data),) = attachments(m)
            text = cells(data)
            assert name.endswith(".xlsx") and TJ_WORDS in text and official(m.unit) in text and TZ_WORDS not in text
        for m in (by_case(mailbox, "tz-clean") + by_case(mailbox, "tz-late") + by_case(mailbox, "jfif-photos")
                  + by_case(mailbox, "png-bytes-named-jpg") + by_case(mailbox, "department-relays-for-town")):
            (table,) = tables(m)
            text = cells(table)
            assert TZ_WORDS in text and official(m.unit) in text and TJ_WORDS not in text
            photos = pictures(m)
            assert len(photos) == 3 and len(set(photos)) == 3 and all(opens_as_image(d) for d in photos)
        # 县商务局: Excel's XML spreadsheet 2003 under .xls
        xml = one(mailbox, "excel-2003-xml-spreadsheet")
        ((name, data),) = attachments(xml)
        assert name.endswith(".xls") and b'<?mso-application progid="Excel.Sheet"?>' in data and data[:2] != b"PK"
        assert official("县商务局") in data.decode("utf-8") and TJ_WORDS in data.decode("utf-8")
        # 县科技局: the xlsx in quoted-printable, from Lotus Notes
        qp = one(mailbox, "xlsx-quoted-printable")
        (att,) = [p for p in message(qp).walk() if p.get_filename()]
        assert att["Content-Transfer-Encoding"] == "quoted-printable" and message(qp)["X-Mailer"] == make_mixed39.NOTES_MAILER
        assert b"=0A" in qp.raw or b"=0D" in qp.raw
        assert official("县科技局") in cells(att.get_content())
        # 县审计局 (REVIEW): the 填报单位 blank, the unit only in the file's properties
        props = one(mailbox, "unit-only-in-file-properties")
        ((name, data),) = attachments(props)
        assert "审计" not in cells(data) + header_text(props) and "填报单位" in cells(data)
        assert "<Company>建昌县审计局</Company>" in part(data, "docProps/app.xml")
        assert sender(props) not in {sender(m) for m in mailbox if m is not props}
        assert not message(props)["From"].addresses[0].display_name
        # 县公安局 (REVIEW): no file, the paper went by 机要
        secret = one(mailbox, "classified-not-by-email")
        assert not attachments(secret) and "机要交换" in plain(secret) and "不通过互联网邮箱" in plain(secret)
        # 县交通局: the gateway's note in place of the file, then the resend from the same address
        removed = one(mailbox, "attachment-removed-by-gateway")
        ((name, note),) = attachments(removed)
        assert name.endswith(".txt") and "宏" in note and f"{mixed39_docs.short('县交通局')}{TJ_WORDS}.xls" in note
        assert not tables(removed)
        resend = one(mailbox, "resend-after-gateway-removal")
        assert sender(resend) == sender(removed) and resend.received_at > removed.received_at and not resend.is_correction
        # 县退役军人局: the strict form
        strict = one(mailbox, "strict-ooxml-xlsx")
        ((name, data),) = attachments(strict)
        z = zipfile.ZipFile(io.BytesIO(data))
        assert 'conformance="strict"' in part(data, "xl/workbook.xml") and mixed39_docs.STRICT_MAIN in part(data, "xl/workbook.xml")
        assert not any(mixed39_docs.TRANSITIONAL_MAIN.encode() in z.read(n) for n in z.namelist())
        assert official("县退役军人局") in strict_cells(data) and TJ_WORDS in strict_cells(data)
        # the weather warning: from the 气象台's system, no file, all 防汛物资
        warning = one(mailbox, "unit-weather-warning-broadcast")
        assert sender(warning) == make_mixed39.WARNING_SENDER[1] and not attachments(warning) and "防汛物资" in plain(warning)
        weather_unit = [m for m in by_case(mailbox, "tj-clean") if m.unit == "县气象局"]
        assert weather_unit and sender(weather_unit[0]) != sender(warning)
        # 石佛乡: three names, one photo
        same = one(mailbox, "same-photo-three-names")
        photos = pictures(same)
        assert len(photos) == 3 and len(set(photos)) == 1 and len(tables(same)) == 1
        # 贺杖子乡: the photos inside the 台账 only
        inside = one(mailbox, "photos-in-excel-cells")
        ((name, data),) = attachments(inside)
        media = [n for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if n.startswith("xl/media/")]
        assert len(media) == 4 and not pictures(inside) and official("贺杖子乡") in cells(data)
        # 头道营子乡: a Numbers file (no Excel) and three JPGs, from a Mac
        mac = one(mailbox, "numbers-file-from-mac")
        (numbers,) = [d for n, d in attachments(mac) if n.endswith(".numbers")]
        assert {"Index/Document.iwa", "preview.jpg"} <= set(zipfile.ZipFile(io.BytesIO(numbers)).namelist())
        assert not tables(mac) and len(set(pictures(mac))) == 3 and message(mac)["X-Mailer"] == make_mixed39.MAC_MAILER
        # 汤神庙镇: the 县直 units' 统计表 filled, not the 台账
        form = one(mailbox, "town-fills-departments-form")
        (table,) = tables(form)
        assert TJ_WORDS in cells(table) and TZ_WORDS not in cells(table) and official("汤神庙镇") in cells(table)
        assert "责任人" not in cells(table) and len(set(pictures(form))) == 3
        # 魏家岭乡: the unit only in the print header
        header = one(mailbox, "unit-only-in-print-header")
        (table,) = tables(header)
        assert "魏家岭" not in cells(table) + header_text(header) and "魏家岭乡人民政府" in odd_header(table)
        assert len(set(pictures(header))) == 3
        assert sender(header) not in {sender(m) for m in mailbox if m is not header}
        # 和尚房子乡: PNG bytes under .jpg names
        png = one(mailbox, "png-bytes-named-jpg")
        assert all(n.endswith(".jpg") and d[:8] == b"\x89PNG\r\n\x1a\n" for n, d in attachments(png) if not n.endswith(".xlsx"))
        # 黑山科乡: JPEG bytes under .jfif names
        jfif = one(mailbox, "jfif-photos")
        assert all(n.endswith(".jfif") and d[:3] == b"\xff\xd8\xff" and b"JFIF" in d[:20] for n, d in attachments(jfif)
                   if not n.endswith(".xlsx"))
        # 杨树湾子乡: one 拼图 of four
        collage = one(mailbox, "photo-collage-one-jpg")
        (picture,) = pictures(collage)
        from PIL import Image

        assert Image.open(io.BytesIO(picture)).size == (2 * 64 + 6, 2 * 48 + 6) and len(tables(collage)) == 1
        # 药王庙镇's 台账 from 县水利局's address, saying it relays
        relay = one(mailbox, "department-relays-for-town")
        own = [m for m in by_case(mailbox, "tj-clean") if m.unit == "县水利局"]
        assert own and sender(relay) == sender(own[0]) and "代为报送" in plain(relay) and "药王庙镇" in plain(relay)
        # late and on time
        late = by_case(mailbox, "tj-late") + by_case(mailbox, "tz-late")
        assert all(m.received_at > DUES[m.requirements[0]] for m in late)
        on_time = [m for m in mailbox if m.campaign in (make_mixed39.TJ, make_mixed39.TZ) and m not in late]
        assert all(m.received_at <= DUES[m.requirements[0]] for m in on_time)
        # the two campaigns' windows: every 2049 mail after the 县直 notice
        assert all(m.received_at > dt.datetime(2049, 5, 6, tzinfo=SH) for m in mailbox if m.received_at.year == 2049)
