"""Routing on a hundredth, held-out mixed mailbox (tests/fixtures/mixed100).

Two late-autumn 2110 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init
--from-notice` — the 建昌县人民法院's 2110年诉源治理工作情况和“无讼村（社区）”推荐 (its notice a .txt; SEVEN UNITS: the
建昌镇 and the 喇嘛洞镇, three 乡, the 县司法局 and the 县信访局; TWO REQUIREMENTS OF DIFFERENT UNITS: an Excel
2110年诉源治理工作情况统计表 and a Word 诉源治理工作总结 of all seven by “11月14日（星期五）下午4时前”, the stamped
“无讼村（社区）”推荐表 scanned to PDF of the five 乡镇 by “11月21日（星期五）17时前”) and the 建昌县妇幼保健计划生育服务
中心's 2110年农村适龄妇女“两癌”免费筛查组织动员 (its notice a .docx; SIX UNITS: two 镇, three 乡 and the 八家子经济
开发区; an Excel 摸底登记表 and a Word 组织动员情况报告 by “12月5日（星期五）上午11时前”; the 喇嘛洞镇 owes both
campaigns) — beside the built-in 5·15 (2023) one; 35 mails labelled by hand, written apart from the routing code.
The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import email
import io
import sys
import zipfile
from pathlib import Path

import yaml
from mixed_mailbox_tests import RoutingTests
from mixed_suite import opened_files
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, docx_text
from test_match_mixed36 import one
from test_match_mixed83 import sheets

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed100"))
import make_mixed100  # noqa: E402
import mixed100_docs  # noqa: E402
from make_labelled import MAIL_POLICY  # noqa: E402

TZ = dt.timezone(dt.timedelta(hours=8))
H16_SU = dt.datetime(2110, 11, 14, 16, 0, tzinfo=TZ)  # the 法院's “11月14日（星期五）下午4时前”
H17_WS = dt.datetime(2110, 11, 21, 17, 0, tzinfo=TZ)  # “11月21日（星期五）17时前”
H11_MD = dt.datetime(2110, 12, 5, 11, 0, tzinfo=TZ)  # the 妇幼保健计划生育服务中心's “12月5日（星期五）上午11时前”
official, short = mixed100_docs.official, mixed100_docs.short
SY, LA = make_mixed100.SY, make_mixed100.LA


def message(mail):
    """The whole mail as the office's mailbox holds it (the qmail relay's Received lines included)."""
    return email.message_from_bytes(mail.raw, policy=MAIL_POLICY)


def files(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every file the mail carries."""
    return [(p.get_filename(), p.get_payload(decode=True)) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename()]


def members(mail, ext: str) -> dict[str, bytes]:
    (data,) = [d for n, d in files(mail) if n.endswith("." + ext)]
    z = zipfile.ZipFile(io.BytesIO(data))
    return {n: z.read(n) for n in z.namelist()}


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes (the scanned PDF, image only, by its name and its
    header): sytable / sydoc / wsform / latable / ladoc / other."""
    out: dict[str, list[str]] = {}
    for name, data in files(mail):
        ext = name.rsplit(".", 1)[-1].lower()
        text = "\n".join(sheets(data).values()) if ext == "xlsx" else docx_text(data) if ext == "docx" else ""
        first = text.splitlines()[0] if text else ""
        kind = ("sytable" if ext == "xlsx" and first.startswith(mixed100_docs.SY_TABLE_TITLE)
                else "latable" if ext == "xlsx" and first.startswith(mixed100_docs.LA_TABLE_TITLE)
                else "sydoc" if ext == "docx" and first.endswith(mixed100_docs.SY_DOC_TITLE)
                else "ladoc" if ext == "docx" and first.endswith(mixed100_docs.LA_DOC_TITLE)
                else "wsform" if ext == "pdf" and data.startswith(b"%PDF") and name.endswith("无讼村推荐表.pdf")
                else "other")
        out.setdefault(kind, []).append(text or name)
    return out


class TestMixed100Routing(RoutingTests):
    gen = make_mixed100
    cases = ["sy-clean", "la-clean", "sy-deltachat-table", "sy-deltachat-doc", "sy-qmail", "sy-sifa-array",
             "sy-lama-before", "ws-lama-before", "sy-mangniu-late", "ws-mangniu", "sy-xijian-table-only",
             "ws-xijian-question", "ws-weijia-ios-late", "ws-jianchang", "sy-not-owed-suzhu", "la-yangshu-table", "la-yangshu-section", "la-datun-supplement",
             "la-leijia-iconset", "la-lama-doc-first", "la-lama-table-late", "la-bajiazi-question",
             "la-bajiazi-before", "vendor-lawfirm", "vendor-checkup"]
    size = (30, 36)
    has_corrections = False
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled
    open_mails = {}

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed100.ALL)
        sy, la = cs[SY], cs[LA]
        suyuan, wusong = sy.requirements
        (modeng,) = la.requirements
        assert [suyuan.id, wusong.id, modeng.id] == make_mixed100.SU + make_mixed100.WS + make_mixed100.MD
        assert [u.name for u in sy.units] == make_mixed100.SY_UNITS
        assert [u.name for u in la.units] == make_mixed100.LA_UNITS
        assert {u.name for u in sy.units} & {u.name for u in la.units} == {"喇嘛洞镇"}
        assert suyuan.due == H16_SU and wusong.due == H17_WS and modeng.due == H11_MD
        assert sorted(p.id for p in suyuan.parts) == ["doc", "table"]
        assert [p.id for p in wusong.parts] == ["form"]
        assert sorted(p.id for p in modeng.parts) == ["doc", "table"]
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed100.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]
        assert [len(r["parts"]) for r in kept[0]["requirements"]] == [2, 1]

    def test_every_document_opens(self, mailbox):
        """Every file of 2110 opens: Excel, Word and the scanned PDFs."""
        kinds = opened_files(mailbox, 2110, files)
        # xlsx: 诉源 统计表 of 建昌, 魏家岭, 信访, 司法, 喇嘛洞, 牤牛营子, 西碱厂, 素珠营子 (not owed) = 8;
        #       两癌 摸底登记表 of 大屯 (twice: 补报), 头道营子, 杨树湾子, 雷家店, 喇嘛洞, 八家子 = 7: 15.
        # docx: 诉源 总结 of 建昌, 魏家岭, 信访, 司法, 喇嘛洞, 牤牛营子 = 6; 两癌 报告 of the six = 6: 12.
        # pdf: 推荐表 of 喇嘛洞, 牤牛营子, 魏家岭, 建昌 = 4.
        assert kinds == {"xlsx": 15, "docx": 12, "pdf": 4}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("suyuan", "table"): "sytable", ("suyuan", "doc"): "sydoc", ("wusong", "form"): "wsform",
                ("modeng", "table"): "latable", ("modeng", "doc"): "ladoc"}
        for m in mailbox:
            if m.campaign not in (SY, LA):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(len(ts) == 1 for ts in mat.values()), m.name
            assert all((official(m.unit) in t) if k != "wsform" else t.startswith(short(m.unit))
                       for k, ts in mat.items() for t in ts), m.name
        # 魏家岭乡: Delta Chat — no X-Mailer, Chat-Version, an Autocrypt key, the app's subject and Message-ID
        for case in ("sy-deltachat-table", "sy-deltachat-doc"):
            msg = message(one(mailbox, case))
            assert msg["Chat-Version"] == "1.0" and "prefer-encrypt=mutual; keydata=" in msg["Autocrypt"], case
            assert msg["X-Mailer"] is None and msg["Subject"].startswith("Message from "), case
            assert msg["Message-ID"].startswith("<Mr."), case
        # 县信访局: two qmail lines below 163's Received line
        relayed = message(one(mailbox, "sy-qmail"))
        received = relayed.get_all("Received")
        assert len(received) == 3 and "mx163.mail.163.com" in received[0]
        assert received[1].startswith("(qmail 28765 invoked from network)")
        assert received[2].startswith("(qmail 28763 invoked by uid 89)")
        # 魏家岭乡 again: Outlook for iOS
        ios = message(one(mailbox, "ws-weijia-ios-late"))
        assert ios["X-Mailer"] is None and ios["X-MS-Has-Attach"] == "yes"
        assert make_mixed100.OUTLOOK_IOS_FOOTER in ios.get_body(("plain",)).get_content()
        # 县司法局: the 合计 row in array formulas, each with its cached value
        sheet = members(one(mailbox, "sy-sifa-array"), "xlsx")["xl/worksheets/sheet1.xml"]
        assert sheet.count(b'<f t="array"') == 5 and b"</f><v>" in sheet
        # 雷家店乡: an icon set over 本次登记
        sheet = members(one(mailbox, "la-leijia-iconset"), "xlsx")["xl/worksheets/sheet1.xml"]
        assert b'type="iconSet"' in sheet and b'iconSet="3TrafficLights1"' in sheet
        # 杨树湾子乡: the report in two sections, the second landscape, a Word table in it
        doc = members(one(mailbox, "la-yangshu-section"), "docx")["word/document.xml"]
        assert doc.count(b"<w:sectPr") == 2 and b'w:orient="landscape"' in doc and doc.count(b"<w:tbl>") == 1
        # the windows
        assert one(mailbox, "sy-lama-before").received_at < H16_SU < one(mailbox, "sy-mangniu-late").received_at
        assert one(mailbox, "ws-lama-before").received_at < H17_WS < one(mailbox, "ws-weijia-ios-late").received_at
        assert one(mailbox, "la-bajiazi-before").received_at < H11_MD < one(mailbox,
                                                                             "la-lama-table-late").received_at
        # the promotions
        for case, word in (("vendor-lawfirm", "诉源治理"), ("vendor-checkup", "两癌筛查")):
            promo = one(mailbox, case)
            assert word in message(promo)["Subject"] and not files(promo), case
        # the questions: no file
        for case in ("ws-xijian-question", "la-bajiazi-question"):
            assert not files(one(mailbox, case)), case
        assert not [m for m in mailbox if m.is_correction]
        # late and on time
        late = ("sy-mangniu-late", "ws-weijia-ios-late", "la-lama-table-late")
        due = {"suyuan": H16_SU, "wusong": H17_WS, "modeng": H11_MD}
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > due[m.requirements[0]], case
        assert all(m.received_at <= due[m.requirements[0]] for m in mailbox
                   if m.campaign in (SY, LA) and m.case not in late)
