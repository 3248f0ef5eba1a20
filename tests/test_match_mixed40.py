"""Routing on a fortieth, held-out mixed mailbox (tests/fixtures/mixed40).

Two 2050 campaigns drafted by `collector campaign init --from-notice` that ask, in the same weeks, Word papers of seven
of the same departments — the 2050年上半年优化营商环境工作总结 (县政府各部门 and the 八家子经济开发区: the Word 总结 by
06-24 17:00) and the 2050年度全县政务服务“红旗窗口”和“服务标兵” 推荐 (only the eleven units of the notice's 附件1: a Word
推荐表 per nominee and the Excel 推荐汇总表 by 06-22 17:00) — beside the built-in 5·15 (2023) one; 43 mails labelled
by hand, written apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every mail right in both
draws, exact requirements.
"""

from __future__ import annotations

import base64
import datetime as dt
import email
import io
import re
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, docx_text, message
from test_match_mixed32 import opens_as_image, plain
from test_match_mixed36 import one, sender

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed40"))
import make_mixed40  # noqa: E402
import mixed40_docs  # noqa: E402
from make_labelled import MAIL_POLICY  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"zj": dt.datetime(2050, 6, 24, 17, 0, tzinfo=SH), "tj": dt.datetime(2050, 6, 22, 17, 0, tzinfo=SH)}
ZJ_WORDS, FORM_WORDS, TABLE_WORDS = mixed40_docs.ZJ_TITLE, mixed40_docs.FORM_TITLE, mixed40_docs.TABLE_TITLE
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
official, short = mixed40_docs.official, mixed40_docs.short


def attachments(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every leaf attachment, as sent: a text part too (the Word XML file, the phishing page)."""
    return [(p.get_filename(), p.get_payload(decode=True)) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename()]


def cells(data: bytes) -> str:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data))
    return "\n".join(" ".join(str(v) for v in row if v is not None)
                     for ws in wb.worksheets for row in ws.iter_rows(values_only=True))


def word_text(data: bytes) -> str:
    """The paragraphs of word/document.xml, read by hand (a .docm too, which python-docx refuses)."""
    root = ElementTree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    return "\n".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.iter(f"{W}p"))


def words(mail) -> list[tuple[str, bytes]]:
    return [(n, d) for n, d in attachments(mail) if n.lower().endswith((".docx", ".docm"))]


def tables(mail) -> list[bytes]:
    return [d for n, d in attachments(mail) if n.endswith(".xlsx")]


def header_text(mail) -> str:
    msg = message(mail)
    return str(msg["Subject"]) + str(msg["From"]) + "".join(n for n, _ in attachments(mail))


def flat_opc_to_docx(data: bytes) -> bytes:
    """A Flat OPC Word XML file back into a .docx package (as Word does on opening it)."""
    ns = {"pkg": mixed40_docs.PKG}
    root = ElementTree.fromstring(data)
    out = io.BytesIO()
    types = ['<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             'content-types">']
    with zipfile.ZipFile(out, "w") as z:
        for part in root.findall("pkg:part", ns):
            name = part.get(f"{{{mixed40_docs.PKG}}}name")
            ctype = part.get(f"{{{mixed40_docs.PKG}}}contentType")
            xml = part.find("pkg:xmlData", ns)
            if xml is not None:
                body = ElementTree.tostring(xml[0], encoding="utf-8", xml_declaration=True)
            else:
                body = base64.b64decode(part.find("pkg:binaryData", ns).text)
            z.writestr(name.lstrip("/"), body)
            types.append(f'<Override PartName="{name}" ContentType="{ctype}"/>')
        z.writestr("[Content_Types].xml", "".join(types) + "</Types>")
    return out.getvalue()


def uof_text(data: bytes) -> str:
    root = ElementTree.fromstring(data)
    assert root.tag == f"{{{mixed40_docs.UOF}}}UOF"
    return "\n".join(t.text or "" for t in root.iter(f"{{{mixed40_docs.UOF_TEXT}}}文本串"))


def reassembled(fragments) -> email.message.EmailMessage:
    """RFC 2046 message/partial fragments joined in their order: the whole mail."""
    bodies = sorted(((int(message(m).get_param("number")), m.raw.split(b"\r\n\r\n", 1)[1]) for m in fragments))
    return email.message_from_bytes(b"".join(b for _, b in bodies), policy=MAIL_POLICY)


class TestMixed40Routing(RoutingTests):
    gen = make_mixed40
    cases = ["zj-clean", "tj-clean", "zj-late", "tj-late", "correction", "word-flat-opc-xml", "hz-gb2312-body",
             "uof-text-from-yozo", "summary-speaks-red-flag-window", "windows-path-in-file-name",
             "docx-with-leader-comments", "general-half-year-summary", "truncated-docx-by-relay", "resend-after-truncated",
             "city-branch-department", "message-partial-split", "malformed-from-header", "zone-as-jingkaiqu",
             "test-mail-before-sending", "nomination-after-test-mail", "nomination-speaks-business-environment",
             "nominee-of-stationed-window", "unit-declines-to-nominate", "word-docm-forms", "phishing-with-campaign-title"]
    size = (40, 50)
    has_corrections = True  # 县人社局's 汇总表 (更正, 以此为准)

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed40.ALL)
        zj, tj = cs[make_mixed40.ZJ], cs[make_mixed40.TJ]
        zj_units, tj_units = [u.name for u in zj.units], [u.name for u in tj.units]
        assert len(zj_units) == 33 and {"八家子经济开发区", "生态环境局建昌分局", "县营商局", "县市场局"} <= set(zj_units)
        assert not {"建昌镇", "县政务服务中心", "县融媒体中心"} & set(zj_units)
        assert tj_units == list(mixed40_docs.QUOTA)
        assert len(set(zj_units) & set(tj_units)) == 7
        (summary,) = zj.requirements
        (nomination,) = tj.requirements
        assert [summary.id, nomination.id] == make_mixed40.ZJR + make_mixed40.TJR
        assert [(p.id, p.kind) for p in summary.parts] == [("doc", "document")] and "docx" in summary.parts[0].formats
        assert [(p.id, p.kind) for p in nomination.parts] == [("form", "document"), ("table", "document")]
        assert "docx" in nomination.parts[0].formats and "xlsx" not in nomination.parts[0].formats
        assert "xlsx" in nomination.parts[1].formats
        assert (summary.due, nomination.due) == (DUES["zj"], DUES["tj"])

    def test_every_picture_opens(self, mailbox):
        """Every picture attached (the 5·15 photos: this set's own cases carry none) opens with PIL."""
        pics = [d for m in mailbox for n, d in attachments(m) if n.lower().endswith((".jpg", ".jpeg", ".png"))]
        assert len(pics) >= 8 and all(opens_as_image(d) for d in pics)
        assert not [n for m in mailbox if m.received_at.year == 2050 for n, _ in attachments(m)
                    if n.lower().endswith((".jpg", ".jpeg", ".png"))]

    def test_every_document_opens(self, mailbox):
        """Every Word and Excel file of the 2050 mails opens (python-docx, openpyxl; the .docm's parts by hand), the
        Word XML file rebuilds into a package python-docx opens, the UOF file parses; only the relay's cut file
        does not open (the message/partial fragments are files only once joined: the carry test)."""
        import docx
        import openpyxl

        kinds = {"docx": 0, "docm": 0, "xlsx": 0, "flat": 0, "uof": 0, "broken": 0}
        for m in mailbox:
            if m.received_at.year != 2050 or m.case == "message-partial-split":  # fragments, read whole below
                continue
            for name, data in attachments(m):
                ext = name.rsplit(".", 1)[-1]
                if m.case == "truncated-docx-by-relay":
                    with pytest.raises(zipfile.BadZipFile):
                        zipfile.ZipFile(io.BytesIO(data))
                    kinds["broken"] += 1
                elif ext == "docx":
                    docx.Document(io.BytesIO(data))
                    kinds["docx"] += 1
                elif ext == "docm":
                    assert word_text(data)
                    kinds["docm"] += 1
                elif ext == "xlsx":
                    openpyxl.load_workbook(io.BytesIO(data))
                    kinds["xlsx"] += 1
                elif ext == "xml":
                    assert ZJ_WORDS in "\n".join(p.text for p in docx.Document(io.BytesIO(flat_opc_to_docx(data))).paragraphs)
                    kinds["flat"] += 1
                elif ext == "uot":
                    assert uof_text(data)
                    kinds["uof"] += 1
        assert kinds["docx"] >= 30 and kinds["xlsx"] >= 9
        assert (kinds["docm"], kinds["flat"], kinds["uof"], kinds["broken"]) == (2, 1, 1, 1)

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        # the 总结s filed: one Word file, the unit's 总结, no 推荐表
        for case in ("zj-clean", "zj-late", "resend-after-truncated", "summary-speaks-red-flag-window",
                     "windows-path-in-file-name", "docx-with-leader-comments", "city-branch-department",
                     "malformed-from-header", "hz-gb2312-body"):
            for m in by_case(mailbox, case):
                ((name, data),) = attachments(m)
                text = docx_text(data)
                assert name.endswith(".docx") and ZJ_WORDS in text and official(m.unit) in text, m.name
                assert FORM_WORDS not in text and "推荐表" not in text
        # the 推荐 filed with both parts: a 推荐表 per nominee the quota allows, the 汇总表 listing them
        for case in ("tj-clean", "nomination-after-test-mail", "nomination-speaks-business-environment",
                     "nominee-of-stationed-window", "word-docm-forms"):
            for m in by_case(mailbox, case):
                forms, (table,) = words(m), tables(m)
                assert len(forms) == sum(mixed40_docs.QUOTA[m.unit]), m.name
                for _, data in forms:
                    text = word_text(data)
                    assert FORM_WORDS in text and f"推荐单位：{official(m.unit)}" in text and ZJ_WORDS not in text
                assert TABLE_WORDS in cells(table) and official(m.unit) in cells(table)
        # 县营商局: Word's XML document under .xml
        flat = one(mailbox, "word-flat-opc-xml")
        ((name, data),) = attachments(flat)
        assert name.endswith(".xml") and b'<?mso-application progid="Word.Document"?>' in data and data[:2] != b"PK"
        text = "\n".join(p.text for p in __import__("docx").Document(io.BytesIO(flat_opc_to_docx(data))).paragraphs)
        assert official("县营商局") in text and ZJ_WORDS in text
        # 县林草局: the body in HZ-GB-2312; the unit in the body's sign-off and the 总结 only
        hz = one(mailbox, "hz-gb2312-body")
        assert b'charset="HZ-GB-2312"' in hz.raw and b"~{" in hz.raw and message(hz)["X-Mailer"] == make_mixed40.MUTT
        assert "建昌县林业和草原局办公室" in plain(hz) and "林草" not in header_text(hz) and "林业" not in header_text(hz)
        # 县统计局: a UOF text document from the 政务邮箱
        uof = one(mailbox, "uof-text-from-yozo")
        ((name, data),) = attachments(uof)
        assert name.endswith(".uot") and b'uof:mimetype="vnd.uof.text"' in data and data[:2] != b"PK"
        assert official("县统计局") in uof_text(data) and ZJ_WORDS in uof_text(data)
        assert sender(uof) == make_mixed40.GOV_ADDRESS["县统计局"]
        # 县市场局 owes both: its 总结 names the 红旗窗口, its 推荐 mail's subject the 营商环境
        speaks = one(mailbox, "summary-speaks-red-flag-window")
        assert "红旗窗口" in docx_text(attachments(speaks)[0][1])
        nomination = one(mailbox, "nomination-speaks-business-environment")
        assert "营商环境" in str(message(nomination)["Subject"]) and sender(nomination) == sender(speaks)
        assert all("营商环境" in word_text(d) for _, d in words(nomination))
        # 县交通局: the whole Windows path as the file's name, from Outlook 2003
        path = one(mailbox, "windows-path-in-file-name")
        ((name, _),) = attachments(path)
        assert name.startswith("C:\\Users\\Administrator\\Desktop\\") and message(path)["X-Mailer"] == make_mixed40.OUTLOOK_2003
        # 县卫健局: two comments left in
        commented = one(mailbox, "docx-with-leader-comments")
        ((_, data),) = attachments(commented)
        comments = zipfile.ZipFile(io.BytesIO(data)).read("word/comments.xml").decode("utf-8")
        assert comments.count("<w:comment ") == 2 and "王局长" in comments
        assert 'w:commentRangeStart w:id="1"' in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
        # 县审计局 (REVIEW): the whole half year's 总结, not the 营商环境 one
        general = one(mailbox, "general-half-year-summary")
        ((_, data),) = attachments(general)
        assert "2050年上半年工作总结" in docx_text(data) and ZJ_WORDS not in docx_text(data)
        assert "营商环境" in docx_text(data)
        # 县司法局 (REVIEW): the file cut short; the resend the next morning from the same address opens
        cut = one(mailbox, "truncated-docx-by-relay")
        ((name, data),) = attachments(cut)
        assert name.endswith(".docx") and data[:2] == b"PK"
        resend = one(mailbox, "resend-after-truncated")
        assert sender(resend) == sender(cut) and resend.received_at > cut.received_at and not resend.is_correction
        # 生态环境局建昌分局: the city's name in the subject and the sign-off
        branch = one(mailbox, "city-branch-department")
        assert str(message(branch)["Subject"]).startswith("葫芦岛市") and "葫芦岛市生态环境局建昌分局" in plain(branch)
        # 县综合执法局 (REVIEW ×2): two message/partial fragments of one mail, which joined hold its 总结
        fragments = by_case(mailbox, "message-partial-split")
        assert len(fragments) == 2 and {message(m).get_content_type() for m in fragments} == {"message/partial"}
        assert {message(m).get_param("id") for m in fragments} == {make_mixed40.PARTIAL_ID}
        assert len({sender(m) for m in fragments}) == 1
        assert not any(zipfile.is_zipfile(io.BytesIO(d)) for m in fragments for _, d in attachments(m))
        whole = reassembled(fragments)
        (att,) = [p for p in whole.walk() if p.get_filename()]
        assert official("县综合执法局") in docx_text(att.get_content()) and ZJ_WORDS in docx_text(att.get_content())
        # 县科技局: the From without angle brackets
        bare = one(mailbox, "malformed-from-header")
        (line,) = re.findall(rb"\r\nFrom: ([^\r]*)", bare.raw.split(b"\r\n\r\n")[0])
        assert b"<" not in line and b"@" in line and line.startswith(b"=?utf-8?")
        # 八家子经济开发区: 经开区 throughout, none of the roster's names for it
        zone = one(mailbox, "zone-as-jingkaiqu")
        ((_, data),) = attachments(zone)
        everything = docx_text(data) + header_text(zone) + plain(zone)
        assert "经开区" in everything and "开发区" not in everything and "经济开发" not in everything
        # 县医保局: a test mail from a new address, then the 推荐 from it
        test = one(mailbox, "test-mail-before-sending")
        after = one(mailbox, "nomination-after-test-mail")
        assert str(message(test)["Subject"]) == "测试" and not attachments(test)
        assert sender(test) == sender(after) and dt.timedelta(0) < after.received_at - test.received_at < dt.timedelta(hours=1)
        assert sender(test) not in {sender(m) for m in mailbox if m not in (test, after)}
        # the phishing page
        phish = one(mailbox, "phishing-with-campaign-title")
        ((name, data),) = attachments(phish)
        assert sender(phish) == make_mixed40.PHISHER[1] and name.endswith(".html") and b'type="password"' in data
        assert "优化营商环境工作总结" in str(message(phish)["Subject"])
        # 县政务服务中心: one 标兵 from 县市场局's window, nominated by the hall
        hall = one(mailbox, "nominee-of-stationed-window")
        texts = [word_text(d) for _, d in words(hall)]
        assert sum(f"工作单位：{official('县市场局')}" in t for t in texts) == 1
        assert all(f"推荐单位：{official('县政务服务中心')}" in t for t in texts)
        # 县住建局 (REVIEW): no file, says it nominates no one
        declines = one(mailbox, "unit-declines-to-nominate")
        assert not attachments(declines) and "不推荐" in plain(declines)
        # 八家子镇: .docm forms
        docm = one(mailbox, "word-docm-forms")
        for name, data in words(docm):
            assert name.endswith(".docm")
            assert b"macroEnabled.main+xml" in zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml")
        # 县人社局's correction: the 汇总表 only
        correction = one(mailbox, "correction")
        assert correction.is_correction and len(tables(correction)) == 1 and not words(correction)
        assert "以此为准" in plain(correction)
        # 喇嘛洞镇: late, the forms without the 汇总表
        late_tj = one(mailbox, "tj-late")
        assert len(words(late_tj)) == 2 and not tables(late_tj)
        # late and on time
        late = by_case(mailbox, "zj-late") + by_case(mailbox, "tj-late")
        assert all(m.received_at > DUES[m.requirements[0]] for m in late)
        on_time = [m for m in mailbox if m.campaign in (make_mixed40.ZJ, make_mixed40.TJ) and m not in late]
        assert all(m.received_at <= DUES[m.requirements[0]] for m in on_time)
        # the windows: every 推荐 mail after its notice
        assert all(m.received_at > dt.datetime(2050, 6, 13, tzinfo=SH) for m in mailbox if m.campaign == make_mixed40.TJ)
