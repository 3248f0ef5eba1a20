"""Routing on a hundred-and-fifth, held-out mixed mailbox (tests/fixtures/mixed105).

Two 2115 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init --from-notice` —
the 建昌县妇女儿童工作委员会办公室's 2115年妇女儿童发展规划实施情况监测 (its notice a .docx; EIGHT UNITS of three
kinds: the 建昌镇 and the 汤神庙镇, the 牤牛营子乡, the 素珠营子乡 and the 杨树湾子乡, the 县民政局, the
县人力资源和社会保障局 and the 县统计局; ONE TABLE OWED BY ALL BY TWO DEADLINES BY THE KIND OF UNIT: the Excel 监测表
of the five towns by “3月27日（星期三）十六时三十分前”, the same table of the three departments by
“4月3日（星期三）中午十二点前”) and the 建昌县节约用水办公室's 2115年节水型机关建设情况自查 (its notice a .txt; SEVEN
UNITS of four kinds: the 县住房和城乡建设局, the 县市场监督管理局 and the 县医疗保障局, the 县政务服务中心 and the
县公共资源交易中心, the 药王庙镇 and the 和尚房子乡; one requirement, an Excel 统计表 and a Word 自查报告 “一并” by
“4月12日（星期五）下午两点前”) — beside the built-in 5·15 (2023) one; 32 mails labelled by hand, written apart from
the routing code.
The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import email
import sys
from pathlib import Path

import yaml
from mixed_mailbox_tests import RoutingTests
from mixed_suite import opened_files
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, docx_text
from test_match_mixed36 import one
from test_match_mixed83 import sheets

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed105"))
import make_mixed105  # noqa: E402
import mixed105_docs  # noqa: E402
from make_labelled import MAIL_POLICY  # noqa: E402

TZ = dt.timezone(dt.timedelta(hours=8))
H1630_XZ = dt.datetime(2115, 3, 27, 16, 30, tzinfo=TZ)  # the 妇儿工委办's towns: “3月27日（星期三）十六时三十分前”
H12_BM = dt.datetime(2115, 4, 3, 12, 0, tzinfo=TZ)  # its departments: “4月3日（星期三）中午十二点前”
H14_ZC = dt.datetime(2115, 4, 12, 14, 0, tzinfo=TZ)  # the 节水办's “4月12日（星期五）下午两点前”
official, short = mixed105_docs.official, mixed105_docs.short
FE, JS = make_mixed105.FE, make_mixed105.JS


def message(mail):
    """The whole mail as the office's mailbox holds it."""
    return email.message_from_bytes(mail.raw, policy=MAIL_POLICY)


def files(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every file the mail carries."""
    return [(p.get_filename(), p.get_payload(decode=True)) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename()]


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: fetable / jstable / jsdoc / other."""
    out: dict[str, list[str]] = {}
    for name, data in files(mail):
        ext = name.rsplit(".", 1)[-1].lower()
        text = "\n".join(sheets(data).values()) if ext == "xlsx" else docx_text(data) if ext == "docx" else ""
        first = text.splitlines()[0] if text else ""
        kind = ("fetable" if ext == "xlsx" and first.startswith(mixed105_docs.FE_TABLE_TITLE)
                else "jstable" if ext == "xlsx" and first.startswith(mixed105_docs.JS_TABLE_TITLE)
                else "jsdoc" if ext == "docx" and first.endswith(mixed105_docs.JS_DOC_TITLE)
                else "other")
        out.setdefault(kind, []).append(text or name)
    return out


class TestMixed105Routing(RoutingTests):
    gen = make_mixed105
    cases = ["fe-clean-town", "js-clean", "fe-tangshen-thunderbird", "fe-mangniu-late", "fe-suzhu-1622",
             "fe-yangshu-question", "fe-yangshu-coremail", "fe-renshe-exchange", "fe-tongji-late-noon",
             "fe-minzheng-1148", "fe-weijian-not-asked", "js-yibao-m365", "js-zhengwu-table", "js-zhengwu-report",
             "js-jiaoyi-table-only", "js-yaowang-late", "js-heshang-question", "js-heshang-both",
             "js-shuiwu-not-asked", "fe-yangshu-autoreply", "fe-soft-promo", "js-ses-promo"]
    size = (30, 36)
    has_corrections = False
    open_mails = {}

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed105.ALL)
        fe, js = cs[FE], cs[JS]
        xiangzhen, bumen = fe.requirements
        (zicha,) = js.requirements
        assert [xiangzhen.id, bumen.id, zicha.id] == make_mixed105.XZ + make_mixed105.BM + make_mixed105.ZC
        assert sorted(u.name for u in fe.units) == sorted(make_mixed105.FE_UNITS)
        assert sorted(u.name for u in js.units) == sorted(make_mixed105.JS_UNITS)
        assert not {u.name for u in fe.units} & {u.name for u in js.units}
        assert xiangzhen.due == H1630_XZ and bumen.due == H12_BM and zicha.due == H14_ZC
        assert [p.id for p in xiangzhen.parts] == ["table"] and [p.id for p in bumen.parts] == ["table"]
        assert sorted(p.id for p in zicha.parts) == ["report", "table"]
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed105.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]
        (xz, bm) = kept[0]["requirements"]
        assert sorted(xz["units"]) == sorted(make_mixed105.FE_TOWNS)
        assert sorted(bm["units"]) == sorted(make_mixed105.FE_DEPTS)

    def test_every_document_opens(self, mailbox):
        """Every file of 2115 opens: Excel and Word."""
        kinds = opened_files(mailbox, 2115, files)
        # xlsx: 监测表 of 建昌, 汤神庙, 牤牛营子, 素珠营子, 杨树湾子, 人社, 统计, 民政, 卫健 (not asked) = 9;
        #       统计表 of 住建, 市场, 医保, 政务, 交易, 药王庙, 和尚房子, 税务 (not asked) = 8: 17.
        # docx: 自查报告 of 住建, 市场, 医保, 政务, 药王庙, 和尚房子 = 6.
        assert kinds == {"xlsx": 17, "docx": 6}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("xiangzhen", "table"): "fetable", ("bumen", "table"): "fetable", ("zicha", "table"): "jstable",
                ("zicha", "report"): "jsdoc"}
        for m in mailbox:
            if m.campaign not in (FE, JS):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(len(ts) == 1 for ts in mat.values()), m.name
            assert all(official(m.unit) in t for ts in mat.values() for t in ts), m.name
            kind = m.requirements[0]
            assert m.unit in {"xiangzhen": make_mixed105.FE_TOWNS, "bumen": make_mixed105.FE_DEPTS,
                              "zicha": make_mixed105.JS_UNITS}[kind], m.name

        def head(case):
            return message(one(mailbox, case))

        def raw(case):
            return one(mailbox, case).raw

        # 汤神庙镇: Thunderbird, the preamble before the first boundary
        tb = head("fe-tangshen-thunderbird")
        assert "Thunderbird/" in tb["User-Agent"] and tb.preamble.strip() == "This is a multi-part message in MIME format."
        # 杨树湾子乡: Coremail's stamps
        assert raw("fe-yangshu-coremail").startswith(b"X-CM-TRANSID:")
        assert head("fe-yangshu-coremail")["X-Coremail-Antispam"] and head("fe-yangshu-coremail")["X-CM-SenderInfo"]
        # 县人社局: Exchange's languages
        ex = head("fe-renshe-exchange")
        assert ex["Accept-Language"] == "zh-CN, en-US" and ex["Content-Language"] == "zh-CN"
        # 县医保局: Microsoft 365's stamps
        m365 = head("js-yibao-m365")
        assert m365["X-Microsoft-Antispam"] == "BCL:0;" and m365["X-MS-Exchange-CrossTenant-AuthAs"] == "Internal"
        # the automatic and promotional mails
        assert raw("fe-yangshu-autoreply").startswith(b"Return-Path: <>\r\n")
        assert head("fe-yangshu-autoreply")["Auto-Submitted"] == "auto-replied"
        assert head("js-ses-promo")["X-SES-Outgoing"] and "AmazonSES" in head("js-ses-promo")["Feedback-ID"]
        for case, word in (("fe-yangshu-autoreply", "妇女儿童发展规划实施情况监测"), ("fe-soft-promo", "妇女儿童发展规划监测"),
                           ("js-ses-promo", "节水型机关建设")):
            mail = one(mailbox, case)
            assert word in message(mail)["Subject"] and not files(mail), case
        # the questions without a file; the units not asked, with a file
        for case in ("fe-yangshu-question", "js-heshang-question"):
            assert not files(one(mailbox, case)), case
        assert set(material(one(mailbox, "fe-weijian-not-asked"))) == {"fetable"}
        assert set(material(one(mailbox, "js-shuiwu-not-asked"))) == {"jstable"}
        assert "县卫健局" not in make_mixed105.FE_UNITS and "县税务局" not in make_mixed105.JS_UNITS
        assert not [m for m in mailbox if m.is_correction]
        # the windows
        assert one(mailbox, "fe-suzhu-1622").received_at < H1630_XZ < one(mailbox, "fe-mangniu-late").received_at
        assert one(mailbox, "fe-mangniu-late").received_at < H12_BM
        assert one(mailbox, "fe-minzheng-1148").received_at < H12_BM < one(mailbox, "fe-tongji-late-noon").received_at
        assert one(mailbox, "js-zhengwu-report").received_at < H14_ZC < one(mailbox, "js-yaowang-late").received_at
        # late and on time
        late = ("fe-mangniu-late", "fe-tongji-late-noon", "js-yaowang-late")
        due = {"xiangzhen": H1630_XZ, "bumen": H12_BM, "zicha": H14_ZC}
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > due[m.requirements[0]], case
        assert all(m.received_at <= due[m.requirements[0]] for m in mailbox
                   if m.campaign in (FE, JS) and m.case not in late)
