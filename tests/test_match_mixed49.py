"""Routing on a forty-ninth, held-out mixed mailbox (tests/fixtures/mixed49).

Three campaigns drafted by `collector campaign init --from-notice`: the 2058年度造林绿化任务完成情况 of the 28 towns (an
Excel 统计表 by 2059-01-09, closed long before the spring and still loaded, its stragglers arriving in the spring
windows), the 2059年春季造林绿化进度 of the same towns (the same Excel 进度统计表 twice: the figures to 04-15 by 04-21, to
05-20 by 05-26) and the 2059年度建设项目用地需求 of the eight units the notice names (the Excel 需求表 and a 用地范围图 a
project — DXF, KMZ, or a PDF / JPG 示意图 — by 04-10), beside the built-in 5·15 (2023) one; 47 mails labelled by hand,
written apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact
requirements.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree

import pytest
import yaml
from mixed_mailbox_tests import RoutingTests
from mixed_suite import kept_draft_as_drafted
from test_match_mixed27 import message
from test_match_mixed32 import opens_as_image, plain
from test_match_mixed36 import one, sender

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed49"))
import make_mixed49  # noqa: E402
import mixed49_docs  # noqa: E402
from make_mixed49 import JD, YD, ZL  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"zl": dt.datetime(2059, 1, 9, 17, 0, tzinfo=SH), "jd1": dt.datetime(2059, 4, 21, 17, 0, tzinfo=SH),
        "jd2": dt.datetime(2059, 5, 26, 17, 0, tzinfo=SH), "yd": dt.datetime(2059, 4, 10, 17, 0, tzinfo=SH)}
NOTICE_DAYS = {ZL: dt.datetime(2058, 12, 3, tzinfo=SH), JD: dt.datetime(2059, 3, 17, tzinfo=SH),
               YD: dt.datetime(2059, 3, 24, tzinfo=SH)}
official, short = mixed49_docs.official, mixed49_docs.short
ROSTER = Path(__file__).parents[1] / "collector" / "rosters" / "jianchang.yaml"


def attachments(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every leaf attachment, as sent (a text part too: the GeoJSON)."""
    return [(p.get_filename(), p.get_payload(decode=True)) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename()]


def named(mail, *ends: str) -> list[tuple[str, bytes]]:
    return [(n, d) for n, d in attachments(mail) if n.lower().endswith(ends)]


def sheets(data: bytes) -> dict[str, list[list]]:
    """Every sheet's rows (values) of an .xlsx, or of an .xlsb's one sheet."""
    import openpyxl

    if b"xl/workbook.bin" in data:
        return {"Sheet1": mixed49_docs.xlsb_cells(data)}
    wb = openpyxl.load_workbook(io.BytesIO(data))
    return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}


def cells(data: bytes) -> str:
    return "\n".join(" ".join(str(v) for v in row if v not in (None, "")) for rows in sheets(data).values() for row in rows)


def first_sheet(data: bytes) -> list[list]:
    return next(iter(sheets(data).values()))


def filled_by(data: bytes) -> str:
    """The 填报单位 cell of a table (its second row)."""
    row = first_sheet(data)[1]
    return str(row[1] or "")


def header_text(mail) -> str:
    msg = message(mail)
    return str(msg["Subject"]) + str(msg["From"]) + "".join(n for n, _ in attachments(mail))


def inflated_members(data: bytes) -> dict[str, bytes]:
    """A zip read by hand: each member's name (GBK without the UTF-8 flag) and its stored-block deflate data
    inflated — Deflate64's stored blocks are Deflate's."""
    import struct

    out, i = {}, 0
    while data[i:i + 4] == b"PK\x03\x04":
        (_, flags, method, _, _, crc, size, _, n, extra) = struct.unpack("<HHHHHIIIHH", data[i + 4:i + 30])
        name = data[i + 30:i + 30 + n].decode("utf-8" if flags & 0x800 else "gbk")
        body = data[i + 30 + n + extra:i + 30 + n + extra + size]
        assert method == 9
        out[name] = zlib.decompressobj(-15).decompress(body)
        assert zlib.crc32(out[name]) == crc
        i += 30 + n + extra + size
    return out


def unflowed(text: str) -> str:
    """RFC 3676 with delsp=yes: a line ending in a space runs on into the next, the space taken out."""
    return re.sub(r" \r?\n", "", text)


class TestMixed49Routing(RoutingTests):
    gen = make_mixed49
    cases = ["zl-clean", "zl-late", "yd-clean", "jd1-clean", "jd1-late", "jd2-clean", "jd2-late",
             "windows-send-to-mail-recipient", "xlsb-binary-workbook", "year-end-table-with-spring-plan-sheet",
             "correction-after-acceptance-check", "last-years-table-in-spring-window", "notice-bounced-global-dsn",
             "maps-first-unit-in-cad-title-block", "table-after-maps", "dxf-text-as-unicode-escapes",
             "town-not-picked-sends", "geojson-instead-of-kmz", "boundary-coordinates-typed-in-body", "correction",
             "zip-password-by-sms", "resend-unlocked-after-sms-password", "both-campaigns-one-mail-late-and-on-time",
             "jd1-with-afforestation-plots-dxf", "one-zero-table-for-both-rounds", "unit-only-by-division-code",
             "jd1-straggler-told-by-cutoff-date-only", "iphone-chinese-forward-from-leader", "zip-deflate64",
             "flowed-delsp-splits-unit-name"]
    size = (40, 50)
    has_corrections = True  # 八家子镇's 2058 table after the 核查验收, 县水利局's 需求表 with a project added

    def test_set_is_varied_and_labelled(self, mailbox):
        """The shared check, and the other draw gives the same labels in the same order."""
        from mixed_suite import assert_labels_well_formed, built

        assert_labels_well_formed(mailbox, self.gen.ALL, self.cases, self.size)
        other = built(self.gen, self.seed)
        assert [(m.campaign, m.unit, m.requirements, m.parts, m.case, m.is_correction) for m in other] == [
            (m.campaign, m.unit, m.requirements, m.parts, m.case, m.is_correction) for m in mailbox]

    def test_the_drafter_still_drafts_what_the_clerk_kept(self, tmp_path):
        """The drafter drafts the kept draft of every notice. The 2058 and 用地需求 files are their drafts with the
        clerk's fixes (A1-A2, C1-C2: ids, titles, hints, parts), the same units and dues; the 春季 file keeps two of
        the draft's three requirements (fix B1: the other is the day the planting ends; the figures' cut-off dates,
        `截至4月15日的进展情况`, two more of the clerk's B1, the drafter no longer takes for deadlines, h-fixn107b), the
        same units."""
        kept = {c.id: c for c in self.campaigns()}
        drafted = {}
        for cid, notice in self.gen.NOTICE_FILES.items():
            (tmp_path / cid).mkdir()
            drafted[cid] = kept_draft_as_drafted(self.gen.CAMPAIGNS_DIR / notice, tmp_path / cid)
            assert drafted[cid].id == cid
            assert [u.name for u in drafted[cid].units] == [u.name for u in kept[cid].units]
        for cid in (ZL, YD):
            assert [r.due for r in drafted[cid].requirements] == [r.due for r in kept[cid].requirements]
        end = dt.timedelta(hours=23, minutes=59, seconds=59)
        assert [r.due for r in drafted[JD].requirements] == [
            dt.datetime(2059, 5, 20, tzinfo=SH) + end, DUES["jd1"], DUES["jd2"]]
        assert [r.due for r in kept[JD].requirements] == [DUES["jd1"], DUES["jd2"]]

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed49.ALL)
        zl, jd, yd = cs[ZL], cs[JD], cs[YD]
        towns = [u.name for u in zl.units]
        assert len(towns) == 28 and [u.name for u in jd.units] == towns and "八家子经济开发区" not in towns
        assert [u.name for u in yd.units] == make_mixed49.YD_UNITS
        assert set(make_mixed49.YD_UNITS) & set(towns) == {"建昌镇", "药王庙镇", "汤神庙镇"}
        assert [r.id for r in zl.requirements] == make_mixed49.ZLR
        assert [r.id for r in jd.requirements] == make_mixed49.JD1 + make_mixed49.JD2
        assert [r.id for r in yd.requirements] == make_mixed49.YDR
        for r in zl.requirements + jd.requirements:
            (table,) = r.parts
            assert table.id == "table" and "xlsx" in table.formats
        table, drawing = yd.requirements[0].parts
        assert (table.id, drawing.id) == ("table", "map") and "xlsx" in table.formats
        assert {"dxf", "kmz", "pdf", "jpg"} <= set(drawing.formats) and "geojson" not in drawing.formats
        assert {r.id: r.due for c in (zl, jd, yd) for r in c.requirements} == DUES

    def test_every_picture_opens(self, mailbox):
        """Every picture attached opens with PIL: the 5·15 photos and the 用地范围示意图 JPEGs."""
        pics = [(m, d) for m in mailbox for n, d in attachments(m) if n.lower().endswith((".jpg", ".jpeg", ".png"))]
        assert len(pics) >= 10 and all(opens_as_image(d) for _, d in pics)
        assert sum(m.received_at.year == 2059 for m, _ in pics) == 2

    def test_every_document_opens(self, mailbox):
        """Every file of the 2058-2059 mails opens as what it is: the tables (openpyxl; the .xlsb record by record),
        the DXFs (their TEXT, under their code page), the KMZ (its doc.kml), the GeoJSON, the PDFs (pypdf); the 7-Zip
        Deflate64 zip by hand (Python's zipfile refuses method 9) and the locked zip only as locked."""
        from pypdf import PdfReader

        kinds = {k: 0 for k in ("xlsx", "xlsb", "dxf", "kmz", "geojson", "pdf", "jpg", "deflate64", "locked")}
        for m in mailbox:
            if m.received_at.year < 2058:
                continue
            for name, data in attachments(m):
                ext = name.rsplit(".", 1)[-1].lower()
                if ext in ("xlsx", "xlsb"):
                    assert cells(data)
                elif ext == "dxf":
                    assert mixed49_docs.dxf_texts(data) and b"POLYLINE" in data
                elif ext == "kmz":
                    ElementTree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("doc.kml"))
                elif ext == "geojson":
                    assert json.loads(data)["type"] == "FeatureCollection"
                elif ext == "pdf":
                    assert len(PdfReader(io.BytesIO(data)).pages) == 1
                elif ext == "jpg":
                    assert opens_as_image(data)
                elif m.case == "zip-deflate64":
                    with pytest.raises(NotImplementedError):
                        zipfile.ZipFile(io.BytesIO(data)).read(zipfile.ZipFile(io.BytesIO(data)).namelist()[0])
                    ((inner, xlsx),) = inflated_members(data).items()
                    assert inner.endswith(".xlsx") and cells(xlsx)
                    ext = "deflate64"
                elif m.case == "zip-password-by-sms":
                    z = zipfile.ZipFile(io.BytesIO(data))
                    assert all(i.flag_bits & 1 for i in z.infolist())
                    with pytest.raises(RuntimeError):
                        z.read(z.namelist()[0])
                    ext = "locked"
                else:
                    raise AssertionError(f"{m.name}: {name}")
                kinds[ext] += 1
        assert kinds == {"xlsx": 34, "xlsb": 1, "dxf": 6, "kmz": 1, "geojson": 1, "pdf": 2, "jpg": 2, "deflate64": 1,
                         "locked": 1}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        filed = [m for m in mailbox if m.campaign in (ZL, JD, YD)]
        # every 2058 table filed: one table, 2058's title and cut-off, the unit's name (the .xlsb too)
        for m in (m for m in filed if m.campaign == ZL):
            ((name, data),) = attachments(m)
            assert name.endswith((".xlsx", ".xlsb")), m.name
            text = cells(data)
            assert mixed49_docs.ZL_TITLE in text and "2058年12月15日" in text and mixed49_docs.JD_TITLE not in text, m.name
            assert filled_by(data) == official(m.unit), m.name
        # every 春季 table filed: the 进度统计表 counted to its round's day, no 2058 title
        for m in (m for m in filed if m.campaign == JD):
            (table,) = [d for n, d in attachments(m) if n.endswith(".xlsx")] or [
                d for _, d in inflated_members(attachments(m)[0][1]).items()]
            text = cells(table)
            n = int(m.requirements[0][-1])
            assert mixed49_docs.JD_TITLE in text and mixed49_docs.CUTOFF[n] in text and mixed49_docs.ZL_TITLE not in text
            assert mixed49_docs.CUTOFF[3 - n] not in text, m.name
            expected = {"unit-only-by-division-code": "211422212", "flowed-delsp-splits-unit-name": ""}.get(m.case,
                                                                                                           official(m.unit))
            assert filled_by(table) == expected, m.name
        # every 用地需求 filed: the 需求表 of the unit's projects, a 范围图 a project
        for m in (m for m in filed if m.campaign == YD):
            tables = [d for n, d in attachments(m) if n.endswith(".xlsx")]
            maps = [(n, d) for n, d in attachments(m) if not n.endswith(".xlsx")]
            assert bool(tables) == ("table" in m.parts) and bool(maps) == ("map" in m.parts), m.name
            for data in tables:
                assert mixed49_docs.YD_TITLE in cells(data) and filled_by(data) == official(m.unit)
                projects = [p[0] for p in mixed49_docs.PROJECTS[m.unit]]
                assert all(p in cells(data) for p in projects)
            for name, _ in maps:
                assert any(name.startswith(p[0]) for p in mixed49_docs.PROJECTS[m.unit] + [mixed49_docs.SECOND_WATER])
        # 贺杖子乡: Windows' 发送到 → 邮件收件人, Outlook's own subject and body; the unit in the table only
        send_to = one(mailbox, "windows-send-to-mail-recipient")
        ((name, data),) = attachments(send_to)
        assert str(message(send_to)["Subject"]) == f"通过电子邮件发送: {name}" and name == f"{mixed49_docs.ZL_TITLE}.xlsx"
        assert plain(send_to).startswith("你的邮件已准备好") and message(send_to)["X-Mailer"] == make_mixed49.OUTLOOK
        assert "贺杖子" not in plain(send_to) + header_text(send_to) and filled_by(data) == "贺杖子乡人民政府"
        # 素珠营子乡: Excel's binary workbook
        ((name, data),) = attachments(one(mailbox, "xlsb-binary-workbook"))
        assert name.endswith(".xlsb") and b"xl/workbook.bin" in data and b"xl/worksheets/sheet1.bin" in data
        # 老大杖子乡: the 2058 table and, on a second sheet, its own spring plan (not a 进度统计表)
        plan = one(mailbox, "year-end-table-with-spring-plan-sheet")
        ((_, data),) = attachments(plan)
        assert list(sheets(data)) == ["2058年度完成情况", mixed49_docs.PLAN_TITLE]
        assert "统计截至" not in cells(data) and plan.received_at > NOTICE_DAYS[JD]
        # 八家子镇: the 2058 table again after the 核查验收, 以此为准; its first one came on time
        fixed = one(mailbox, "correction-after-acceptance-check")
        ((name, data),) = attachments(fixed)
        assert fixed.is_correction and "（更正）" in name and "按县林草局核查验收结果调整" in cells(data)
        assert "以此为准" in plain(fixed) and "调整" in str(message(fixed)["Subject"])
        assert [m.received_at < DUES["zl"] for m in filed if m.unit == fixed.unit and m.campaign == ZL] == [True, False]
        # 头道营子乡: the 2058 table under words that fit the spring one; it sent no 进度 at all
        stale = one(mailbox, "last-years-table-in-spring-window")
        ((name, data),) = attachments(stale)
        assert "2058" not in name + str(message(stale)["Subject"]) + plain(stale) and "造林" in name
        assert NOTICE_DAYS[JD] < stale.received_at < DUES["jd1"] and mixed49_docs.ZL_TITLE in cells(data)
        assert not [m for m in filed if m.unit == stale.unit and m.campaign == JD]
        # the 163 MTA's internationalized bounce of the 用地需求 notice
        bounce = one(mailbox, "notice-bounced-global-dsn")
        assert message(bounce).get_param("report-type") == "global-delivery-status"
        assert b"Status: 5.6.7" in bounce.raw and make_mixed49.BOUNCED.encode("utf-8") in bounce.raw
        assert b"message/global-headers" in bounce.raw and sender(bounce) == "postmaster@163.com"
        # 县交通局: the two 范围图 first from a colleague's own address, the unit only in the drawings' 图签
        maps_first = one(mailbox, "maps-first-unit-in-cad-title-block")
        texts = [t for _, d in attachments(maps_first) for t in mixed49_docs.dxf_texts(d)]
        assert texts.count("建设单位：建昌县交通运输局") == 2 and "交通" not in header_text(maps_first) + plain(maps_first)
        assert "药王庙" in str(message(maps_first)["Subject"]) and "汤神庙" in str(message(maps_first)["Subject"])
        table_after = one(mailbox, "table-after-maps")
        assert sender(table_after) != sender(maps_first) and table_after.received_at > maps_first.received_at
        # 汤神庙镇: the DXF's Chinese as \U+XXXX under ANSI_1252
        ((_, drawing),) = named(one(mailbox, "dxf-text-as-unicode-escapes"), ".dxf")
        assert b"ANSI_1252" in drawing and b"\\U+6C64\\U+795E\\U+5E99" in drawing and max(drawing) < 128
        assert "汤神庙温泉康养小镇配套道路工程用地范围图" in mixed49_docs.dxf_texts(drawing)
        # 大屯镇 (REVIEW): no unit the notice names
        volunteer = one(mailbox, "town-not-picked-sends")
        assert "大屯镇" not in make_mixed49.YD_UNITS and "大屯" in cells(named(volunteer, ".xlsx")[0][1])
        # 建昌镇: the 范围 as GeoJSON
        ((name, data),) = named(one(mailbox, "geojson-instead-of-kmz"), ".geojson")
        doc = json.loads(data)
        assert doc["features"][0]["geometry"]["type"] == "Polygon" and doc["name"] == name.removesuffix(".geojson")
        # 县卫健局: the 需求表 and, instead of the 范围图, six 界址点 typed in the body
        typed = one(mailbox, "boundary-coordinates-typed-in-body")
        assert [n for n, _ in attachments(typed)] == [f"卫健局{mixed49_docs.YD_TITLE}.xlsx"]
        assert len(re.findall(r"J\d  X=\d{7}\.\d\d  Y=40\d{6}\.\d\d", plain(typed))) == 6
        # 县水利局's correction: two projects now, the new one's drawing
        water = one(mailbox, "correction")
        assert water.is_correction and "以此为准" in plain(water)
        ((_, table),) = named(water, ".xlsx")
        assert mixed49_docs.SECOND_WATER[0] in cells(table) and len(first_sheet(table)) == 3 + 2 + 1
        # 县教育局: the locked zip, its password not in the mail; the plain files a week later from the same address
        locked = one(mailbox, "zip-password-by-sms")
        assert make_mixed49.PASSWORD.encode() not in locked.raw and "短信" in plain(locked)
        resend = one(mailbox, "resend-unlocked-after-sms-password")
        assert sender(resend) == sender(locked) and not resend.is_correction and not named(resend, ".zip")
        # 药王庙镇 (REVIEW): the 用地需求 (late) and the first 进度 (on time) in one mail
        both = one(mailbox, "both-campaigns-one-mail-late-and-on-time")
        texts = [cells(d) for _, d in named(both, ".xlsx")]
        assert sorted(t.split()[0] for t in texts) == sorted([mixed49_docs.YD_TITLE, mixed49_docs.JD_TITLE])
        assert len(named(both, ".pdf")) == 2 and DUES["yd"] < both.received_at < DUES["jd1"]
        # 和尚房子乡: a DXF beside its first 进度, of its 造林小班 (not a project's 红线)
        plots = one(mailbox, "jd1-with-afforestation-plots-dxf")
        ((_, drawing),) = named(plots, ".dxf")
        texts = mixed49_docs.dxf_texts(drawing)
        assert any("造林小班" in t for t in texts) and not any(t.startswith("建设单位") for t in texts)
        assert plots.unit not in make_mixed49.YD_UNITS
        # 谷杖子乡: a 零报告, said to stand for both rounds; nothing of it in the second
        zero = one(mailbox, "one-zero-table-for-both-rounds")
        ((_, data),) = attachments(zero)
        assert all(row[3] == 0 for row in first_sheet(data)[3:-2]) and "不再重复报送" in plain(zero)
        assert [m.requirements for m in filed if m.unit == zero.unit and m.campaign == JD] == [["jd1"]]
        # 新开岭乡: only its 行政区划代码, which the roster gives it
        coded = one(mailbox, "unit-only-by-division-code")
        codes = {u["name"]: u.get("division_code") for u in yaml.safe_load(ROSTER.read_text(encoding="utf-8"))["units"]}
        assert codes["新开岭乡"] == "211422212" and "211422212" in str(message(coded)["Subject"])
        ((name, data),) = attachments(coded)
        assert "新开岭" not in header_text(coded) + plain(coded) + cells(data) and name.startswith("211422212")
        # 杨树湾子乡: a first-round table in the second round's days, told only by its 统计截至
        straggler = one(mailbox, "jd1-straggler-told-by-cutoff-date-only")
        words = str(message(straggler)["Subject"]) + plain(straggler) + attachments(straggler)[0][0]
        assert "第一次" not in words and "4月15日" not in words and straggler.received_at > DUES["jd1"]
        # 雷家店乡: the 乡长's iPhone forward of the 林业站's mail
        forward = one(mailbox, "iphone-chinese-forward-from-leader")
        assert "开始转发的邮件：" in plain(forward) and sender(forward).endswith("@icloud.com")
        assert message(forward)["X-Mailer"] == make_mixed49.IPHONE_MAIL and str(message(forward)["Subject"]).startswith("转发：")
        # 玲珑塔镇: a 7-Zip Deflate64 zip, the name in GBK
        ((name, data),) = attachments(one(mailbox, "zip-deflate64"))
        assert name.endswith(".zip") and data[8:10] == b"\x09\x00" and not data[6] & 0x08
        # 养马甸子乡: the unit only in the body, cut by format=flowed's soft break
        flowed = one(mailbox, "flowed-delsp-splits-unit-name")
        part = message(flowed).get_body(("plain",))
        assert part.get_param("format") == "flowed" and part.get_param("delsp") == "yes"
        assert "养马甸子乡" not in part.get_content() and "养马甸子乡" in unflowed(part.get_content())
        ((name, data),) = attachments(flowed)
        assert "养马甸" not in header_text(flowed) + cells(data) and message(flowed)["X-Mailer"] == make_mixed49.APPLE_MAIL
        # late and on time, and every mail after its notice
        late = {"zl-late", "windows-send-to-mail-recipient", "xlsb-binary-workbook", "year-end-table-with-spring-plan-sheet",
                "last-years-table-in-spring-window", "resend-unlocked-after-sms-password", "jd1-late",
                "jd1-straggler-told-by-cutoff-date-only", "jd2-late"}
        for m in filed:
            if not m.is_correction:  # 八家子镇's comes after the close, 县水利局's before its due
                assert (m.received_at > DUES[m.requirements[0]]) == (m.case in late), m.name
            assert m.received_at > NOTICE_DAYS[m.campaign], m.name
        assert {m.unit for m in filed if m.campaign == YD} <= set(make_mixed49.YD_UNITS)
