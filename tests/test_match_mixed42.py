"""Routing on a forty-second, held-out mixed mailbox (tests/fixtures/mixed42).

Three 2052 campaigns of the 县政府办公室 drafted by `collector campaign init --from-notice`, beside the built-in 5·15
(2023) one: the 2052年度地质灾害隐患点群测群防监测员名单 of the 28 towns (an Excel 名单 of 监测员 and their mobiles, by
03-29 17:00 — closed when the other two open, its stragglers arriving in their windows), the 2052年应急值守联络人员通讯录
of every unit (an Excel 通讯录 of people and phones, by 04-16 17:00) and the 重点任务认领表 of the 17 units of a task
table (signed, stamped, scanned to PDF, by 04-23 17:00); 48 mails labelled by hand, written apart from the routing code.
The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import re
import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
from test_match_mixed27 import message
from test_match_mixed32 import opens_as_image, plain
from test_match_mixed36 import one, sender

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed42"))
import make_mixed42  # noqa: E402
import mixed42_docs  # noqa: E402
import office_files  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"dz": dt.datetime(2052, 3, 29, 17, 0, tzinfo=SH), "txl": dt.datetime(2052, 4, 16, 17, 0, tzinfo=SH),
        "rl": dt.datetime(2052, 4, 23, 17, 0, tzinfo=SH)}
NOTICES = {make_mixed42.DZ: dt.datetime(2052, 3, 18, tzinfo=SH), make_mixed42.TXL: dt.datetime(2052, 4, 8, tzinfo=SH),
           make_mixed42.RL: dt.datetime(2052, 4, 10, tzinfo=SH)}
DZ_TITLE, TXL_TITLE, RL_TITLE = mixed42_docs.DZ_TITLE, mixed42_docs.TXL_TITLE, mixed42_docs.RL_TITLE
official = mixed42_docs.official
PICTURES = (".jpg", ".jpeg", ".png", ".heic", ".tif", ".tiff", ".webp")


def attachments(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every leaf attachment, as sent (an x-uuencode part decoded as the stdlib decodes it)."""
    return [(p.get_filename(), p.get_payload(decode=True)) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename()]


def rows(data: bytes) -> list[list]:
    """The first sheet's rows, empty cells dropped: an .xlsx (openpyxl) or an Excel 97-2003 .xls (xlrd)."""
    if data[:8] == office_files.CFB_MAGIC:
        import xlrd

        sheet = xlrd.open_workbook(file_contents=data).sheet_by_index(0)
        return [[v for v in sheet.row_values(i) if v != ""] for i in range(sheet.nrows)]
    import openpyxl

    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    return [[v for v in row if v is not None] for row in ws.iter_rows(values_only=True)]


def text_of(data: bytes) -> str:
    return "\n".join(" ".join(str(v) for v in row) for row in rows(data))


def is_dz(data: bytes) -> bool:
    r = rows(data)
    return r[0] == [DZ_TITLE] and r[2] == mixed42_docs.DZ_HEAD


def is_txl(data: bytes) -> bool:
    r = rows(data)
    return r[0] == [TXL_TITLE] and r[2] == mixed42_docs.TXL_HEAD


def unit_cell(data: bytes) -> str:
    """What the table says it is from: the 名单's 填报单位, the 通讯录's 单位名称."""
    second = rows(data)[1]
    return second[0].removeprefix("填报单位：") if second[0].startswith("填报单位：") else second[1]


def pdf(data: bytes):
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(data))


def signed_in_box(data: bytes) -> bool:
    """Ink in the head's signature box of a scanned 认领表."""
    image = pdf(data).pages[0].images[0].image.convert("L")
    return image.crop(mixed42_docs.SIGN_BOX).getextrema()[0] < 120


def header_text(mail) -> str:
    msg = message(mail)
    return str(msg["Subject"]) + str(msg["From"]) + "".join(n for n, _ in attachments(mail))


class TestMixed42Routing(RoutingTests):
    gen = make_mixed42
    cases = ["dz-clean", "txl-clean", "rl-clean", "dz-late", "txl-late", "rl-late", "county-bureau-summary-not-owed",
             "dz-reply-in-txl-thread", "dz-subject-says-tongxunlu", "txl-and-dz-one-mail", "dz-update-after-close",
             "dz-straggler-weeks", "station-name-for-bureau", "excel-2003-biff8-xls", "outlook-sent-on-behalf",
             "mongolian-script-sign-off", "foxmail-redirect-resent", "x-uuencode-attachment", "other-campaigns-file-reused",
             "utf7-outlook-express", "open-password-xlsx", "utf8-bytes-labelled-gb2312", "office-own-reminder-copy",
             "claims-sent-already", "electronic-seal-pdf", "stamped-before-signature", "signed-resend",
             "subject-names-both-files-one", "volunteers-not-in-annex", "joint-form-lead-and-partners", "auto-reply"]
    size = (40, 50)
    has_corrections = True  # 玲珑塔镇's 调整 名单 (以此为准), 县卫健局's signed 认领表 (以此为准)

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed42.ALL)
        dz, txl, rl = cs[make_mixed42.DZ], cs[make_mixed42.TXL], cs[make_mixed42.RL]
        assert len(dz.units) == 28 and {u.kind for u in dz.units} == {"town", "township"}
        assert len(txl.units) == 68 and {"八家子经济开发区", "县气象局", "县公共资源交易中心"} <= {u.name for u in txl.units}
        assert sorted(u.name for u in rl.units) == sorted(mixed42_docs.RL_UNITS) and len(rl.units) == 17
        assert {"八家子经济开发区", "建昌镇", "县政务服务中心"} <= {u.name for u in rl.units}
        assert [r.id for c in (dz, txl, rl) for r in c.requirements] == make_mixed42.DZR + make_mixed42.TXLR + make_mixed42.RLR
        for c, part, formats in ((dz, "table", "xlsx"), (txl, "table", "xlsx"), (rl, "stamped", "pdf")):
            (req,) = c.requirements
            assert [(p.id, p.kind) for p in req.parts] == [(part, "document")] and formats in req.parts[0].formats
            assert req.due == DUES[req.id]
        assert "更新" not in txl.subject_hints and "县政府" not in rl.subject_hints

    def test_every_picture_opens(self, mailbox):
        """Every picture attached (the 5·15 photos: this set's own mails carry none) opens with PIL."""
        pics = [d for m in mailbox for n, d in attachments(m) if n.lower().endswith(PICTURES)]
        assert len(pics) >= 8 and all(opens_as_image(d) for d in pics)
        assert not [n for m in mailbox if m.received_at.year == 2052 for n, _ in attachments(m)
                    if n.lower().endswith(PICTURES)]

    def test_every_document_opens(self, mailbox):
        """Every table and PDF of the 2052 mails opens: the .xlsx with openpyxl (the uuencoded one as the stdlib decodes
        it), the Excel 97-2003 .xls with xlrd, the password-protected .xlsx once decrypted with the password its mail
        gives, each PDF with pypdf (the scans image-only, the 电子签章 one with text and a signature field)."""
        import openpyxl
        import xlrd

        kinds = {"xlsx": 0, "xls": 0, "locked": 0, "scan": 0, "esealed": 0}
        for m in mailbox:
            if m.received_at.year != 2052:
                continue
            for name, data in attachments(m):
                if m.case == "open-password-xlsx":
                    assert data[:8] == office_files.CFB_MAGIC and "EncryptionInfo" in office_files.cfb_streams(data)
                    (password,) = re.findall(r"密码：(\w+)", plain(m))
                    openpyxl.load_workbook(io.BytesIO(office_files.decrypt_xlsx(data, password)))
                    kinds["locked"] += 1
                elif name.endswith(".xls"):
                    xlrd.open_workbook(file_contents=data)
                    kinds["xls"] += 1
                elif name.endswith(".xlsx"):
                    openpyxl.load_workbook(io.BytesIO(data))
                    kinds["xlsx"] += 1
                elif name.endswith(".pdf"):
                    reader = pdf(data)
                    assert len(reader.pages) == 1
                    if m.case == "electronic-seal-pdf":
                        assert RL_TITLE in reader.pages[0].extract_text()
                        kinds["esealed"] += 1
                    else:
                        assert not reader.pages[0].extract_text().strip() and reader.pages[0].images
                        kinds["scan"] += 1
                else:
                    raise AssertionError(f"{m.name}: {name}")
        assert kinds == {"xlsx": 26, "xls": 1, "locked": 1, "scan": 9, "esealed": 1}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        learned = {m.unit: sender(m) for m in mailbox if m.received_at.year == 2023 and m.campaign}
        # every filed 名单 and 通讯录: one table, of its campaign, naming its unit; every filed 认领表 one PDF naming it
        for m in mailbox:
            if m.campaign == make_mixed42.DZ:
                ((_, data),) = attachments(m)
                assert is_dz(data) and unit_cell(data) == official(m.unit) and not is_txl(data), m.name
            elif m.campaign == make_mixed42.TXL and m.case != "open-password-xlsx":
                ((_, data),) = attachments(m)
                assert is_txl(data) and not is_dz(data), m.name
                assert unit_cell(data) == ("建昌县气象台" if m.case == "station-name-for-bureau" else official(m.unit)), m.name
                assert ("村（社区）应急值守联络人" in text_of(data)) == mixed42_docs.town(m.unit), m.name
            elif m.campaign == make_mixed42.RL:
                ((name, data),) = attachments(m)
                assert name.endswith(".pdf") and m.unit in mixed42_docs.RL_UNITS, m.name
                if m.case != "electronic-seal-pdf":
                    assert pdf(data).metadata["/Title"] == f"{official(m.unit)}{RL_TITLE}", m.name
                    assert signed_in_box(data) == (m.case != "stamped-before-signature"), m.name
        # the 名单 in the 通讯录's thread: the quote is the 通讯录 notice, the file the 名单
        thread = one(mailbox, "dz-reply-in-txl-thread")
        assert str(message(thread)["Subject"]) == "回复：" + make_mixed42.NOTICE_TITLE[make_mixed42.TXL]
        assert "应急值守联络人员通讯录" in plain(thread) and "监测员名单" in plain(thread).split("原始邮件")[0]
        # 头道营子乡: 通讯录 in the subject and the file's name, a 名单 inside; it owes the 通讯录 too, never sent
        named = one(mailbox, "dz-subject-says-tongxunlu")
        ((name, _),) = attachments(named)
        assert "通讯录" in str(message(named)["Subject"]) and "通讯录" in name and "监测员名单" not in header_text(named)
        assert not [m for m in mailbox if m.unit == "头道营子乡" and m.campaign == make_mixed42.TXL]
        # 玲珑塔镇: the same 隐患点 as in March, one 监测员 changed, 以此为准
        first, again = [m for m in mailbox if m.unit == "玲珑塔镇" and m.campaign == make_mixed42.DZ]
        (_, before), (_, after) = attachments(first)[0], attachments(again)[0]
        assert again.is_correction and not first.is_correction and "以此为准" in plain(again)
        assert [r[1] for r in rows(before)[3:-1]] == [r[1] for r in rows(after)[3:-1]]
        assert sum(a[6] != b[6] for a, b in zip(rows(before)[3:-1], rows(after)[3:-1])) == 1
        # 要路沟乡's straggler from its 2023 address; 县自然资源局's county table from its 2023 address
        assert sender(one(mailbox, "dz-straggler-weeks")) == learned["要路沟乡"]
        county = one(mailbox, "county-bureau-summary-not-owed")
        ((_, data),) = attachments(county)
        assert sender(county) == learned["县自然资源局"] and unit_cell(data) == "建昌县自然资源局" and not is_dz(data)
        assert len({r[1] for r in rows(data)[3:-1]}) >= 5
        # 小德营子乡: its 通讯录 and its late 名单 in one mail
        both = one(mailbox, "txl-and-dz-one-mail")
        tables = [d for _, d in attachments(both)]
        assert sorted(map(is_dz, tables)) == [False, True] and sorted(map(is_txl, tables)) == [False, True]
        assert {unit_cell(d) for d in tables} == {official("小德营子乡")}
        # 县气象局 as 气象台 throughout
        station = one(mailbox, "station-name-for-bureau")
        everything = header_text(station) + plain(station) + text_of(attachments(station)[0][1])
        assert "气象台" in everything and "气象局" not in everything
        # 巴什罕乡: a real Excel 97-2003 file from Outlook 2003
        xls = one(mailbox, "excel-2003-biff8-xls")
        ((name, data),) = attachments(xls)
        assert name.endswith(".xls") and data[:8] == office_files.CFB_MAGIC and "Workbook" in office_files.cfb_streams(data)
        assert message(xls)["X-Mailer"] == make_mixed42.OUTLOOK_2003
        # 县水利局: From the head's own address, Sender the bureau's 2023 address, the unit only in the table
        behalf = one(mailbox, "outlook-sent-on-behalf")
        assert message(behalf)["Sender"].addresses[0].addr_spec == learned["县水利局"] != sender(behalf)
        assert "水利" not in str(message(behalf)["Subject"]) + plain(behalf) + str(message(behalf)["From"])
        # 二道湾子蒙古族乡: the sign-off in Mongolian script and Chinese, the unit nowhere else but the table
        mongol = one(mailbox, "mongolian-script-sign-off")
        assert any("\u1820" <= ch <= "\u18af" for ch in plain(mongol)) and "二道湾子蒙古族乡人民政府" in plain(mongol)
        assert "二道湾子" not in str(message(mongol)["Subject"]) + attachments(mongol)[0][0]
        # 县教育局: redirected by its office, the collecting mailbox only in Resent-To
        redirected = one(mailbox, "foxmail-redirect-resent")
        msg = message(redirected)
        assert msg["Resent-To"] == make_mixed42.OFFICE and make_mixed42.OFFICE not in str(msg["To"])
        assert msg["Resent-From"].addresses[0].addr_spec == msg["To"].addresses[0].addr_spec != sender(redirected)
        # 县司法局: the table as x-uuencode, from Pegasus Mail
        uu = one(mailbox, "x-uuencode-attachment")
        (part,) = [p for p in message(uu).walk() if p.get_filename()]
        assert part["Content-Transfer-Encoding"] == "x-uuencode" and part.get_payload().startswith("begin 644 ")
        assert message(uu)["X-Mailer"] == make_mixed42.PEGASUS
        # 雷家店乡: the 名单's file and sheet reused for its 通讯录
        reused = one(mailbox, "other-campaigns-file-reused")
        ((name, data),) = attachments(reused)
        assert DZ_TITLE in name and is_txl(data)
        import openpyxl

        assert openpyxl.load_workbook(io.BytesIO(data)).active.title == "监测员名单"
        # 县民政局: UTF-7 subject, body and file name (Outlook Express)
        utf7 = one(mailbox, "utf7-outlook-express")
        assert b"=?utf-7?" in utf7.raw and b'charset="utf-7"' in utf7.raw and "建昌县民政局" in plain(utf7)
        assert str(message(utf7)["Subject"]) == "民政局应急值守通讯录" and attachments(utf7)[0][0] == f"民政局{TXL_TITLE}.xlsx"
        # 县公安局: the password in the body opens the file
        locked = one(mailbox, "open-password-xlsx")
        ((_, data),) = attachments(locked)
        assert unit_cell(office_files.decrypt_xlsx(data, make_mixed42.ENCRYPTION_PASSWORD)) == official("县公安局")
        assert make_mixed42.ENCRYPTION_PASSWORD in plain(locked)
        # 县林草局: UTF-8 bytes under a gb2312 label everywhere, from its OA system
        oa = one(mailbox, "utf8-bytes-labelled-gb2312")
        body = message(oa).get_body(("plain",))
        assert body.get_content_charset() == "gb2312" and "林业和草原局" in body.get_payload(decode=True).decode("utf-8")
        words = [base64.b64decode(w) for w in re.findall(rb"=\?gb2312\?B\?([A-Za-z0-9+/=]+)\?=", oa.raw)]
        assert len(words) == 3 and all("林" in w.decode("utf-8") for w in words)  # the sender's name, the subject, the file
        assert not any("林" in w.decode("gb18030", "replace") for w in words) and sender(oa) == make_mixed42.OA_ADDRESS
        # the office's own 催报: from and to the collecting mailbox, naming 审计局; 审计局's reply carries nothing
        reminder = one(mailbox, "office-own-reminder-copy")
        assert sender(reminder) == make_mixed42.OFFICE == str(message(reminder)["To"]) and not attachments(reminder)
        claim = one(mailbox, "claims-sent-already")
        assert "审计局" in plain(reminder) and not attachments(claim) and make_mixed42.REMINDER_SUBJECT in plain(claim)
        assert [m.case for m in mailbox if m is not reminder
                and "审计局" in header_text(m) + plain(m).split("原始邮件")[0]] == ["claims-sent-already"]
        # 县营商局: the 电子签章 PDF, a signature over everything but its own /Contents
        sealed = one(mailbox, "electronic-seal-pdf")
        ((_, data),) = attachments(sealed)
        field = pdf(data).get_fields()["Signature1"]
        a, b, c, d = field["/V"]["/ByteRange"]
        assert field["/FT"] == "/Sig" and a == 0 and data[b:b + 1] == b"<" and data[c - 1:c] == b">" and c + d == len(data)
        assert field["/V"]["/SubFilter"] == "/adbe.pkcs7.detached" and official("县营商局") in pdf(data).pages[0].extract_text()
        # 县卫健局: stamped first, signed later from the same address, 以此为准
        unsigned, resigned = one(mailbox, "stamped-before-signature"), one(mailbox, "signed-resend")
        assert sender(unsigned) == sender(resigned) and resigned.is_correction and "以此为准" in plain(resigned)
        # 建昌镇: both papers in the subject, the 认领表 alone attached; its 通讯录 came on 04-09 as the body says
        both_named = one(mailbox, "subject-names-both-files-one")
        assert "通讯录" in str(message(both_named)["Subject"]) and len(attachments(both_named)) == 1
        assert [m.received_at.date() for m in mailbox if (m.unit, m.campaign) == ("建昌镇", make_mixed42.TXL)] == [
            dt.date(2052, 4, 9)]
        # 县统计局 is no unit of 附件1; 县农业农村局's one form carries four units
        assert "县统计局" not in mixed42_docs.RL_UNITS
        assert pdf(attachments(one(mailbox, "volunteers-not-in-annex"))[0][1]).metadata["/Title"] == \
            f"{official('县统计局')}{RL_TITLE}"
        joint = one(mailbox, "joint-form-lead-and-partners")
        assert all(u.removeprefix("县") in plain(joint) for u in make_mixed42.TASKS[5][3])
        # late and on time; every mail of a campaign after its notice
        late = [m for m in mailbox if m.case.endswith("-late") or m.case in ("dz-reply-in-txl-thread",
                                                                                 "dz-subject-says-tongxunlu",
                                                                                 "dz-straggler-weeks")]
        assert all(m.received_at > DUES[m.requirements[0]] for m in late if m.campaign != make_mixed42.C515)
        on_time = [m for m in mailbox if m.campaign in NOTICES and m not in late and not m.is_correction]
        assert all(NOTICES[m.campaign] < m.received_at <= DUES[m.requirements[0]] for m in on_time)
        assert all(m.received_at > NOTICES[m.campaign] for m in mailbox if m.campaign in NOTICES)
