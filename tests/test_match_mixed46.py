"""Routing on a forty-sixth, held-out mixed mailbox (tests/fixtures/mixed46).

Two 2056 campaigns drafted by `collector campaign init --from-notice`, in overlapping weeks, of overlapping units — the
2056年度“乡村振兴带头人” 推荐 (the 28 towns, 县农业农村局, 县商务局, 县人社局 and 县供销社, each up to its 名额: a Word 推荐表 a
nominee and 2 to 3 photos of the nominee, by 06-02 17:00) and the 2056年 重点项目建设进展 月报 (eight named 牵头部门, 县工信局
among them under its new name after a merger: the Excel 月报表, May's by 06-05 17:00 and June's by 07-05 17:00) — beside
the built-in 5·15 (2023) one; 46 mails labelled by hand, written apart from the routing code. The bar of
tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re
import struct
import sys
import zipfile
from pathlib import Path

import pytest
from mixed_mailbox_tests import RoutingTests
from mixed_suite import kept_draft_as_drafted
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, message
from test_match_mixed32 import opens_as_image, plain
from test_match_mixed36 import one, sender

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed46"))
import make_mixed46  # noqa: E402
import mixed46_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"tj": dt.datetime(2056, 6, 2, 17, 0, tzinfo=SH), "yb5": dt.datetime(2056, 6, 5, 17, 0, tzinfo=SH),
        "yb6": dt.datetime(2056, 7, 5, 17, 0, tzinfo=SH)}
MONTH = {"yb5": 5, "yb6": 6}
QUOTA = mixed46_docs.QUOTA
official, short = mixed46_docs.official, mixed46_docs.short
W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
PICTURES = (".jpg", ".jpeg", ".bmp")


def leaves(mail) -> list[tuple[str, bytes, str]]:
    """(name, bytes, type) of every file as a mail client shows it: the leaves with a name, an AppleDouble header
    (application/applefile) left out."""
    return [(p.get_filename(), p.get_payload(decode=True), p.get_content_type()) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename() and p.get_content_type() != "application/applefile"]


def named(mail, *ends: str) -> list[tuple[str, bytes]]:
    return [(n, d) for n, d, _ in leaves(mail) if n.lower().endswith(ends)]


def doc_text(name: str, data: bytes) -> str:
    """The text of a Word (transitional or strict, content controls too) or OpenDocument file, read by hand."""
    z = zipfile.ZipFile(io.BytesIO(data))
    if name.endswith(".odt"):
        return "\n".join(html.unescape(t) for t in re.findall(r"<text:p[^>]*>([^<]*)</text:p>",
                                                               z.read("content.xml").decode("utf-8")))
    xml = z.read("word/document.xml").decode("utf-8")
    return "\n".join("".join(html.unescape(t) for t in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
                     for p in re.findall(r"<w:p[ >].*?</w:p>", xml))


def forms(mail) -> list[str]:
    return [doc_text(n, d) for n, d in named(mail, ".docx", ".odt")]


def nominee_names(mail) -> list[str]:
    return [re.search(r"姓名\n(.+)", t).group(1) for t in forms(mail)]


def cells(data: bytes, values: bool = True) -> str:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=values)
    return "\n".join(" ".join(str(v) for v in row if v is not None)
                     for ws in wb.worksheets for row in ws.iter_rows(values_only=True))


def tables(mail) -> list[bytes]:
    return [d for n, d in named(mail, ".xlsx")]


def subject(mail) -> str:
    return str(message(mail)["Subject"])


def everything(mail) -> str:
    """Every word a reader sees: the sender, subject, body, file names and the documents' text."""
    return "\n".join([str(message(mail)["From"]), subject(mail), plain(mail), *(n for n, _, _ in leaves(mail)),
                      *forms(mail), *(cells(t) for t in tables(mail))])


class TestMixed46Routing(RoutingTests):
    gen = make_mixed46
    cases = ["tj-clean", "yb5-clean", "yb6-clean", "tj-late", "yb-late", "form-in-content-controls",
             "odt-form-from-kylin", "strict-ooxml-form", "appledouble-from-old-mac", "photos-in-self-extracting-exe",
             "photos-resent-after-exe", "subject-in-two-charsets", "same-nominee-as-town", "unit-only-in-photo-names",
             "name-outside-gbk-in-gb18030", "photos-as-bmp", "late-correction-swap-nominee", "quota-borrowed-from-town",
             "merged-mail-both-campaigns", "merged-bureau-new-name", "projects-handed-over",
             "department-not-listed-sends-monthly", "site-photos-beside-table", "may-correction-in-june-window",
             "xlsx-with-external-links", "june-under-old-keji-name", "relative-asks-about-nominee",
             "city-newsletter-bulk"]
    size = (40, 50)
    has_corrections = True  # 建昌镇's new nominee, 县交通局's May table (更正, 以此为准)

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_the_drafter_still_drafts_what_the_clerk_kept(self, tmp_path):
        """The drafter drafts the kept draft of every notice; the 推荐's kept file has the draft's id, units and due (the
        clerk's fixes A1–A5 touch ids, titles, parts and hints); the 月报's has the draft's eight units (B1 was the
        clerk's until the drafter read “一、报送单位”) and differs from its draft by B2 (May's 月报表 where the draft has the optional photos, the same due) and
        B3 (June's copied)."""
        kept = {c.id: c for c in self.campaigns()}
        drafted = {}
        for cid, notice in make_mixed46.NOTICE_FILES.items():
            (tmp_path / cid).mkdir()
            drafted[cid] = kept_draft_as_drafted(make_mixed46.CAMPAIGNS_DIR / notice, tmp_path / cid)
            assert drafted[cid].id == cid
        tj, yb = drafted[make_mixed46.TJ], drafted[make_mixed46.YB]
        assert [u.name for u in tj.units] == [u.name for u in kept[make_mixed46.TJ].units] == list(QUOTA)
        assert [r.due for r in tj.requirements] == [r.due for r in kept[make_mixed46.TJ].requirements] == [DUES["tj"]]
        # B1 is the drafter's now (README, After the fixes): the eight units of “一、报送单位”, in the notice's order
        assert [u.name for u in yb.units] == [u.name for u in kept[make_mixed46.YB].units] == mixed46_docs.YB_UNITS
        assert [r.due for r in yb.requirements] == [DUES["yb5"]]
        assert [r.due for r in kept[make_mixed46.YB].requirements] == [DUES["yb5"], DUES["yb6"]]

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed46.ALL)
        tj, yb = cs[make_mixed46.TJ], cs[make_mixed46.YB]
        tj_units, yb_units = [u.name for u in tj.units], [u.name for u in yb.units]
        assert tj_units == list(QUOTA) and len(tj_units) == 32 and "八家子经济开发区" not in tj_units
        assert yb_units == mixed46_docs.YB_UNITS and set(tj_units) & set(yb_units) == {"县农业农村局", "县商务局"}
        kegong = next(u for u in yb.units if u.name == "县工信局")
        assert "科技和工业信息化局" in kegong.aliases and "县科技局" not in yb_units
        (nomination,) = tj.requirements
        assert nomination.id == "tj" and [(p.id, p.kind) for p in nomination.parts] == [("form", "document"),
                                                                                     ("photos", "photo")]
        assert "docx" in nomination.parts[0].formats and "xlsx" not in nomination.parts[0].formats
        assert nomination.parts[1].min_count == 2 and nomination.due == DUES["tj"]
        assert [(r.id, r.due) for r in yb.requirements] == [("yb5", DUES["yb5"]), ("yb6", DUES["yb6"])]
        assert all([(p.id, p.kind) for p in r.parts] == [("table", "document")] and "xlsx" in r.parts[0].formats
                   for r in yb.requirements)

    def test_every_picture_opens(self, mailbox):
        """Every picture attached opens with PIL: the 5·15 photos, the nominees' JPGs and BMPs, the site photos, and
        the JPGs inside the self-extracting .exe."""
        from PIL import Image

        pics = [d for m in mailbox for n, d in named(m, *PICTURES)]
        inside = [zipfile.ZipFile(io.BytesIO(d)).read(i) for m in mailbox for n, d in named(m, ".exe")
                  for i in zipfile.ZipFile(io.BytesIO(d)).namelist()]
        assert len(pics) >= 60 and len(inside) == 3 and all(opens_as_image(d) for d in pics + inside)
        bmps = [d for m in mailbox for n, d in named(m, ".bmp")]
        assert len(bmps) == 2 and all(Image.open(io.BytesIO(d)).format == "BMP" for d in bmps)

    def test_every_document_opens(self, mailbox):
        """Every Word, OpenDocument and Excel file of 2056 opens: python-docx the transitional .docx (the content-control
        form too), the strict ones read by hand under the ISO namespace, the .odt's `mimetype` stored first,
        openpyxl every .xlsx (the externally linked one with its cached values); the .exe is a PE head over a zip."""
        import docx
        import openpyxl

        kinds = {"docx": 0, "strict": 0, "odt": 0, "xlsx": 0, "exe": 0}
        for m in mailbox:
            if m.received_at.year != 2056:
                continue
            for name, data, _ in leaves(m):
                ext = name.rsplit(".", 1)[-1].lower()
                if ext == "docx":
                    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
                    if W_STRICT in xml:
                        assert 'w:conformance="strict"' in xml and mixed46_docs.TJ_FORM in doc_text(name, data)
                        kinds["strict"] += 1
                    else:
                        docx.Document(io.BytesIO(data))
                        kinds["docx"] += 1
                elif ext == "odt":
                    z = zipfile.ZipFile(io.BytesIO(data))
                    first = z.infolist()[0]
                    assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
                    assert z.read("mimetype").decode() == mixed46_docs.ODT and mixed46_docs.TJ_FORM in doc_text(name, data)
                    kinds["odt"] += 1
                elif ext == "xlsx":
                    openpyxl.load_workbook(io.BytesIO(data))
                    kinds["xlsx"] += 1
                elif ext == "exe":
                    assert data[:2] == b"MZ" and zipfile.is_zipfile(io.BytesIO(data))
                    kinds["exe"] += 1
        assert kinds["docx"] >= 20 and kinds["xlsx"] >= 14
        assert (kinds["strict"], kinds["odt"], kinds["exe"]) == (2, 1, 1)

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        tj_mails = [m for m in mailbox if m.campaign == make_mixed46.TJ]
        yb_mails = [m for m in mailbox if m.campaign == make_mixed46.YB]
        # the 推荐 filed: a form a nominee within the unit's quota, each naming the unit as 推荐单位 (but the one left
        # blank), and 2 to 3 photos a nominee named by a nominee's name
        for m in tj_mails:
            texts, names = forms(m), nominee_names(m)
            photos = named(m, *PICTURES)
            assert ("form" in m.parts) == bool(texts) and ("photos" in m.parts) == bool(photos), m.name
            assert len(texts) <= QUOTA[m.unit], m.name
            for text in texts:
                assert mixed46_docs.TJ_FORM in text and "主要事迹" in text, m.name
                if m.case != "unit-only-in-photo-names":
                    assert f"推荐单位\n{official(m.unit)}" in text, m.name
            if texts and photos:
                assert 2 * len(texts) <= len(photos) <= 3 * len(texts), m.name
                assert all(any(p in n for p in names) for n, _ in photos), m.name
            assert not tables(m), m.name
        # the 月报 filed: one table of the unit (县工信局 under its new name) and of the requirement's month
        for m in yb_mails:
            (table,) = tables(m)
            text = cells(table)
            assert f"（{MONTH[m.requirements[0]]}月份）" in text and mixed46_docs.YB_TITLE in text, m.name
            unit_name = mixed46_docs.KEGONG if m.unit == "县工信局" else official(m.unit)
            assert f"填报单位：{unit_name}" in text and not named(m, ".docx"), m.name
        # 喇嘛洞镇: the values in content controls (python-docx sees the cells empty), the date control's placeholder
        cc = one(mailbox, "form-in-content-controls")
        import docx

        for name, data in named(cc, ".docx"):
            xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
            assert xml.count("<w:sdt>") == 12 and "<w:showingPlcHdr/>" in xml and "单击或点击此处输入日期。" in xml
            row = docx.Document(io.BytesIO(data)).tables[0].rows[0].cells
            assert row[0].text == "推荐单位" and row[1].text == ""
        # 县供销社: the .odt from WPS on 麒麟, sent by Thunderbird
        odt = one(mailbox, "odt-form-from-kylin")
        ((name, data),) = named(odt, ".odt")
        assert b"WPS Office" in zipfile.ZipFile(io.BytesIO(data)).read("meta.xml") and "Linux" in message(odt)["User-Agent"]
        # 药王庙镇: both forms strict
        strict = one(mailbox, "strict-ooxml-form")
        assert len(named(strict, ".docx")) == 2
        assert all(W_STRICT.encode() in zipfile.ZipFile(io.BytesIO(d)).read("word/document.xml")
                   for _, d in named(strict, ".docx"))
        # 玲珑塔镇: every file an AppleDouble pair (its header's magic and real name), one nominee of two
        mac = one(mailbox, "appledouble-from-old-mac")
        msg = message(mac)
        pairs = [p for p in msg.walk() if p.get_content_type() == "multipart/appledouble"]
        assert len(pairs) == len(leaves(mac)) == 4 and msg["X-Mailer"] == make_mixed46.OLD_MAC
        for pair in pairs:
            header, fork = pair.get_payload()
            head = header.get_payload(decode=True)
            assert header.get_content_type() == "application/applefile" and struct.unpack(">I", head[:4])[0] == 0x00051607
            assert fork.get_filename().encode("utf-8") in head and fork.get_param("x-mac-type")
        assert len(forms(mac)) == 1 < QUOTA["玲珑塔镇"]
        # 素珠营子乡: the photos in a PE-headed zip (nothing but the form filed), then resent as JPGs from the address
        sfx, resend = one(mailbox, "photos-in-self-extracting-exe"), one(mailbox, "photos-resent-after-exe")
        ((name, data),) = named(sfx, ".exe")
        (lfanew,) = struct.unpack_from("<I", data, 0x3C)
        assert b"This program cannot be run in DOS mode." in data[:0x80] and data[lfanew:lfanew + 4] == b"PE\0\0"
        inside = zipfile.ZipFile(io.BytesIO(data)).namelist()
        (nominee,) = nominee_names(sfx)
        assert len(inside) == 3 and all(nominee in n and n.endswith(".jpg") for n in inside)
        assert not named(sfx, *PICTURES) and len(named(resend, ".jpg")) == 3 and not forms(resend)
        assert sender(resend) == sender(sfx) and all(nominee in n for n, _ in named(resend, ".jpg"))
        assert sfx.received_at < resend.received_at < DUES["tj"] and not resend.is_correction
        # 头道营子乡: one Subject in two charsets
        oa = one(mailbox, "subject-in-two-charsets")
        raw_subject = re.search(rb"\r\nSubject: ([^\r]*(\r\n[ \t][^\r]*)*)", oa.raw).group(1)
        assert b"=?GBK?B?" in raw_subject and b"=?UTF-8?B?" in raw_subject
        assert subject(oa) == make_mixed46.OA_TAG + "头道营子乡乡村振兴带头人推荐"
        # 县农业农村局: its second nominee is 八家子镇's first, the photos named by the town, the 推荐单位 the bureau
        both, town = one(mailbox, "same-nominee-as-town"), [m for m in by_case(mailbox, "tj-clean") if m.unit == "八家子镇"][0]
        shared = nominee_names(both)[1]
        assert shared == nominee_names(town)[0] and town.received_at < both.received_at
        assert any(n.startswith("八家子镇" + shared) for n, _ in named(both, ".jpg"))
        assert all(f"推荐单位\n{official('县农业农村局')}" in t for t in forms(both))
        # 王宝营子乡: the unit only in the photos' names
        bare = one(mailbox, "unit-only-in-photo-names")
        words = "\n".join([str(message(bare)["From"]), subject(bare), plain(bare), *forms(bare), *(n for n, _ in named(bare, ".docx"))])
        assert "王宝营子" not in words and "<" not in str(message(bare)["From"])
        assert all(n.startswith("王宝营子乡-") for n, _ in named(bare, ".jpg"))
        # 二道湾子蒙古族乡: GB18030 throughout, a name no GBK has
        rare = one(mailbox, "name-outside-gbk-in-gb18030")
        with pytest.raises(UnicodeEncodeError):
            make_mixed46.RARE_NAME.encode("gbk")
        assert b"=?gb18030?B?" in rare.raw and b'charset="gb18030"' in rare.raw
        assert make_mixed46.RARE_NAME in subject(rare) and make_mixed46.RARE_NAME in plain(rare)
        assert all(make_mixed46.RARE_NAME in n for n, _, _ in leaves(rare)) and nominee_names(rare) == [make_mixed46.RARE_NAME]
        # 谷杖子乡: the photos as BMP
        bmp = one(mailbox, "photos-as-bmp")
        assert [t for _, _, t in leaves(bmp) if t.startswith("image/")] == ["image/bmp", "image/bmp"]
        # 建昌镇: on time with two nominees, then after the due a new nominee in place of the first
        first = [m for m in by_case(mailbox, "tj-clean") if m.unit == "建昌镇"][0]
        swap = one(mailbox, "late-correction-swap-nominee")
        old = nominee_names(first)
        assert len(old) == 2 and swap.is_correction and swap.received_at > DUES["tj"] > first.received_at
        (new,) = nominee_names(swap)
        assert new not in old and old[0] in plain(swap) and "以此为准" in plain(swap)
        # 县林草局 (REVIEW): not a unit of the 推荐, its form names itself, the body 石佛乡's quota; 石佛乡 never sends
        borrowed = one(mailbox, "quota-borrowed-from-town")
        assert "县林草局" not in QUOTA and "占用石佛乡名额" in plain(borrowed)
        assert all(f"推荐单位\n{official('县林草局')}" in t for t in forms(borrowed))
        assert not [m for m in mailbox if m.unit == "石佛乡" and m.campaign == make_mixed46.TJ]
        # 县商务局 (REVIEW): the May table, a form and its photos in one mail whose subject names the 月报 only
        merged = one(mailbox, "merged-mail-both-campaigns")
        (table,) = tables(merged)
        assert "（5月份）" in cells(table) and len(forms(merged)) == 1 and len(named(merged, ".jpg")) >= 2
        assert "月报" in subject(merged) and "推荐" not in subject(merged) and "乡村振兴带头人" in plain(merged)
        # 县工信局: its new name everywhere, the old official name nowhere; June's from another address, “科技局”
        kegong, june = one(mailbox, "merged-bureau-new-name"), one(mailbox, "june-under-old-keji-name")
        assert mixed46_docs.KEGONG in plain(kegong) and "科技和工业信息化局" in subject(kegong)
        assert official("县工信局") not in everything(kegong) + everything(june)
        assert subject(june).startswith("科技局") and sender(june) != sender(kegong) and "原科技局" in plain(june)
        # 县住建局 (REVIEW): no file, the projects handed over
        handed = one(mailbox, "projects-handed-over")
        assert not leaves(handed) and "移交" in plain(handed) and "不再报送" in plain(handed)
        # 县文旅局 (REVIEW): not one of the eight, its own table
        listed = one(mailbox, "department-not-listed-sends-monthly")
        assert "县文旅局" not in mixed46_docs.YB_UNITS and official("县文旅局") in cells(tables(listed)[0])
        # 县农业农村局's May table with three site photos; its body names the 带头人 it nominated
        site = one(mailbox, "site-photos-beside-table")
        assert len(named(site, ".jpg")) == 3 and all(n.startswith("设施农业产业园") for n, _ in named(site, ".jpg"))
        assert "乡村振兴带头人" in plain(site) and shared in plain(site) and not forms(site)
        # 县交通局: May's table corrected in June's window
        fixed = one(mailbox, "may-correction-in-june-window")
        assert fixed.is_correction and DUES["yb5"] < fixed.received_at < DUES["yb6"] and "（5月份）" in cells(tables(fixed)[0])
        # 县自然资源局: the externally linked table (formulas, cached values, the D: drive)
        linked = one(mailbox, "xlsx-with-external-links")
        z = zipfile.ZipFile(io.BytesIO(tables(linked)[0]))
        assert 'TargetMode="External"' in z.read("xl/externalLinks/_rels/externalLink1.xml.rels").decode()
        assert "<f>[1]汇总!F4</f>" in z.read("xl/worksheets/sheet1.xml").decode()
        assert "=[1]汇总!F4" in cells(tables(linked)[0], values=False) and "=[1]" not in cells(tables(linked)[0])
        # the family member (REVIEW) and the city's bulk newsletter (IGNORED)
        asks = one(mailbox, "relative-asks-about-nominee")
        datun = [m for m in by_case(mailbox, "tj-clean") if m.unit == "大屯镇"][0]
        assert not leaves(asks) and nominee_names(datun)[0] in plain(asks)
        assert sender(asks) not in {sender(m) for m in mailbox if m is not asks}
        bulk = one(mailbox, "city-newsletter-bulk")
        assert message(bulk)["Precedence"] == "bulk" and message(bulk)["List-Id"] and not leaves(bulk)
        # late and on time; every mail after its notice
        late = by_case(mailbox, "tj-late") + by_case(mailbox, "yb-late")
        assert all(m.received_at > DUES[m.requirements[0]] for m in late)
        corrections = [m for m in mailbox if m.is_correction]
        on_time = [m for m in tj_mails + yb_mails if m not in late + corrections]
        assert all(m.received_at <= DUES[m.requirements[0]] for m in on_time)
        assert all(m.received_at > dt.datetime(2056, 5, 16, tzinfo=SH) for m in tj_mails)
        assert all(m.received_at > dt.datetime(2056, 5, 24, tzinfo=SH) for m in yb_mails)
        assert all(m.received_at > DUES["yb5"] for m in yb_mails if m.requirements == ["yb6"])
