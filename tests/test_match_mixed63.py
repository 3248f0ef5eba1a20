"""Routing on a sixty-third, held-out mixed mailbox (tests/fixtures/mixed63).

Two 2073 campaigns drafted by `collector campaign init --from-notice`, both owed by the 28 towns and townships in
overlapping windows — the 2073年度全县防汛抗旱工作先进集体和先进个人 推荐 (the 28 乡镇 and seven departments, a 名额 per
kind: per nominee a Word 推荐表 and 事迹材料, and the stamped 推荐汇总表 scan, by 09-15 17:00) and the 核对 of each
town's 12345热线 工单 figures (the office mailed each town its 核对表; “核对无误” in the mail or the table back with 有误, by
09-13 17:00) — beside the built-in 5·15 (2023) one; 43 mails labelled by hand, written apart from the routing code.
The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, docx_text, message
from test_match_mixed32 import plain
from test_match_mixed36 import one, sender

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed63"))
import make_mixed63  # noqa: E402
import mixed63_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"tj": dt.datetime(2073, 9, 15, 17, 0, tzinfo=SH), "hd": dt.datetime(2073, 9, 13, 17, 0, tzinfo=SH)}
QUOTA = {"town": 2, "township": 1, "department": 1}
official, short = mixed63_docs.official, mixed63_docs.short


def attachments(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every leaf attachment, a forwarded mail's too (walk() goes into message/rfc822)."""
    return [(p.get_filename(), p.get_payload(decode=True)) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename() and p.get_content_type() != "message/rfc822"]


def cells(data: bytes) -> str:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data))
    return "\n".join(" ".join(str(v) for v in row if v is not None)
                     for ws in wb.worksheets for row in ws.iter_rows(values_only=True))


def pdf_ok(data: bytes) -> bool:
    from pypdf import PdfReader

    return data[:5] == b"%PDF-" and len(PdfReader(io.BytesIO(data)).pages) >= 1


def forms(mail) -> list[str]:
    return [docx_text(d) for n, d in attachments(mail) if n.endswith(".docx") and "推荐表" in n]


def stories(mail) -> list[str]:
    return [docx_text(d) for n, d in attachments(mail) if n.endswith(".docx") and "事迹材料" in n]


def pdfs(mail) -> list[bytes]:
    return [d for n, d in attachments(mail) if n.lower().endswith(".pdf")]


def text_of(mail) -> str:
    msg = message(mail)
    body = msg.get_body(("plain", "html"))
    return body.get_content() if body is not None else ""


class TestMixed63Routing(RoutingTests):
    gen = make_mixed63
    cases = ["tj-clean", "hd-typed", "hd-table", "quota-question", "nomination-swapped-later", "swap-nominee-on-time",
             "nomination-later-withdrawn", "withdraw-without-replacement", "over-quota-town", "forms-first-scan-later",
             "scanner-named-summary", "forwarded-eml-by-other-unit", "unit-signs-as-flood-office",
             "nominee-stationed-in-town", "summary-to-follow", "same-unit-second-address", "late-explains-flood",
             "office-mail-bounced-with-table", "sent-back-unchanged-with-wuwu", "rfc2231-gbk-language-tag",
             "reply-subject-only-huifu", "hd-answer-in-tj-thread", "typed-correction-no-table",
             "hd-rows-pasted-as-html-table", "late-explains-old-mailbox"]
    size = (40, 50)
    has_corrections = True  # 贺杖子乡's 更换人选 (以此为准)

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """Read from the fixture's own bytes, without the collector."""
        for m in mailbox:
            if m.campaign == make_mixed63.TJ:
                fs, ss = forms(m), stories(m)
                if "form" in m.parts:
                    assert fs and len(fs) == len(ss), m.name
                    kind = mixed63_docs.kind_of(m.unit)
                    quota = 1 if m.unit == "县气象局" else QUOTA[kind]
                    assert len(fs) <= quota, m.name
                    assert all(f"推荐单位：{official(m.unit)}" in f for f in fs), m.name
                    assert all(official(m.unit) in s for s in ss), m.name
                else:
                    assert not fs and not ss, m.name
                assert ("summary" in m.parts) == (len(pdfs(m)) == 1), m.name
                assert all(pdf_ok(p) for p in pdfs(m)), m.name
                assert not any(n.endswith(".xlsx") for n, _ in attachments(m)), m.name
            if m.campaign == make_mixed63.HD:
                tables = [d for n, d in attachments(m) if n.endswith(".xlsx")]
                words = text_of(m).split("------------------ 原始邮件")[0]
                assert "无误" in words or "有误" in words or any("有误" in cells(t) for t in tables), m.name
                assert not forms(m) and not pdfs(m), m.name
            if m.campaign is not None and m.campaign != make_mixed63.C515:
                (req,) = m.requirements
                late = m.received_at > DUES[req]
                assert late == (m.case in ("late-explains-flood", "late-explains-old-mailbox")), m.name

        # the over-quota town: a 先进集体 and two 先进个人 against a town's 2
        over = one(mailbox, "over-quota-town")
        assert len(forms(over)) == 3 and sum("先进个人推荐表" in f for f in forms(over)) == 2
        # the withdrawal names the one nominee filed three days before, and carries nothing
        first, gone = one(mailbox, "nomination-later-withdrawn"), one(mailbox, "withdraw-without-replacement")
        who = forms(first)[0].split("姓名：")[1].split("\n")[0]
        assert who in text_of(gone) and "撤回" in text_of(gone) and not attachments(gone)
        assert sender(first) == sender(gone)
        # the swap names the first nominee and brings the new one's three papers
        before, swap = one(mailbox, "nomination-swapped-later"), one(mailbox, "swap-nominee-on-time")
        old = forms(before)[0].split("姓名：")[1].split("\n")[0]
        new = forms(swap)[0].split("姓名：")[1].split("\n")[0]
        assert old != new and old in text_of(swap) and new in text_of(swap) and "以此为准" in text_of(swap)
        assert swap.is_correction and not before.is_correction
        # the forwarded .eml: sent by 县水利局 from the address of its own nomination, the papers 娘娘庙乡's
        fwd = one(mailbox, "forwarded-eml-by-other-unit")
        (own,) = [m for m in by_case(mailbox, "tj-clean") if m.unit == "县水利局"]
        assert sender(fwd) == sender(own)
        rfc822 = [p for p in message(fwd).walk() if p.get_content_type() == "message/rfc822"]
        assert len(rfc822) == 1 and rfc822[0].get_filename().endswith(".eml")
        assert all(f"推荐单位：{official('娘娘庙乡')}" in f for f in forms(fwd)) and len(pdfs(fwd)) == 1
        # the 防指办: no roster name in the sender or subject; the forms say 应急管理局
        flood = one(mailbox, "unit-signs-as-flood-office")
        assert "防汛抗旱指挥部办公室" in str(message(flood)["Subject"]) and "应急" not in str(message(flood)["Subject"])
        assert all("建昌县应急管理局" in f for f in forms(flood))
        # 建昌镇's scan later, its scanner's name, from the same address
        fs_first, scan = one(mailbox, "forms-first-scan-later"), one(mailbox, "scanner-named-summary")
        assert [n for n, _ in attachments(scan)] == ["Scan_20730914_0932.pdf"] and sender(scan) == sender(fs_first)
        # 魏家岭乡's second address
        a, b = one(mailbox, "summary-to-follow"), one(mailbox, "same-unit-second-address")
        assert sender(a) != sender(b) and "魏家岭乡" in text_of(b)
        assert not [m for m in mailbox if m.name != b.name and sender(m) == sender(b)]
        # the stationed nominee: 喇嘛洞 in the papers, 自然资源局 the 推荐单位
        st = one(mailbox, "nominee-stationed-in-town")
        assert "喇嘛洞镇自然资源所所长" in forms(st)[0] and "喇嘛洞镇" in stories(st)[0]

        docs = make_mixed63.Box(0).d63
        # the 核对表 back byte for byte, 无误 in the body
        same = one(mailbox, "sent-back-unchanged-with-wuwu")
        ((_, data),) = attachments(same)
        assert data == docs.office_sheet("杨树湾子乡") and "无误" in text_of(same)
        assert "有误" not in cells(data) and "无误" not in cells(data)
        # the RFC 2231 GBK name with a language tag and no plain name
        gbk = one(mailbox, "rfc2231-gbk-language-tag")
        assert b"filename*=GBK'zh-cn'%" in gbk.raw and b'filename="' not in gbk.raw and b"name*=GBK'zh-cn'" in gbk.raw
        ((name, data),) = attachments(gbk)
        assert name == "和尚房子乡工单办理数据核对表（核对后）.xlsx" and "有误" in cells(data)
        # the bare “回复：”, In-Reply-To the office's mail, 雷家店乡 only in the quote and the sign-off
        huifu = one(mailbox, "reply-subject-only-huifu")
        assert str(message(huifu)["Subject"]) == "回复：" and message(huifu)["In-Reply-To"]
        assert plain(huifu).startswith("核对无误") and "雷家店乡：" in plain(huifu)
        # the 核对 answer in the 推荐 notice's thread
        thread = one(mailbox, "hd-answer-in-tj-thread")
        assert make_mixed63.TJ_NOTICE_TITLE in str(message(thread)["Subject"]) and "核对无误" in plain(thread).split("\n")[0]
        assert not attachments(thread)
        # the typed correction, the pasted rows
        typed = one(mailbox, "typed-correction-no-table")
        assert "有误" in plain(typed) and not attachments(typed)
        pasted = one(mailbox, "hd-rows-pasted-as-html-table")
        html = message(pasted).get_body(("html",)).get_content()
        assert "<table" in html and "有误" in html and "\t有误\t" in plain(pasted) and not attachments(pasted)
        # the bounce: a delivery report carrying the office's own mail and 二道湾子蒙古族乡's blank 核对表
        dsn = one(mailbox, "office-mail-bounced-with-table")
        assert message(dsn).get_content_type() == "multipart/report"
        ((name, data),) = attachments(dsn)
        assert data == docs.office_sheet("二道湾子蒙古族乡")
        late = one(mailbox, "late-explains-old-mailbox")
        assert "无误" in plain(late) and "停用" in plain(late) and sender(late) != sender(dsn)
        flood_late = one(mailbox, "late-explains-flood")
        assert "未能按时报送" in plain(flood_late)
        # the question and its unit's silence after
        q = one(mailbox, "quota-question")
        assert not attachments(q) and not [m for m in mailbox if m.unit == "县住建局" and m.campaign]

    def test_every_document_opens(self, mailbox):
        """Every Word, Excel and PDF file of 2073 opens (python-docx, openpyxl, pypdf)."""
        import openpyxl

        seen = 0
        for m in mailbox:
            if m.received_at.year != 2073:
                continue
            for name, data in attachments(m):
                if name.endswith(".docx"):
                    assert docx_text(data), (m.name, name)
                elif name.endswith(".xlsx"):
                    openpyxl.load_workbook(io.BytesIO(data))
                elif name.lower().endswith(".pdf"):
                    assert pdf_ok(data), (m.name, name)
                else:
                    raise AssertionError((m.name, name))
                seen += 1
        assert seen > 60
