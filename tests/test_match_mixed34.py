"""Routing on a thirty-fourth, held-out mixed mailbox (tests/fixtures/mixed34).

Two 2044 campaigns drafted by `collector campaign init --from-notice` (the 上半年干部教育培训学时统计 owing the 32
departments and the 7 直属机构 the Excel 学时统计表 and its stamped scan as PDF by 07-05 17:00; the 村级安全生产目标
责任书签订情况 owing the 28 towns and townships the Excel 签订情况统计表 only by 07-11 16:00) beside the built-in 5·15
(2023) one; 41 mails labelled by hand, written apart from the routing code. The bar of
tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
from test_match_mixed27 import attachments, by_case, message
from test_match_mixed32 import is_pdf, opens_as_image, plain, sheet

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed34"))
import make_mixed34  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"xs": dt.datetime(2044, 7, 5, 17, 0, tzinfo=SH), "qd": dt.datetime(2044, 7, 11, 16, 0, tzinfo=SH)}


def is_xlsx(data: bytes) -> bool:
    return data[:2] == b"PK" and "xl/workbook.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()


def html_of(mail) -> str:
    return message(mail).get_body(("html",)).get_content()


class TestMixed34Routing(RoutingTests):
    gen = make_mixed34
    cases = ["xs-clean", "qd-clean", "xs-late", "qd-late", "correction", "cc-peers-as-sample",
             "reply-all-to-other-units-mail", "files-named-after-the-filler", "body-is-a-picture",
             "question-beside-files", "last-half-years-table", "hours-typed-in-body", "protected-sheet",
             "scans-not-asked-table-missing", "table-after-scans", "town-and-its-station", "qd-first-of-two",
             "csv-from-phone-wps", "former-name-signature", "xlsx-bytes-named-xls", "sunday-night-for-monday"]
    size = (40, 55)

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed34.ALL)
        xs, qd = cs[make_mixed34.XS], cs[make_mixed34.QD]
        names = {u.name for u in xs.units}
        assert len(xs.units) == 39 and {"县发改局", "县档案馆", "县气象局", "县政务服务中心"} <= names
        assert not names & {"建昌镇", "八家子经济开发区"}
        assert len(qd.units) == 28 and "八家子经济开发区" not in {u.name for u in qd.units}
        (hours,) = xs.requirements
        (signed,) = qd.requirements
        assert [hours.id] == make_mixed34.XSR and [signed.id] == make_mixed34.QDR
        assert [(p.id, p.kind, p.formats) for p in hours.parts] == [
            ("stamped", "document", ["pdf"]), ("table", "document", ["xlsx", "xls", "et", "csv"])]
        assert [p.id for p in signed.parts] == ["table"]
        assert hours.due == DUES["xs"] and signed.due == DUES["qd"]

    def test_every_picture_opens(self, mailbox):
        pictures = [d for m in mailbox for n, d in attachments(m) if n.lower().endswith((".jpg", ".jpeg", ".png", ".heic"))]
        inline = [p.get_content() for m in mailbox for p in message(m).walk() if p.get_content_maintype() == "image"]
        assert len(pictures) >= 3 and inline and all(opens_as_image(d) for d in pictures + inline)

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        for m in by_case(mailbox, "xs-clean"):
            (tname, table), (pname, pdf) = attachments(m)
            assert tname.endswith("学时统计表.xlsx") and is_pdf(pdf) and pname.endswith("（盖章）.pdf")
            assert sheet(table)["A1"].value == "2044年上半年干部教育培训学时统计表"
        for m in by_case(mailbox, "qd-clean"):
            ((name, table),) = attachments(m)
            assert name.endswith("签订情况统计表.xlsx") and sheet(table)["A1"].value == "2044年度村级安全生产目标责任书签订情况统计表"
        fixes = by_case(mailbox, "correction")
        assert [m.unit for m in fixes] == ["县统计局", "大屯镇"] and all(m.is_correction and "以此为准" in plain(m) for m in fixes)
        # 住建局's own mail, Cc'd to three departments; 交通局's reply-all over it with its own files
        (sample,) = by_case(mailbox, "cc-peers-as-sample")
        assert message(sample)["To"] == make_mixed34.OFFICE and len(message(sample)["Cc"].split(",")) == 3
        (reply_all,) = by_case(mailbox, "reply-all-to-other-units-mail")
        head = message(reply_all)
        assert make_mixed34.OFFICE not in head["To"] and make_mixed34.OFFICE in head["Cc"]
        assert "住建局" in head["Subject"] and "交通运输局" in plain(reply_all).split("原始邮件")[0]
        assert all("交通局" in n for n, _ in attachments(reply_all))
        assert "交通运输局" in sheet(attachments(reply_all)[0][1])["A2"].value
        (filler,) = by_case(mailbox, "files-named-after-the-filler")
        (tname, table), (pname, pdf) = attachments(filler)
        assert tname[:-5] == pname[:-4] and tname[:-5] in plain(filler) and "商务局" not in tname + pname
        assert "商务局" in sheet(table)["A2"].value and is_pdf(pdf)
        (picture,) = by_case(mailbox, "body-is-a-picture")
        assert plain(picture).strip() == "" and 'src="cid:' in html_of(picture) and len(attachments(picture)) == 2
        (question,) = by_case(mailbox, "question-beside-files")
        assert "请问" in plain(question) and len(attachments(question)) == 2
        (old,) = by_case(mailbox, "last-half-years-table")
        table = sheet(attachments(old)[0][1])
        assert table["A1"].value == "2043年下半年干部教育培训学时统计表" and "2044年1月" in table["F2"].value
        (typed,) = by_case(mailbox, "hours-typed-in-body")
        ((name, pdf),) = attachments(typed)
        assert is_pdf(pdf) and "合计52学时" in plain(typed)
        (locked,) = by_case(mailbox, "protected-sheet")
        data = attachments(locked)[0][1]
        assert b"sheetProtection" in zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
        assert sheet(data).protection.sheet and "医疗保障局" in sheet(data)["A2"].value
        # 黑山科乡: the 责任书 scans the notice says not to send, no table; the table three days later
        (scans,) = by_case(mailbox, "scans-not-asked-table-missing")
        assert len(attachments(scans)) == 8 and all(n.endswith("责任书.pdf") and is_pdf(d) for n, d in attachments(scans))
        (after,) = by_case(mailbox, "table-after-scans")
        assert "黑山科乡" in plain(scans) and after.unit == "黑山科乡" and is_xlsx(attachments(after)[0][1])
        (station,) = by_case(mailbox, "town-and-its-station")
        (_, town), (sname, site) = attachments(station)
        assert "汤神庙镇人民政府" in sheet(town)["A2"].value and "安监站" in sname and "企业" in sheet(site)["B2"].value
        (first,) = by_case(mailbox, "qd-first-of-two")
        assert sheet(attachments(first)[0][1]).max_row + 1 == sheet(attachments(fixes[1])[0][1]).max_row
        (phone,) = by_case(mailbox, "csv-from-phone-wps")
        ((name, _),) = attachments(phone)
        (part,) = [p for p in message(phone).walk() if p.get_filename()]
        data = part.get_payload(decode=True)
        assert part.get_content_type() == "text/csv" and part.get_content_charset() is None
        rows = list(csv.reader(io.StringIO(data.decode("gbk"))))
        assert name.endswith(".csv") and rows[0] == ["2044年度村级安全生产目标责任书签订情况统计表"] and "王宝营子乡" in rows[1][0]
        (former,) = by_case(mailbox, "former-name-signature")
        assert "喇嘛洞乡人民政府" in plain(former) and "我镇" in plain(former)
        assert "喇嘛洞乡" in sheet(attachments(former)[0][1])["A2"].value and "镇" not in message(former)["Subject"]
        (xls,) = by_case(mailbox, "xlsx-bytes-named-xls")
        ((name, data),) = attachments(xls)
        assert name.endswith(".xls") and is_xlsx(data) and "要路沟乡" in sheet(data)["A2"].value
        (sunday,) = by_case(mailbox, "sunday-night-for-monday")
        assert sunday.received_at.weekday() == 6 and sunday.received_at.hour >= 22
        assert DUES["qd"].weekday() == 0 and DUES["qd"] - sunday.received_at < dt.timedelta(days=1)
        late = by_case(mailbox, "xs-late") + by_case(mailbox, "qd-late")
        assert all(m.received_at > DUES[m.requirements[0]] for m in late)
        on_time = [m for m in mailbox if m.campaign in (make_mixed34.XS, make_mixed34.QD) and m not in late]
        assert all(m.received_at <= DUES[m.requirements[0]] for m in on_time)

