"""Routing on a fifty-eighth, held-out mixed mailbox (tests/fixtures/mixed58).

Two 2068 campaigns drafted by `collector campaign init --from-notice` that both speak of 生活垃圾 but ask it of units
that do not meet — the 农村生活垃圾收运处置情况月报表 of the 28 towns, one notice for three months (the same Excel table
each month, each month its own requirement and deadline: 05-08, 06-05, 07-05) and the 县直机关生活垃圾分类专项检查 of the
fourteen departments of its 附件1 (the Word 自查报告 and the Excel 自查评分表 by 06-08, the Excel 问题整改清单 by 06-22) —
beside the built-in 5·15 (2023) one; 46 mails labelled by hand, written apart from the routing code. The bar of
tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements — a mail with two months' tables is
filed under both months, the 自查 mail that carries its “无” 整改清单 under both requirements.
"""

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import io
import struct
import sys
import zipfile
from pathlib import Path

import pytest
from mixed_mailbox_tests import RoutingTests
from mixed_suite import built
from test_match_mixed27 import by_case, docx_text, message
from test_match_mixed32 import plain
from test_match_mixed36 import one, sender

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed58"))
import make_mixed58  # noqa: E402
import mixed58_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"m4": dt.datetime(2068, 5, 8, 17, 0, tzinfo=SH), "m5": dt.datetime(2068, 6, 5, 17, 0, tzinfo=SH),
        "m6": dt.datetime(2068, 7, 5, 17, 0, tzinfo=SH), "zc": dt.datetime(2068, 6, 8, 17, 0, tzinfo=SH),
        "zg": dt.datetime(2068, 6, 22, 17, 0, tzinfo=SH)}
LATE = {"m6-late", "zc-late", "list-after-site-inspection", "april-table-in-july-old-address", make_mixed58.TWO_MONTHS}
LJ, ZX = make_mixed58.LJ, make_mixed58.ZX
official, short = mixed58_docs.official, mixed58_docs.short
TOWNS = make_mixed58.TOWNS


def attachments(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every leaf part with a file name, as sent (the whole-mail winmail.dat too)."""
    return [(p.get_filename(), p.get_payload(decode=True)) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename()]


def cells(data: bytes) -> str:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data))
    return "\n".join(" ".join(str(v) for v in row if v is not None)
                     for ws in wb.worksheets for row in ws.iter_rows(values_only=True))


def xlsxs(mail) -> list[bytes]:
    return [d for n, d in attachments(mail) if n.endswith(".xlsx")]


def words(mail) -> list[bytes]:
    return [d for n, d in attachments(mail) if n.endswith(".docx")]


def tnef_attrs(data: bytes) -> list[tuple[int, int, bytes]]:
    """(level, attribute, data) of every attribute of a TNEF stream, read by hand."""
    assert struct.unpack("<I", data[:4])[0] == mixed58_docs.TNEF_SIGNATURE
    out, at = [], 6
    while at < len(data):
        level, attr, length = struct.unpack("<BII", data[at:at + 9])
        out.append((level, attr, data[at + 9:at + 9 + length]))
        at += 9 + length + 2
    return out


def mapi_props(data: bytes) -> dict[int, bytes | int]:
    """The properties of an attMAPIProps / attAttachment block: id → value (PT_LONG an int, else the bytes)."""
    (count,), at, out = struct.unpack("<I", data[:4]), 4, {}
    for _ in range(count):
        ptype, pid = struct.unpack("<HH", data[at:at + 4])
        at += 4
        if ptype == 0x0003:
            out[pid] = struct.unpack("<I", data[at:at + 4])[0]
            at += 4
        else:
            _, length = struct.unpack("<II", data[at:at + 8])
            out[pid] = data[at + 8:at + 8 + length]
            at += 8 + length + (-length % 4)
    return out


def tnef_files(data: bytes) -> list[tuple[str, bytes]]:
    """The files in a TNEF stream: each attachment's long Unicode name (its title, code page 936, without one) and
    bytes; a forwarded Outlook item's files (attach method 5) from its own stream."""
    files, title, body = [], "", b""
    for level, attr, value in tnef_attrs(data):
        if level != 2:
            continue
        if attr == 0x00018010:
            title = value.rstrip(b"\0").decode("gbk")
        elif attr == 0x0006800F:
            body = value
        elif attr == 0x00069005:
            props = mapi_props(value)
            if props.get(0x3705) == 5:
                obj = props[0x3701]
                assert obj[:16] == mixed58_docs.IID_IMESSAGE
                files += tnef_files(obj[16:])
            else:
                name = props[0x3707].decode("utf-16-le").rstrip("\0") if 0x3707 in props else title
                files.append((name, body))
    return files


def tnef_rtf(data: bytes) -> str:
    """The message's text, PR_RTF_COMPRESSED in its uncompressed (MELA) form, the RTF's \\'hh bytes read as GBK."""
    (block,) = [v for lvl, a, v in tnef_attrs(data) if lvl == 1 and a == 0x00069003]
    rtf = mapi_props(block)[0x1009]
    comp, raw, magic, crc = struct.unpack("<IIII", rtf[:16])
    assert (magic, crc, comp, raw) == (0x414C454D, 0, len(rtf) - 4, len(rtf) - 16)
    text, out, i = rtf[16:].decode("ascii"), bytearray(), 0
    while i < len(text):
        if text.startswith("\\'", i):
            out.append(int(text[i + 2:i + 4], 16))
            i += 4
        else:
            out += text[i].encode("ascii")
            i += 1
    return out.decode("gbk")


def header_text(mail) -> str:
    msg = message(mail)
    return str(msg["Subject"]) + str(msg["From"]) + "".join(n for n, _ in attachments(mail))


class TestMixed58Routing(RoutingTests):
    gen = make_mixed58
    cases = ["m4-clean", "m5-clean", "m6-clean", "zc-clean", "zg-clean", "m6-late", "zc-late", "correction",
             "zero-width-space-in-unit-name", "subject-names-sending-month", make_mixed58.TWO_MONTHS,
             "tnef-whole-mail-rtf-body", "date-header-wrong-timezone", "euc-cn-charset-label",
             "april-table-in-july-old-address", make_mixed58.BOTH_ZX, "rectification-list-inside-report",
             "tnef-embedded-forwarded-item", "personal-qq-unit-in-signature", "selfcheck-names-host-town",
             "list-after-site-inspection", "unc-share-path-instead-of-files", "double-base64-attachment",
             "custom-auto-reply-promises-table", "bounce-returns-office-forward", "read-receipt-from-owing-unit",
             "rlo-disguised-exe", "town-selfcheck-while-owing-monthly", "lead-bureau-roundup-of-towns",
             "inspection-team-site-record"]
    size = (40, 50)
    has_corrections = True  # 县教育局's 自查报告 (修改稿, 以此为准)

    def test_set_is_varied_and_labelled(self, mailbox):
        """The shared check, but for the two labels of two requirements (大屯镇's April and May tables, 县民政局's
        自查 with its “无” 清单): each names the requirements its files answer, with the parts it carries. The other
        draw gives the same labels in the same order."""
        assert self.size[0] <= len(mailbox) <= self.size[1]
        per_campaign = {c: sum(1 for m in mailbox if m.campaign == c) for c in self.gen.ALL}
        assert min(per_campaign.values()) >= 8, per_campaign
        assert set(self.cases) <= {m.case for m in mailbox}
        for lab in mailbox:
            assert (lab.campaign is None) == (lab.unit in ("REVIEW", "IGNORED")), lab.name
            if lab.campaign is None:
                assert not lab.requirements and not lab.parts, lab.name
            elif lab.case in (make_mixed58.TWO_MONTHS, make_mixed58.BOTH_ZX):
                assert len(lab.requirements) == 2 and lab.requirements == sorted(lab.requirements) and lab.parts
            else:
                assert len(lab.requirements) == 1 and lab.parts, lab.name
        assert [(m.case, m.requirements) for m in mailbox if len(m.requirements) > 1] == [
            (make_mixed58.TWO_MONTHS, ["m4", "m5"]), (make_mixed58.BOTH_ZX, ["zc", "zg"])]
        other = built(self.gen, self.seed)
        assert [(m.campaign, m.unit, m.requirements, m.parts, m.case, m.is_correction) for m in other] == [
            (m.campaign, m.unit, m.requirements, m.parts, m.case, m.is_correction) for m in mailbox]

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed58.ALL)
        lj, zx = cs[LJ], cs[ZX]
        assert sorted(u.name for u in lj.units) == sorted(TOWNS) and len(TOWNS) == 28
        assert [u.name for u in zx.units] == make_mixed58.ZX_UNITS
        assert not {u.name for u in lj.units} & {u.name for u in zx.units}
        assert [r.id for r in lj.requirements] == ["m4", "m5", "m6"]
        for r in lj.requirements:
            (table,) = r.parts
            assert (table.id, table.kind) == ("table", "document") and "xlsx" in table.formats and "docx" not in table.formats
        zc, zg = zx.requirements
        assert [zc.id, zg.id] == ["zc", "zg"]
        assert [(p.id, p.kind) for p in zc.parts] == [("doc", "document"), ("table", "document")]
        assert "docx" in zc.parts[0].formats and "xlsx" in zc.parts[1].formats
        assert [(p.id, p.kind) for p in zg.parts] == [("table", "document")] and "xlsx" in zg.parts[0].formats
        assert [r.due for r in lj.requirements + zx.requirements] == [DUES[k] for k in ("m4", "m5", "m6", "zc", "zg")]

    def test_every_document_opens(self, mailbox):
        """Every Word and Excel file of the 2068 mails opens (python-docx, openpyxl), those inside a winmail.dat too;
        the double-encoded file is no zip until base64-decoded once more; the one program is a PE file."""
        import docx
        import openpyxl
        from tnefparse import TNEF

        kinds = {"docx": 0, "xlsx": 0, "tnef": 0, "double": 0, "exe": 0}
        for m in mailbox:
            if m.received_at.year != 2068:
                continue
            files = attachments(m)
            if m.case == "bounce-returns-office-forward":
                (returned,) = [p for p in message(m).walk() if p.get_content_type() == "message/rfc822"]
                files = [(p.get_filename(), p.get_payload(decode=True)) for p in returned.get_payload(0).walk()
                         if p.get_filename()]
            for name, data in files:
                if name == "winmail.dat":
                    TNEF(data)  # the library Outlook files are read with takes the stream
                    kinds["tnef"] += 1
                    files += tnef_files(data)
                elif m.case == "double-base64-attachment":
                    assert not zipfile.is_zipfile(io.BytesIO(data))
                    openpyxl.load_workbook(io.BytesIO(base64.b64decode(data)))
                    kinds["double"] += 1
                elif name.endswith(".exe"):
                    assert data[:2] == b"MZ" and b"PE\0\0" in data
                    kinds["exe"] += 1
                elif name.endswith(".docx"):
                    docx.Document(io.BytesIO(data))
                    kinds["docx"] += 1
                elif name.endswith(".xlsx"):
                    openpyxl.load_workbook(io.BytesIO(data))
                    kinds["xlsx"] += 1
                else:
                    raise AssertionError((m.name, name))
        assert kinds == {"docx": 11, "xlsx": 32, "tnef": 2, "double": 1, "exe": 1}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        # the 月报表s filed: the month's table of the unit (报告期 the month filed)
        for case in ("m4-clean", "m5-clean", "m6-clean", "m6-late", "april-table-in-july-old-address"):
            for m in by_case(mailbox, case):
                (table,) = xlsxs(m)
                (req,) = m.requirements
                text = cells(table)
                assert mixed58_docs.LJ_TITLE in text and f"填报单位（乡镇）：{m.unit}" in text, m.name
                assert f"报告期：2068年{req[1]}月" in text and not words(m), m.name
        # the 自查 filed: the unit's 自查报告 and its 评分表; the 清单s: the unit's 清单
        for case in ("zc-clean", "zc-late"):
            for m in by_case(mailbox, case):
                (report,), (score,) = words(m), xlsxs(m)
                assert "生活垃圾分类工作专项检查的自查报告" in docx_text(report) and official(m.unit) in docx_text(report)
                assert mixed58_docs.SCORE_TITLE in cells(score) and official(m.unit) in cells(score)
        for case in ("zg-clean", "list-after-site-inspection"):
            for m in by_case(mailbox, case):
                (table,) = xlsxs(m)
                assert mixed58_docs.LIST_TITLE in cells(table) and official(m.unit) in cells(table) and not words(m)
        # 汤神庙镇: the name broken by U+200B everywhere it is written; the table's 填报单位 empty
        zw = one(mailbox, "zero-width-space-in-unit-name")
        everything = header_text(zw) + plain(zw) + cells(xlsxs(zw)[0])
        assert "汤\u200b神庙镇" in header_text(zw) and "汤\u200b神庙镇" in plain(zw) and "汤神庙镇" not in everything
        assert "报告期：2068年4月" in everything
        # 素珠营子乡: “5月份” in the subject, April in the table, before April's deadline
        sending = one(mailbox, "subject-names-sending-month")
        assert "5月份" in str(message(sending)["Subject"]) and "报告期：2068年4月" in cells(xlsxs(sending)[0])
        assert "5月" not in cells(xlsxs(sending)[0]) and sending.received_at < DUES["m4"]
        # 大屯镇: two tables, the months in Chinese numerals
        two = one(mailbox, make_mixed58.TWO_MONTHS)
        tables = [cells(t) for t in xlsxs(two)]
        assert len(tables) == 2 and "四月份" in tables[0] and "五月份" in tables[1]
        assert not any(c in str(message(two)["Subject"]) for c in "0123456789")
        assert DUES["m4"] < two.received_at < DUES["m5"]
        # 玲珑塔镇: the whole mail one winmail.dat, the unit in its RTF text and its table only
        whole = one(mailbox, "tnef-whole-mail-rtf-body")
        msg = message(whole)
        assert msg.get_content_type() == "application/ms-tnef" and not msg.is_multipart()
        assert "玲珑塔" not in str(msg["Subject"]) + str(msg["From"])
        ((name, data),) = attachments(whole)
        ((inner, table),) = tnef_files(data)
        assert name == "winmail.dat" and inner.startswith("玲珑塔镇5月份") and "填报单位（乡镇）：玲珑塔镇" in cells(table)
        assert "玲珑塔镇人民政府党政办" in tnef_rtf(data) and "\\ansicpg936" in tnef_rtf(data)
        # 牤牛营子乡: the Date header in -0800, later than the deadline; received before it
        tz = one(mailbox, "date-header-wrong-timezone")
        assert str(message(tz)["Date"]).endswith("-0800")
        assert email.utils.parsedate_to_datetime(str(message(tz)["Date"])) > DUES["m5"] > tz.received_at
        # 西碱厂乡: EUC-CN labels on the subject, the From name, the body and the file's name
        euc = one(mailbox, "euc-cn-charset-label")
        head = euc.raw.split(b"\r\n\r\n", 1)[0]
        assert b"Subject: =?euc-cn?b?" in head and b"From: =?euc-cn?b?" in head and b'charset="euc-cn"' in euc.raw
        assert b'filename="=?euc-cn?b?' in euc.raw and message(euc)["X-Mailer"] == make_mixed58.SYLPHEED
        assert "西碱厂乡" in str(message(euc)["Subject"]) and "西碱厂乡" in plain(euc)
        # 娘娘庙乡: April's table in July, from its 2023 5·15 address
        straggler = one(mailbox, "april-table-in-july-old-address")
        (old,) = [m for m in mailbox if m.received_at.year == 2023 and m.unit == "娘娘庙乡"]
        assert sender(straggler) == sender(old) and straggler.received_at > DUES["m6"] - dt.timedelta(days=2)
        # 县民政局: the 自查 and the 清单 of “无”, one mail
        both = one(mailbox, make_mixed58.BOTH_ZX)
        (report,), (score, nil) = words(both), xlsxs(both)
        assert "未发现需要整改的问题" in docx_text(report) and mixed58_docs.SCORE_TITLE in cells(score)
        assert mixed58_docs.LIST_TITLE in cells(nil) and "无 无" in cells(nil)
        # 县交通局: the 清单 a Word table inside the report; its Excel 清单 later
        inside = one(mailbox, "rectification-list-inside-report")
        (report,) = words(inside)
        assert "附：问题整改清单" in docx_text(report) and "整改措施" in docx_text(report) and len(xlsxs(inside)) == 1
        assert [m.unit for m in by_case(mailbox, "zg-clean")].count("县交通局") == 1
        # 县卫健局: winmail.dat holds one forwarded Outlook item; its two files are the 卫健局's
        item = one(mailbox, "tnef-embedded-forwarded-item")
        ((name, data),) = attachments(item)
        files = dict(tnef_files(data))
        assert name == "winmail.dat" and len(files) == 2
        report = next(v for k, v in files.items() if k.endswith(".docx"))
        score = next(v for k, v in files.items() if k.endswith(".xlsx"))
        assert official("县卫健局") in docx_text(report) and official("县卫健局") in cells(score)
        assert [mapi_props(v).get(0x3705) for lvl, a, v in tnef_attrs(data) if a == 0x00069005] == [5]
        # 县商务局: a personal QQ address, the unit in the signature only
        qq = one(mailbox, "personal-qq-unit-in-signature")
        (report,), (score,) = words(qq), xlsxs(qq)
        assert sender(qq).endswith("@qq.com") and "建昌县商务局办公室" in plain(qq)
        assert "商务" not in header_text(qq) + docx_text(report) + cells(score)
        assert all(official(u) not in docx_text(report) + cells(score) for u in make_mixed58.ZX_UNITS)
        assert sender(qq) not in {sender(m) for m in mailbox if m is not qq}
        # 县教育局's correction: the report only, after its first
        fix = one(mailbox, "correction")
        (first,) = [m for m in by_case(mailbox, "zc-clean") if m.unit == "县教育局"]
        assert fix.is_correction and len(words(fix)) == 1 and not xlsxs(fix) and "以此为准" in plain(fix)
        assert first.received_at < fix.received_at and sender(first) == sender(fix)
        # 生态环境局建昌分局: the report names 建昌镇 twice; no 评分表
        host = one(mailbox, "selfcheck-names-host-town")
        (report,) = words(host)
        assert docx_text(report).count("建昌镇") >= 2 and official(host.unit) in docx_text(report) and not xlsxs(host)
        # 县财政局 (REVIEW): a UNC path, no file
        unc = one(mailbox, "unc-share-path-instead-of-files")
        assert not attachments(unc) and "\\\\10.12.3.20\\" in plain(unc)
        # 县发改局 (REVIEW): its 清单 as base64 text inside the base64 part
        double = one(mailbox, "double-base64-attachment")
        ((name, data),) = attachments(double)
        assert name.endswith(".xlsx") and data[:4] == b"UEsD"
        assert official("县发改局") in cells(base64.b64decode(data))
        assert message(double)["X-Mailer"] == make_mixed58.OA_MAILER
        # the auto-reply: no file, the town and its table named
        auto = one(mailbox, "custom-auto-reply-promises-table")
        assert not attachments(auto) and message(auto)["X-Autoreply"] == "yes" and "Auto-Submitted" not in message(auto)
        assert str(message(auto)["Subject"]).startswith("自动回复") and "老大杖子乡" in plain(auto) and "月报表" in plain(auto)
        # the bounce: the office's forward returned, 建昌镇's April table inside it, byte for byte the one it sent
        bounce = one(mailbox, "bounce-returns-office-forward")
        assert message(bounce).get_content_type() == "multipart/report" and sender(bounce) == "postmaster@163.com"
        (returned,) = [p for p in message(bounce).walk() if p.get_content_type() == "message/rfc822"]
        inner = returned.get_payload(0)
        (m4,) = [m for m in by_case(mailbox, "m4-clean") if m.unit == "建昌镇"]
        assert inner["From"].addresses[0].addr_spec == make_mixed58.OFFICE
        assert [p.get_payload(decode=True) for p in inner.walk() if p.get_filename()] == xlsxs(m4)
        # the read receipt: from 县人社局's 2023 address, the 专项检查 notice's title
        receipt = one(mailbox, "read-receipt-from-owing-unit")
        (interview,) = [m for m in mailbox if m.received_at.year == 2023 and m.unit == "县人社局"]
        assert sender(receipt) == sender(interview) and "disposition-notification" in message(receipt)["Content-Type"]
        assert make_mixed58.NOTICE_TITLE[ZX] in str(message(receipt)["Subject"])
        # the program behind U+202E, from a look-alike of 建昌镇
        rlo = one(mailbox, "rlo-disguised-exe")
        ((name, data),) = attachments(rlo)
        assert "\u202e" in name and name.endswith(".exe") and name.split("\u202e")[1][::-1].startswith("exe.")
        assert sender(rlo) == make_mixed58.PHISHER[1] and sender(rlo) not in {sender(m) for m in mailbox if m.campaign}
        # 杨树湾子乡 (REVIEW): a town's own 自查, not its 月报表
        town = one(mailbox, "town-selfcheck-while-owing-monthly")
        (report,), (score,) = words(town), xlsxs(town)
        assert "杨树湾子乡人民政府" in docx_text(report) and mixed58_docs.SCORE_TITLE in cells(score)
        assert "杨树湾子乡" not in {m.unit for m in mailbox if m.campaign == LJ}
        # 县住建局 (REVIEW): the county's roundup, every town a row
        roundup = one(mailbox, "lead-bureau-roundup-of-towns")
        (table,) = xlsxs(roundup)
        assert all(t in cells(table) for t in TOWNS) and "住房和城乡建设局" in cells(table)
        # the 检查组's record (REVIEW): two departments named, sent by neither
        record = one(mailbox, "inspection-team-site-record")
        (table,) = xlsxs(record)
        assert official("县教育局") in cells(table) and official("县卫健局") in cells(table)
        assert sender(record) not in {sender(m) for m in mailbox if m.unit in ("县教育局", "县卫健局")}
        # late and on time
        for m in mailbox:
            if m.campaign not in (LJ, ZX):
                continue
            late = [m.received_at > DUES[r] for r in m.requirements]
            if m.case == make_mixed58.TWO_MONTHS:
                assert late == [True, False]
            else:
                assert all(late) == (m.case in LATE) and any(late) == all(late), m.name
        # the windows: every mail of a campaign after its notice
        assert all(m.received_at > dt.datetime(2068, 5, 22, tzinfo=SH) for m in mailbox if m.campaign == ZX)
        assert all(m.received_at > dt.datetime(2068, 4, 24, tzinfo=SH) for m in mailbox if m.campaign == LJ)

    def test_the_plain_mails_hours_stand_apart(self, mailbox):
        """No other mail shares a plain mail's day and hour, so another draw's minutes keep the order."""
        plain_cases = {"m4-clean", "m5-clean", "m6-clean", "zc-clean", "zg-clean"}
        for m in mailbox:
            if m.case in plain_cases:
                same = [o.name for o in mailbox if o is not m and o.received_at.date() == m.received_at.date()
                        and o.received_at.hour == m.received_at.hour]
                assert not same, (m.name, same)


@pytest.mark.parametrize("seed", [None, 7])
def test_labels_are_written_by_hand_not_drawn(seed):
    """Both draws give 46 mails: 15 月报表, 13 专项检查, 8 of 5·15, 5 REVIEW, 5 IGNORED (4 of 2068, the 5·15 auto-reply)."""
    mails = built(make_mixed58, seed)
    counts = {}
    for m in mails:
        key = m.campaign or m.unit
        counts[key] = counts.get(key, 0) + 1
    assert counts == {make_mixed58.C515: 8, LJ: 15, ZX: 13, "REVIEW": 5, "IGNORED": 5}
