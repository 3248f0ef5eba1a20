"""Routing on a sixty-fifth, held-out mixed mailbox (tests/fixtures/mixed65).

Two 2075 campaigns drafted by `collector campaign init --from-notice`, of overlapping weeks and no common unit — the
2075年防汛物资储备情况统计 of the 28 乡镇 (one Excel 统计表 a town, its villages a row each, and one or two photos of its
仓库, by 05-20 17:00) and the 2075年全县政务信息业务培训班 报名回执 of the 32 departments (the Word 回执 or the name, post
and phone typed in the mail, or a word that no one attends, by 05-16 17:00, three days after the notice) — beside the
built-in 5·15 (2023) one; 44 mails labelled by hand, written apart from the routing code. The bar of
tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, docx_text, message
from test_match_mixed32 import opens_as_image
from test_match_mixed36 import one, sender
from test_match_mixed57 import seven_z_members
from test_match_mixed60 import et_cells

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed65"))
import make_mixed65  # noqa: E402
import mixed65_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"fx": dt.datetime(2075, 5, 20, 17, 0, tzinfo=SH), "px": dt.datetime(2075, 5, 16, 17, 0, tzinfo=SH)}
official, short = mixed65_docs.official, mixed65_docs.short
FX_WORDS, PX_WORDS = mixed65_docs.FX_TITLE, mixed65_docs.PX_TITLE
MOBILE = r"(?<![0-9])1[3-9][0-9](?:[ -]?[0-9]{4}){2}(?![0-9])"


def attachments(mail) -> list[tuple[str, bytes]]:
    return [(p.get_filename(), p.get_payload(decode=True)) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename()]


def body(mail) -> str:
    msg = message(mail)
    part = msg.get_body(("plain",)) or msg.get_body(("html",))
    return part.get_content()


def own_text(mail) -> str:
    return body(mail).replace("\r\n", "\n").split("------------------ 原始邮件")[0]


def cells(data: bytes) -> str:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data))
    return "\n".join(" ".join(str(v) for v in row if v is not None)
                     for ws in wb.worksheets for row in ws.iter_rows(values_only=True))


def sheet_text(name: str, data: bytes) -> str:
    return et_cells(data) if name.lower().endswith((".xls", ".et")) else cells(data)


def files_of(mail) -> list[tuple[str, bytes]]:
    """The mail's files, a 7z's members in its place."""
    out = []
    for name, data in attachments(mail):
        if name.endswith(".7z"):
            out += sorted(seven_z_members(data).items())
        else:
            out.append((name, data))
    return out


class TestMixed65Routing(RoutingTests):
    gen = make_mixed65
    cases = ["fx-clean", "px-clean", "fx-late", "px-late", "photos-first-table-later", "table-after-photos",
             "fx-first-report", "fx-table-replaced", "back-to-the-first-table", "village-sheets-no-summary",
             "table-as-old-xls", "table-as-wps-et", "village-in-body-town-in-signature", "table-and-photos-in-7z",
             "county-total-from-emergency-bureau", "names-typed-in-body", "attendee-signs-up-himself",
             "question-instead-of-receipt", "no-one-attends", "receipt-in-flood-notice-thread",
             "town-signs-up-for-department-training", "receipt-photo-of-printed-form", "receipt-in-excel",
             "no-one-in-word-receipt", "training-company-ad"]
    size = (40, 50)
    has_corrections = True  # 头道营子乡's 更新 统计表

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed65.ALL)
        fx, px = cs[make_mixed65.FX], cs[make_mixed65.PX]
        fx_units, px_units = {u.name for u in fx.units}, {u.name for u in px.units}
        assert len(fx_units) == 28 and len(px_units) == 32 and not fx_units & px_units
        (stock,) = fx.requirements
        (signup,) = px.requirements
        assert [stock.id, signup.id] == make_mixed65.FXR + make_mixed65.PXR
        assert [(p.id, p.kind) for p in stock.parts] == [("table", "document"), ("photos", "photo")]
        assert "xls" in stock.parts[0].formats and "et" in stock.parts[0].formats
        assert [(p.id, p.kind) for p in signup.parts] == [("hz", "field")]
        assert (stock.due, signup.due) == (DUES["fx"], DUES["px"])

    def test_every_picture_opens(self, mailbox):
        """The 5·15 photos, the 仓库 photos and the photographed 回执 (a 7z's photos too)."""
        from PIL import Image

        pics = [(m, d) for m in mailbox for n, d in files_of(m) if n.lower().endswith((".jpg", ".jpeg", ".png"))]
        assert len(pics) >= 30 and all(opens_as_image(d) for _, d in pics)
        ((_, shot),) = attachments(one(mailbox, "receipt-photo-of-printed-form"))
        img = Image.open(io.BytesIO(shot))
        assert img.getexif().get(0x0112) == 6 and img.size[0] > 1000

    def test_every_document_opens(self, mailbox):
        """Every Word and Excel file of the 2075 mails opens (python-docx, openpyxl; the .xls and .et by xlrd),
        the 7z's members too."""
        import docx
        import openpyxl

        kinds = {"docx": 0, "xlsx": 0, "xls": 0, "et": 0}
        for m in mailbox:
            if m.received_at.year != 2075:
                continue
            for name, data in files_of(m):
                ext = name.rsplit(".", 1)[-1].lower()
                if ext == "docx":
                    docx.Document(io.BytesIO(data))
                elif ext == "xlsx":
                    openpyxl.load_workbook(io.BytesIO(data))
                elif ext in ("xls", "et"):
                    assert data[:8] == bytes.fromhex("d0cf11e0a1b11ae1") and FX_WORDS in et_cells(data)
                else:
                    assert ext == "jpg", name
                    continue
                kinds[ext] += 1
        assert kinds["docx"] >= 10 and kinds["xlsx"] >= 17 and kinds["xls"] == 1 and kinds["et"] == 1

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        import re

        for m in mailbox:
            if m.received_at.year != 2075:
                continue
            files = files_of(m)
            sheets = [sheet_text(n, d) for n, d in files if n.lower().endswith((".xlsx", ".xls", ".et"))]
            jpgs = [n for n, _ in files if n.endswith(".jpg")]
            # 防汛 filed: the table the town's (its name, its villages, a 合计), 1-2 photos
            if m.campaign == make_mixed65.FX:
                towns = [t for t in sheets if FX_WORDS in t and official(m.unit) in t and "合计" in t]
                assert ("table" in m.parts) == bool(towns), m.name
                assert ("photos" in m.parts) == (1 <= len(jpgs) <= 2), m.name
                assert not [n for n, _ in files if n.endswith(".docx")], m.name
                assert (m.received_at > DUES["fx"]) == (m.case == "fx-late"), m.name
            # 回执 filed: a mobile number or 无人参训 in the body or the 回执, or the photo; no 统计表
            if m.campaign == make_mixed65.PX:
                texts = [own_text(m)] + [docx_text(d) for n, d in files if n.endswith(".docx")] + [
                    cells(d) for n, d in files if n.endswith(".xlsx")]
                said = any(re.search(MOBILE, t) or "无人参训" in t for t in texts)
                assert said or m.case == "receipt-photo-of-printed-form", m.name
                assert not any(FX_WORDS in t for t in sheets), m.name
                assert (m.received_at > DUES["px"]) == (m.case == "px-late"), m.name
        # the village sheets: five files, each one village's, no 合计, no town sheet; the photos fine
        m = one(mailbox, "village-sheets-no-summary")
        sheets = [(n, cells(d)) for n, d in attachments(m) if n.endswith(".xlsx")]
        assert len(sheets) == 5 and all("村防汛物资" in n and "合计" not in t for n, t in sheets)
        assert len([n for n, _ in attachments(m) if n.endswith(".jpg")]) == 2
        # the .xls from Outlook 2003 and the .et
        m = one(mailbox, "table-as-old-xls")
        assert "Outlook 11" in str(message(m)["X-Mailer"]) and [n for n, _ in attachments(m)][0].endswith(".xls")
        assert [n for n, _ in attachments(one(mailbox, "table-as-wps-et"))][0].endswith(".et")
        # the 村 in the body, the town only in the signature and the table
        m = one(mailbox, "village-in-body-town-in-signature")
        text = own_text(m)
        head, _, signature = text.partition("\n--\n")
        assert "小东沟村" in head and "王宝营子乡" not in head and "王宝营子乡" in signature
        assert "王宝营子乡" not in str(message(m)["Subject"]) and not any("王宝" in n for n, _ in attachments(m))
        # the 7z: the table and two photos inside a folder, no other file
        m = one(mailbox, "table-and-photos-in-7z")
        ((name, _),) = attachments(m)
        assert name.endswith(".7z") and sorted(n.rsplit(".", 1)[1] for n, _ in files_of(m)) == ["jpg", "jpg", "xlsx"]
        # 头道营子乡: first, the 更新 (以此为准), the 以上次为准 without a file, one address
        first, new, back = (one(mailbox, c) for c in ("fx-first-report", "fx-table-replaced", "back-to-the-first-table"))
        assert sender(first) == sender(new) == sender(back) and first.received_at < new.received_at < back.received_at
        assert new.is_correction and "以此为准" in own_text(new) and len(attachments(new)) == 1
        assert "以上次" in own_text(back) and not attachments(back) and back.unit == "REVIEW"
        # 杨树湾子乡: the photos, then the table
        a, b = one(mailbox, "photos-first-table-later"), one(mailbox, "table-after-photos")
        assert all(n.endswith(".jpg") for n, _ in attachments(a)) and [n[-5:] for n, _ in attachments(b)] == [".xlsx"]
        # the 应急局's county sheet: many towns, no 填报单位
        ((_, data),) = attachments(one(mailbox, "county-total-from-emergency-bureau"))
        text = cells(data)
        assert "全县乡镇" in text and "填报单位" not in text and text.count("镇") >= 7
        # the 回执 to the 防汛 notice's thread: the 防汛 subject and quote, the 回执 attached
        m = one(mailbox, "receipt-in-flood-notice-thread")
        assert make_mixed65.NOTICE_TITLE[make_mixed65.FX] in str(message(m)["Subject"]) and "原始邮件" in body(m)
        ((name, data),) = attachments(m)
        assert PX_WORDS in docx_text(data) and official("县水利局") in docx_text(data)
        # the 无人参训 answers: in the body, no file; in the Word 回执
        m = one(mailbox, "no-one-attends")
        assert "无人参训" in own_text(m) and not attachments(m)
        ((_, data),) = attachments(one(mailbox, "no-one-in-word-receipt"))
        assert "无人参训" in docx_text(data) and not re.search(MOBILE, docx_text(data))
        # the attendee's own address, his unit named in the body
        m = one(mailbox, "attendee-signs-up-himself")
        assert "县林草局" in own_text(m) and sender(m) not in {sender(x) for x in mailbox if x.unit == "县林草局" and x is not m}
        # the question: no file, no number
        m = one(mailbox, "question-instead-of-receipt")
        assert not attachments(m) and not re.search(MOBILE, own_text(m))
        # the town's 回执: a town, not a department
        ((_, data),) = attachments(one(mailbox, "town-signs-up-for-department-training"))
        assert official("建昌镇") in docx_text(data)
        # the Excel 回执
        ((name, data),) = attachments(one(mailbox, "receipt-in-excel"))
        assert name.endswith(".xlsx") and PX_WORDS in cells(data)
        # the ad: not the office, another 回执
        m = one(mailbox, "training-company-ad")
        assert sender(m) == make_mixed65.AD_SENDER[1] and "研修班" in str(message(m)["Subject"])
        # the names typed in the body, no file
        m = one(mailbox, "names-typed-in-body")
        assert not attachments(m) and len(re.findall(MOBILE, own_text(m))) == 2
        assert by_case(mailbox, "px-clean") and by_case(mailbox, "fx-clean")
