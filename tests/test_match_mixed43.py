"""Routing on a forty-third, held-out mixed mailbox (tests/fixtures/mixed43).

Two 2053 campaigns drafted by `collector campaign init --from-notice` — the quarterly 精文减会和督查检查考核情况统计表 of the
32 departments and the 7 直属机构 (one Excel table a quarter: the first by 04-10 17:00, the second by 07-10 17:00) and the
撂荒耕地排查整治 of the 28 towns and the zone (the Excel 台账 and the plots' vector data, KMZ / KML / SHP, by 07-04 17:00),
whose window lies inside the second quarter's — beside the built-in 5·15 (2023) one; 47 mails labelled by hand, written
apart from the routing code, most of them from desktop clients and the county's 政务邮箱. The bar of
tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import sys
import zipfile
from pathlib import Path

import pytest
from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, message
from test_match_mixed32 import opens_as_image, plain
from test_match_mixed36 import one, sender

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed43"))
import make_mixed43  # noqa: E402
import mixed43_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"q1": dt.datetime(2053, 4, 10, 17, 0, tzinfo=SH), "q2": dt.datetime(2053, 7, 10, 17, 0, tzinfo=SH),
        "lh": dt.datetime(2053, 7, 4, 17, 0, tzinfo=SH)}
KML_NS = {"k": mixed43_docs.KML_NS}
JW_TITLE, LH_TITLE = mixed43_docs.JW_TITLE, mixed43_docs.LH_TITLE
official, short = mixed43_docs.official, mixed43_docs.short
VECTOR = (".kmz", ".kml", ".ovkml", ".shp")


def attachments(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every leaf attachment, as sent (a text part too: the KML files)."""
    return [(p.get_filename(), p.get_payload(decode=True)) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename()]


def workbooks(mail) -> list[tuple[str, bytes]]:
    """The Excel files a mail carries, those inside an Outlook item too."""
    out = []
    for name, data in attachments(mail):
        if name.endswith(".msg"):
            out += [(n, d) for n, d in mixed43_docs.msg_fields(data)["attachments"] if n.endswith(".xlsx")]
        elif name.endswith(".xlsx"):
            out.append((name, data))
    return out


def cells(data: bytes, values: bool = False) -> list[list]:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=values)
    return [list(row) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)]


def text_of(data: bytes) -> str:
    return "\n".join(" ".join(str(v) for v in row if v is not None) for row in cells(data))


def kml_root(data: bytes):
    """A KML document as a GIS reads it (lxml: libxml2 reads a GBK declaration too)."""
    from lxml import etree

    return etree.fromstring(data)


def placemarks(data: bytes) -> list[str]:
    return [p.findtext("k:name", namespaces=KML_NS) for p in kml_root(data).iterfind(".//k:Placemark", KML_NS)]


def kmz_kml(data: bytes) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read("doc.kml")


def vector_names(mail) -> list[str]:
    """The names of the polygons a mail's vector data holds (KMZ, KML, .ovkml, or the shapefile's .dbf DKBH)."""
    out = []
    for name, data in attachments(mail):
        if name.endswith(".kmz"):
            out += placemarks(kmz_kml(data))
        elif name.endswith((".kml", ".ovkml")):
            out += placemarks(data)
        elif name.endswith(".dbf"):
            out += [r["DKBH"] for r in dbf_records(data)]
    return out


def table_codes(data: bytes) -> list[str]:
    return [row[2] for row in cells(data) if isinstance(row[0], int)]


def shp_records(shp: bytes) -> tuple[int, list[int]]:
    """A .shp read by its header and record headers: the shape type and each record's number of points."""
    code, length = struct.unpack_from(">i20xi", shp, 0)
    version, shape_type = struct.unpack_from("<2i", shp, 28)
    assert (code, version, length * 2) == (9994, 1000, len(shp))
    points, at = [], 100
    while at < len(shp):
        _, words = struct.unpack_from(">2i", shp, at)
        kind, parts, count = struct.unpack_from("<i32x2i", shp, at + 8)
        assert kind == shape_type and parts == 1
        points.append(count)
        at += 8 + words * 2
    return shape_type, points


def dbf_records(data: bytes, encoding: str = "gbk") -> list[dict]:
    count, header, size = struct.unpack_from("<IHH", data, 4)
    fields, at = [], 32
    while data[at] != 0x0D:
        fields.append((data[at:at + 11].rstrip(b"\x00").decode("ascii"), data[at + 16]))
        at += 32
    out = []
    for i in range(count):
        row, pos = data[header + i * size + 1:header + (i + 1) * size], 0
        record = {}
        for name, length in fields:
            record[name] = row[pos:pos + length].decode(encoding).strip()
            pos += length
        out.append(record)
    return out


def header_text(mail) -> str:
    msg = message(mail)
    return str(msg["Subject"]) + str(msg["From"]) + "".join(n for n, _ in attachments(mail))


class TestMixed43Routing(RoutingTests):
    gen = make_mixed43
    cases = ["q1-clean", "q2-clean", "lh-clean", "q1-late", "q2-late", "lh-late", "correction",
             "signature-address-in-another-units-compound", "staffer-moved-to-another-unit",
             "lotus-notes-hierarchical-name", "vertical-bureau-asks-if-owed", "coremail-non-classified-tag",
             "outlook-msg-item-attached", "forward-with-draft-and-revised-table", "q2-before-quarter-end",
             "q2-reply-to-own-q1-mail", "q2-table-lists-land-inspection", "half-year-cumulative-not-quarter",
             "oa-export-guid-file-name", "kml-declared-gbk", "ovkml-extension", "map-screenshot-for-vector",
             "shapefile-loose-files", "vector-from-land-station-next-day", "zone-table-names-host-town-villages",
             "kmz-holds-town-boundary-only", "oa-todo-digest", "auto-reply"]
    size = (40, 50)
    has_corrections = True  # 县卫健局's 一季度 统计表 (更正, 以此为准)

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed43.ALL)
        jw, lh = cs[make_mixed43.JW], cs[make_mixed43.LH]
        jw_units, lh_units = {u.name for u in jw.units}, {u.name for u in lh.units}
        assert len(jw_units) == 39 and {"县气象局", "县政务服务中心", "县税务局", "生态环境局建昌分局"} <= jw_units
        assert len(lh_units) == 29 and {"八家子经济开发区", "八家子镇", "二道湾子蒙古族乡"} <= lh_units
        assert not jw_units & lh_units
        assert [r.id for r in jw.requirements] == make_mixed43.Q1 + make_mixed43.Q2
        for r in jw.requirements:
            assert [(p.id, p.kind) for p in r.parts] == [("table", "document")] and "xlsx" in r.parts[0].formats
            assert r.due == DUES[r.id]
        (lh_req,) = lh.requirements
        assert lh_req.id == "lh" and lh_req.due == DUES["lh"]
        assert [(p.id, p.kind) for p in lh_req.parts] == [("table", "document"), ("map", "document")]
        assert {"kmz", "kml"} <= set(lh_req.parts[1].formats) and "xlsx" in lh_req.parts[0].formats

    def test_every_picture_opens(self, mailbox):
        """Every picture attached opens with PIL: the 5·15 photos and, in 2053, the one screenshot of the map."""
        pics = [(m, d) for m in mailbox for n, d in attachments(m) if n.lower().endswith((".jpg", ".jpeg", ".png"))]
        assert len(pics) >= 9 and all(opens_as_image(d) for _, d in pics)
        assert [m.case for m, _ in pics if m.received_at.year == 2053] == ["map-screenshot-for-vector"]

    def test_every_document_opens(self, mailbox):
        """Every Excel file of 2053 opens (openpyxl), the one inside the Outlook item too; every KMZ is a zip whose
        doc.kml parses, every KML and .ovkml parses; the shapefile's .shp, .shx and .dbf agree; the .msg reads."""
        import openpyxl

        kinds = {"xlsx": 0, "kmz": 0, "kml": 0, "ovkml": 0, "shp": 0, "msg": 0}
        for m in mailbox:
            if m.received_at.year != 2053:
                continue
            for name, data in workbooks(m):
                openpyxl.load_workbook(io.BytesIO(data))
                kinds["xlsx"] += 1
            files = dict(attachments(m))
            for name, data in files.items():
                ext = name.rsplit(".", 1)[-1]
                if ext == "kmz":
                    assert placemarks(kmz_kml(data))
                elif ext in ("kml", "ovkml"):
                    assert placemarks(data)
                elif ext == "shp":
                    base = name[:-4]
                    shape_type, points = shp_records(data)
                    shx = files[base + ".shx"]
                    assert shape_type == 5 and len(shx) == 100 + 8 * len(points)
                    assert len(dbf_records(files[base + ".dbf"], files[base + ".cpg"].decode())) == len(points)
                    assert "CGCS2000" in files[base + ".prj"].decode("ascii")
                elif ext == "msg":
                    assert mixed43_docs.msg_fields(data)["class"] == "IPM.Note"
                if ext in kinds:
                    kinds[ext] += 1
        assert kinds["xlsx"] >= 35
        assert (kinds["kmz"], kinds["kml"], kinds["ovkml"], kinds["shp"], kinds["msg"]) == (8, 1, 1, 1, 1)

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        quarter = {"q1": "第一季度", "q2": "第二季度"}
        # the 统计表s filed: the unit's, of the quarter labelled, no 台账
        for m in mailbox:
            if m.campaign != make_mixed43.JW:
                continue
            (req,) = m.requirements
            books = workbooks(m)
            assert books and not any(n.endswith(VECTOR) for n, _ in attachments(m)), m.name
            for _, data in books:
                text = text_of(data)
                assert JW_TITLE in text and f"填报单位：{official(m.unit)}" in text and LH_TITLE not in text, m.name
                assert f"统计时段：2053年{quarter[req]}" in text, m.name
        # the 撂荒 filed: the unit's 台账; with `map`, the vector data of the same plots; without, none of them
        for m in mailbox:
            if m.campaign != make_mixed43.LH:
                continue
            tables = [d for n, d in attachments(m) if n.endswith(".xlsx")]
            assert len(tables) == ("table" in m.parts), m.name
            codes = set(table_codes(tables[0])) if tables else None
            if tables:
                assert LH_TITLE in text_of(tables[0]) and official(m.unit) in text_of(tables[0]) and JW_TITLE not in text_of(tables[0])
            names = vector_names(m)
            if "map" in m.parts:
                assert names and (codes is None or set(names) == codes), m.name
            else:
                assert not set(names) & (codes or set()), m.name
        # 县档案馆: no unit in the subject or the file name; the sign-off's address names 机关事务服务中心
        archive = one(mailbox, "signature-address-in-another-units-compound")
        assert "档案" not in header_text(archive) and "县机关事务服务中心院内" in plain(archive) and "建昌县档案馆" in plain(archive)
        # the staffer: one 163 address, 商务局's table in April, 发改局's in July; the address no one else's
        first, moved = by_case(mailbox, "staffer-moved-to-another-unit")
        assert (first.unit, moved.unit) == ("县商务局", "县发改局") and sender(first) == sender(moved)
        assert "调到县发改局" in plain(moved)
        assert sender(first) not in {sender(m) for m in mailbox if m not in (first, moved)}
        # 县商务局's July table (REVIEW): 1-6月 added up, from a new address
        half = one(mailbox, "half-year-cumulative-not-quarter")
        ((_, data),) = workbooks(half)
        assert "1-6月（上半年累计）" in text_of(data) and sender(half) != sender(first)
        ((_, april),) = workbooks(first)
        assert all(h >= a for h, a in zip([r[2] for r in cells(data)[3:8]], [r[2] for r in cells(april)[3:8]]))
        # 县财政局: Lotus Notes, the Notes name as the display name, GB2312 words, no unit in subject or file name
        notes = one(mailbox, "lotus-notes-hierarchical-name")
        assert message(notes)["X-Mailer"] == make_mixed43.NOTES_MAILER and "X-MIMETrack" in message(notes)
        assert re.fullmatch(r".+/czj/jcx", message(notes)["From"].addresses[0].display_name)
        assert b"From: =?GB2312?B?" in notes.raw and b'charset="gb2312"' in notes.raw and b"=_mixed " in notes.raw
        assert "财政" not in str(message(notes)["Subject"]) + "".join(n for n, _ in attachments(notes))
        assert "建昌县财政局办公室" in plain(notes)
        # 县税务局 (REVIEW): a question, no file, from the tax system's mail
        question = one(mailbox, "vertical-bureau-asks-if-owed")
        assert not attachments(question) and "是否还需报送" in plain(question) and sender(question).endswith("chinatax.gov.cn")
        # 县审计局: the 政务邮箱's 密级 tag and footer
        tagged = one(mailbox, "coremail-non-classified-tag")
        assert str(message(tagged)["Subject"]).startswith("【非涉密】") and make_mixed43.CLASSIFICATION_FOOTER in plain(tagged)
        assert message(tagged)["X-Mailer"] == make_mixed43.COREMAIL_GOV and sender(tagged).endswith("@jianchang.gov.cn")
        # 县退役军人局: the table only inside the Outlook item
        item = one(mailbox, "outlook-msg-item-attached")
        ((name, data),) = attachments(item)
        fields = mixed43_docs.msg_fields(data)
        assert name.endswith(".msg") and fields["subject"] == "一季度精文减会统计表"
        assert [n for n, _ in fields["attachments"]] == ["退役军人事务局一季度精文减会统计表.xlsx"]
        # 县人社局: a forward carrying the 初稿 and the 修改稿, the text saying which counts
        forward = one(mailbox, "forward-with-draft-and-revised-table")
        (draft_name, draft), (revised_name, revised) = attachments(forward)
        assert "初稿" in draft_name and "修改稿" in revised_name and cells(draft)[6] != cells(revised)[6]
        assert "-----原始邮件-----" in plain(forward) and "以修改稿为准" in plain(forward) and not forward.is_correction
        # 县气象局: the second quarter's table before the quarter ended
        early = one(mailbox, "q2-before-quarter-end")
        assert early.received_at < dt.datetime(2053, 7, 1, tzinfo=SH)
        # 县民政局: a reply to its own 一季度 mail, carrying the 二季度 table
        reply = one(mailbox, "q2-reply-to-own-q1-mail")
        (april_mail,) = [m for m in by_case(mailbox, "q1-clean") if m.unit == "县民政局"]
        assert str(message(reply)["Subject"]) == "回复：" + str(message(april_mail)["Subject"])
        assert message(reply)["In-Reply-To"] == message(april_mail)["Message-ID"] and "第一季度" in plain(reply)
        # 县农业农村局: its 二季度 table's 督查 row is the 撂荒 督导
        land = one(mailbox, "q2-table-lists-land-inspection")
        ((_, data),) = workbooks(land)
        assert "撂荒耕地排查整治督导" in text_of(data) and "撂荒耕地" in plain(land)
        # 县交通局: an OA export, the file named by its id, the 增减 formulas without values
        oa = one(mailbox, "oa-export-guid-file-name")
        ((name, data),) = attachments(oa)
        assert re.fullmatch(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\.xlsx", name) and "X-Mailer" not in message(oa)
        assert all(str(r[4]).startswith("=IF(") for r in cells(data)[3:8])
        assert all(r[4] is None for r in cells(data, values=True)[3:8])
        assert b"Apache POI" in zipfile.ZipFile(io.BytesIO(data)).read("docProps/app.xml")
        # 石佛乡: a KML declared GBK, not UTF-8
        gbk = one(mailbox, "kml-declared-gbk")
        (kml,) = [d for n, d in attachments(gbk) if n.endswith(".kml")]
        assert kml.startswith(b'<?xml version="1.0" encoding="GBK"?>')
        with pytest.raises(UnicodeDecodeError):
            kml.decode("utf-8")
        # 要路沟乡: 奥维's .ovkml
        (ov,) = [n for n, _ in attachments(one(mailbox, "ovkml-extension")) if not n.endswith(".xlsx")]
        assert ov.endswith(".ovkml")
        # 黑山科乡: a picture of the map, no vector file
        shot = one(mailbox, "map-screenshot-for-vector")
        assert sorted(n.rsplit(".", 1)[-1] for n, _ in attachments(shot)) == ["jpg", "xlsx"]
        # 牤牛营子乡: the shapefile's five files loose, no zip
        loose = one(mailbox, "shapefile-loose-files")
        names = [n for n, _ in attachments(loose) if not n.endswith(".xlsx")]
        assert len({n.rsplit(".", 1)[0] for n in names}) == 1
        assert sorted(n.rsplit(".", 1)[-1] for n in names) == ["cpg", "dbf", "prj", "shp", "shx"]
        # 贺杖子乡: the 台账 from the town, the KMZ the next day from its 国土资源所's own address
        table_first, station = by_case(mailbox, "vector-from-land-station-next-day")
        assert table_first.parts == ["table"] and station.parts == ["map"] and sender(table_first) != sender(station)
        assert "国土资源所明天" in plain(table_first) and "贺杖子乡国土资源所" in plain(station)
        assert sender(station) not in {sender(m) for m in mailbox if m is not station}
        (table,) = [d for n, d in attachments(table_first) if n.endswith(".xlsx")]
        assert set(vector_names(station)) == set(table_codes(table))
        # 八家子经济开发区: the villages it runs for 八家子镇, named so
        zone = one(mailbox, "zone-table-names-host-town-villages")
        (table,) = [d for n, d in attachments(zone) if n.endswith(".xlsx")]
        villages = [row[1] for row in cells(table) if isinstance(row[0], int)]
        assert villages and all(v.startswith("八家子镇") and v.endswith("（开发区托管）") for v in villages)
        assert "八家子经济开发区管委会" in plain(zone)
        # 老大杖子乡: the KMZ holds the township's outline alone
        outline = one(mailbox, "kmz-holds-town-boundary-only")
        assert vector_names(outline) == [f"{official('老大杖子乡')}行政区域"]
        # the OA platform's digest: no file, both notices' titles
        digest = one(mailbox, "oa-todo-digest")
        assert not attachments(digest) and "撂荒耕地" in plain(digest) and "精文减会" in plain(digest)
        # 县卫健局's correction
        correction = one(mailbox, "correction")
        assert correction.is_correction and "以此为准" in plain(correction)
        # late and on time; every 撂荒 mail after its notice
        late = [m for m in mailbox if m.case in ("q1-late", "q2-late", "lh-late")]
        assert len(late) == 3 and all(m.received_at > DUES[m.requirements[0]] for m in late)
        on_time = [m for m in mailbox if m.campaign in (make_mixed43.JW, make_mixed43.LH) and m not in late]
        assert all(m.received_at <= DUES[m.requirements[0]] for m in on_time)
        assert all(m.received_at > dt.datetime(2053, 6, 16, tzinfo=SH) for m in mailbox if m.campaign == make_mixed43.LH)

    def test_most_mails_come_from_desktop_clients_and_the_government_mail(self, mailbox):
        """The 2053 mails: more from desktop clients (Outlook, Foxmail, Lotus Notes), the 政务邮箱 and OA systems than
        from phones."""
        phones = desk = 0
        for m in mailbox:
            if m.received_at.year != 2053:
                continue
            mailer_ = str(message(m)["X-Mailer"] or "")
            if mailer_.startswith("iPhone") or "发自我的iPhone" in plain(m) or "网易邮箱大师" in plain(m):
                phones += 1
            elif mailer_.startswith(("Microsoft Outlook", "Foxmail", "Lotus Notes", "Coremail Webmail Server Version XT6")) \
                    or "X-Mailer" not in message(m):
                desk += 1
        assert desk > 2 * phones
