"""Routing on a ninety-sixth, held-out mixed mailbox (tests/fixtures/mixed96).

Two spring 2106 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init
--from-notice` — the 建昌县烟草专卖局's 2106年烤烟种植面积落实情况 (its notice a .txt; SEVEN UNITS: three 乡, two 镇,
the 县农业农村局 and the 县气象局; an Excel 烤烟种植面积落实情况统计表 and a Word 烤烟生产工作情况汇报, by “5月7日
（星期五）下午4时半前”) and the 建昌县计划生育协会's 2106年计生特殊家庭“暖心家园”帮扶情况统计 (its notice a .docx;
EIGHT UNITS: three 乡, two 镇, three county bodies; TWO REQUIREMENTS: an Excel 帮扶情况统计表 and a Word 帮扶工作情况
报告 by “5月21日（星期五）17时前”, one Word “暖心家园”典型事例 by “6月11日（星期五）前”; the 大屯镇 owes both
campaigns) — beside the built-in 5·15 (2023) one; 35 mails labelled by hand, written apart from the routing code.
The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import yaml
from mixed_mailbox_tests import RoutingTests
from mixed_suite import opened_files
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, message
from test_match_mixed36 import one
from test_match_mixed81 import files
from test_match_mixed87 import files_read, members

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed96"))
import make_mixed96  # noqa: E402
import mixed96_docs  # noqa: E402

TZ = dt.timezone(dt.timedelta(hours=8))
HALF4_KY = dt.datetime(2106, 5, 7, 16, 30, tzinfo=TZ)  # the 烟草专卖局's “5月7日（星期五）下午4时半前”
H17_JS = dt.datetime(2106, 5, 21, 17, 0, tzinfo=TZ)  # the 计生协's “5月21日（星期五）17时前”
DAY11 = dt.datetime(2106, 6, 11, 23, 59, 59, tzinfo=TZ)  # “6月11日（星期五）前”, no hour
official = mixed96_docs.official
KY, JS = make_mixed96.KY, make_mixed96.JS


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: kytable / kydoc / jstable / jsreport / jscase / other."""
    out: dict[str, list[str]] = {}
    for name, ext, data, text, first in files_read(mail):
        kind = ("kytable" if ext == "xlsx" and first.startswith(mixed96_docs.KY_TABLE_TITLE)
                else "jstable" if ext == "xlsx" and first.startswith(mixed96_docs.JS_TABLE_TITLE)
                else "kydoc" if ext == "docx" and first.endswith(mixed96_docs.KY_DOC_TITLE)
                else "jsreport" if ext == "docx" and first.endswith(mixed96_docs.JS_REPORT_TITLE)
                else "jscase" if ext == "docx" and first.endswith(mixed96_docs.JS_CASE_TITLE)
                else "other")
        out.setdefault(kind, []).append(text or name)
    return out


def only(mail, ext: str) -> str:
    (name,) = [n for n, _ in files(mail) if n.endswith("." + ext)]
    return name


class TestMixed96Routing(RoutingTests):
    gen = make_mixed96
    cases = ["ky-clean", "js-clean", "ky-zoho", "ky-fangsong", "ky-groupwise-before", "ky-nongye-late",
             "ky-question", "ky-doc-first", "ky-table-second", "ky-bluemail", "ky-not-owed-gongxiao",
             "js-question", "js-toudao", "js-fairemail", "js-sl-wangbao-late", "js-yandex", "js-sl-datun-evening",
             "js-weijian-before", "js-sl-weijian", "js-minzheng-late", "js-yibao", "js-sl-yibao", "js-sl-mangniu",
             "js-sl-jianchang", "vendor-promotion"]
    size = (30, 40)
    has_corrections = False
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled
    open_mails = {}

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed96.ALL)
        ky, js = cs[KY], cs[JS]
        (kaoyan,) = ky.requirements
        bangfu, shili = js.requirements
        assert [kaoyan.id, bangfu.id, shili.id] == make_mixed96.KYR + make_mixed96.BF + make_mixed96.SL  # K1, N1
        assert [u.name for u in ky.units] == make_mixed96.KY_UNITS
        assert [u.name for u in js.units] == make_mixed96.JS_UNITS
        assert {u.name for u in ky.units} & {u.name for u in js.units} == {"大屯镇"}
        assert kaoyan.due == HALF4_KY and bangfu.due == H17_JS and shili.due == DAY11
        assert sorted(p.id for p in kaoyan.parts) == ["doc", "table"]
        assert sorted(p.id for p in bangfu.parts) == ["doc", "table"]
        assert [p.id for p in shili.parts] == ["doc"]
        assert "情况汇报" not in kaoyan.hints  # K2
        assert "典型事例" in shili.hints  # N3
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed96.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]  # N4
        assert "帮扶" not in kept[1]["mailbox"]["subject_hints"]  # N2
        drafts = make_mixed96.CAMPAIGNS_DIR / "drafts"
        js_draft = yaml.safe_load((drafts / "2106-04-20-计生特殊家庭暖心家园通知.draft.yaml").read_text(encoding="utf-8"))
        # the no-hour due alone: the question of the 材料 with no hints is gone, N3 now the drafter's (h-fixd96)
        assert len(js_draft["unsettled"]) == 1
        assert js_draft["requirements"][1]["title"] == "“暖心家园”典型事例"

    def test_every_document_opens(self, mailbox):
        """Every file of 2106 opens: Excel and Word."""
        kinds = opened_files(mailbox, 2106, files)
        # xlsx: 烤烟 统计表 of 素珠营子, 老大杖子, 巴什罕, 气象, 农业农村, 喇嘛洞, 大屯, 供销社 = 8;
        #       计生 统计表 of 牤牛营子, 建昌镇, 头道营子, 王宝营子, 大屯, 卫健, 民政, 医保 = 8: 16.
        # docx: 烤烟 汇报 of the seven = 7; 计生 报告 of the eight = 8; 事例 of 王宝营子, 大屯, 卫健, 医保, 牤牛营子,
        #       建昌镇 = 6: 21
        assert kinds == {"xlsx": 16, "docx": 21}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("kaoyan", "table"): "kytable", ("kaoyan", "doc"): "kydoc", ("bangfu", "table"): "jstable",
                ("bangfu", "doc"): "jsreport", ("shili", "doc"): "jscase"}
        for m in mailbox:
            if m.campaign not in (KY, JS):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(len(ts) == 1 for ts in mat.values()), m.name
            assert all(official(m.unit) in t for ts in mat.values() for t in ts), m.name
        # 王宝营子乡: FairEmail (User-Agent); 老大杖子乡: Zoho, 县气象局: GroupWise, 大屯镇: BlueMail and Yandex (X-Mailer)
        msg = message(one(mailbox, "js-fairemail"))
        assert msg["User-Agent"] == make_mixed96.FAIREMAIL and msg["X-Mailer"] is None
        for case, agent in (("ky-zoho", make_mixed96.ZOHO), ("ky-groupwise-before", make_mixed96.GROUPWISE),
                            ("ky-bluemail", make_mixed96.BLUEMAIL), ("js-yandex", make_mixed96.YANDEX)):
            msg = message(one(mailbox, case))
            assert msg["X-Mailer"] == agent and msg["User-Agent"] is None, case
        # 巴什罕乡: the 汇报's text in 仿宋_GB2312
        fs = one(mailbox, "ky-fangsong")
        doc = members(fs, only(fs, "docx"))["word/document.xml"]
        assert 'w:eastAsia="仿宋_GB2312"'.encode() in doc
        # the windows
        assert one(mailbox, "ky-groupwise-before").received_at < HALF4_KY < one(mailbox, "ky-nongye-late").received_at
        assert one(mailbox, "js-weijian-before").received_at < H17_JS < one(mailbox, "js-minzheng-late").received_at
        assert one(mailbox, "js-sl-datun-evening").received_at < DAY11 < one(mailbox, "js-sl-wangbao-late").received_at
        # the vendor's promotion
        promo = one(mailbox, "vendor-promotion")
        assert "烤烟种植面积落实" in message(promo)["Subject"] and not files(promo)
        # the questions: no file
        for case in ("ky-question", "js-question"):
            assert not files(one(mailbox, case)), case
        assert not [m for m in mailbox if m.is_correction]
        # late and on time
        late = ("ky-nongye-late", "js-minzheng-late", "js-sl-wangbao-late")
        due = {"kaoyan": HALF4_KY, "bangfu": H17_JS, "shili": DAY11}
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > due[m.requirements[0]], case
        assert all(m.received_at <= due[m.requirements[0]] for m in mailbox
                   if m.campaign in (KY, JS) and m.case not in late)
