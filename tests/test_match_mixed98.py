"""Routing on a ninety-eighth, held-out mixed mailbox (tests/fixtures/mixed98).

Two autumn 2108 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init
--from-notice` — the 建昌县语言文字工作委员会办公室's 2108年全国推广普通话宣传周活动 (its notice a .txt; SEVEN UNITS: two
镇, the 巴什罕乡 and the 二道湾子蒙古族乡, the 县教育局, the 县文旅局 and the 县融媒体中心; an Excel 推普周活动开展情况
统计表, a Word 推普周活动总结 and 2 to 3 activity photos, by “9月24日（星期一）中午12时前”) and the 建昌县农村能源服务
中心's 2108年农村户用沼气池安全隐患排查整治 (its notice a .docx; EIGHT UNITS: two 镇, four 乡, the 八家子经济开发区 and
the 县应急局; TWO REQUIREMENTS: an Excel 户用沼气池安全隐患排查统计表 and a Word 沼气池安全隐患排查情况报告 by “10月15日
（星期一）下午4时前”, one Excel 废弃沼气池处置情况汇总表 by “11月20日（星期二）17时前”; the 大屯镇 owes both
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

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed98"))
import make_mixed98  # noqa: E402
import mixed98_docs  # noqa: E402

TZ = dt.timezone(dt.timedelta(hours=8))
H12_TP = dt.datetime(2108, 9, 24, 12, 0, tzinfo=TZ)  # the 语委办's “9月24日（星期一）中午12时前”
H16_PC = dt.datetime(2108, 10, 15, 16, 0, tzinfo=TZ)  # the 农村能源服务中心's “10月15日（星期一）下午4时前”
H17_CZ = dt.datetime(2108, 11, 20, 17, 0, tzinfo=TZ)  # “11月20日（星期二）17时前”
official = mixed98_docs.official
TP, ZQ = make_mixed98.TP, make_mixed98.ZQ


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: tptable / tpdoc / photos / pctable / pcdoc / cztable / other."""
    out: dict[str, list[str]] = {}
    for name, ext, data, text, first in files_read(mail):
        kind = ("tptable" if ext == "xlsx" and first.startswith(mixed98_docs.TP_TABLE_TITLE)
                else "pctable" if ext == "xlsx" and first.startswith(mixed98_docs.PC_TABLE_TITLE)
                else "cztable" if ext == "xlsx" and first.startswith(mixed98_docs.CZ_TABLE_TITLE)
                else "tpdoc" if ext == "docx" and first.endswith(mixed98_docs.TP_DOC_TITLE)
                else "pcdoc" if ext == "docx" and first.endswith(mixed98_docs.PC_DOC_TITLE)
                else "photos" if ext == "jpg" and data[:3] == b"\xff\xd8\xff"
                else "other")
        out.setdefault(kind, []).append(text or name)
    return out


def only(mail, ext: str) -> str:
    (name,) = [n for n, _ in files(mail) if n.endswith("." + ext)]
    return name


class TestMixed98Routing(RoutingTests):
    gen = make_mixed98
    cases = ["tp-clean", "pc-clean", "tp-rainloop", "tp-bashihan-photos", "tp-formatted", "tp-yahoo", "tp-sogo-before", "tp-rongmei-late",
             "tp-wenlv-question", "tp-wenlv-partial", "tp-not-owed-minzong", "pc-snappy", "cz-suzhu", "pc-cdo",
             "cz-kaifaqu-late", "pc-datun", "cz-datun", "pc-yingji-question", "pc-yingji", "cz-yingji-before",
             "pc-table-first", "pc-doc-second", "pc-heishanke-late", "cz-lamadong", "cz-mangniu", "vendor-promotion"]
    size = (30, 40)
    has_corrections = False
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled
    open_mails = {}

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed98.ALL)
        tp, zq = cs[TP], cs[ZQ]
        (tuipu,) = tp.requirements
        paicha, chuzhi = zq.requirements
        assert [tuipu.id, paicha.id, chuzhi.id] == make_mixed98.TPR + make_mixed98.PC + make_mixed98.CZ  # T1, Q1
        assert [u.name for u in tp.units] == make_mixed98.TP_UNITS
        assert [u.name for u in zq.units] == make_mixed98.ZQ_UNITS
        assert {u.name for u in tp.units} & {u.name for u in zq.units} == {"大屯镇"}
        assert tuipu.due == H12_TP and paicha.due == H16_PC and chuzhi.due == H17_CZ
        assert sorted(p.id for p in tuipu.parts) == ["doc", "photos", "table"]
        assert sorted(p.id for p in paicha.parts) == ["doc", "table"]
        assert [p.id for p in chuzhi.parts] == ["table"]
        assert "活动开展" not in tuipu.hints and "活动照片" not in tuipu.hints  # T2
        assert "隐患排查" not in paicha.hints  # Q2
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed98.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]
        assert [len(r["parts"]) for r in kept[1]["requirements"]] == [2, 1]

    def test_every_document_opens(self, mailbox):
        """Every file of 2108 opens: Excel, Word and the photos."""
        kinds = opened_files(mailbox, 2108, files)
        # xlsx: 推普 统计表 of 建昌, 巴什罕, 二道湾子, 大屯, 教育, 融媒 = 6; 沼气池 排查统计表 of 喇嘛洞, 牤牛营子,
        #       素珠营子, 开发区, 大屯, 应急, 杨树湾子, 黑山科 = 8; 处置汇总表 of 素珠营子, 开发区, 大屯, 应急, 喇嘛洞,
        #       牤牛营子 = 6: 20.
        # docx: 推普 总结 of 建昌, 巴什罕, 二道湾子, 大屯, 教育, 融媒, 文旅, 民宗 (not owed) = 8; 排查情况报告 of the
        #       eight = 8: 16.
        # jpg: 2 each of 建昌, 巴什罕, 二道湾子, 教育, 融媒, 文旅; 3 of 大屯: 15
        assert kinds == {"xlsx": 20, "docx": 16, "jpg": 15}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("tuipu", "table"): "tptable", ("tuipu", "doc"): "tpdoc", ("tuipu", "photos"): "photos",
                ("paicha", "table"): "pctable", ("paicha", "doc"): "pcdoc", ("chuzhi", "table"): "cztable"}
        for m in mailbox:
            if m.campaign not in (TP, ZQ):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(len(ts) == 1 for k, ts in mat.items() if k != "photos"), m.name
            assert 2 <= len(mat.get("photos", ["", ""])) <= 3, m.name
            assert all(official(m.unit) in t for k, ts in mat.items() if k != "photos" for t in ts), m.name
        # 巴什罕乡: RainLoop, 大屯镇: Yahoo, 素珠营子乡: SnappyMail, 开发区: CDO (X-Mailer); 县教育局: SOGo (User-Agent)
        for case, agent in (("tp-rainloop", make_mixed98.RAINLOOP), ("tp-yahoo", make_mixed98.YMAIL),
                            ("pc-snappy", make_mixed98.SNAPPYMAIL), ("pc-cdo", make_mixed98.CDO)):
            msg = message(one(mailbox, case))
            assert msg["X-Mailer"] == agent and msg["User-Agent"] is None, case
        assert message(one(mailbox, "pc-cdo"))["Content-Class"] == "urn:content-classes:message"
        msg = message(one(mailbox, "tp-sogo-before"))
        assert msg["User-Agent"] == make_mixed98.SOGO and msg["X-Mailer"] is None
        # 二道湾子蒙古族乡: the 统计表 under conditional formatting (a colour scale and a data bar)
        fm = one(mailbox, "tp-formatted")
        sheet = members(fm, only(fm, "xlsx"))["xl/worksheets/sheet1.xml"]
        assert b"<conditionalFormatting" in sheet and b"<colorScale>" in sheet and b"<dataBar>" in sheet
        # the windows
        assert one(mailbox, "tp-sogo-before").received_at < H12_TP < one(mailbox, "tp-rongmei-late").received_at
        assert one(mailbox, "pc-doc-second").received_at < H16_PC < one(mailbox, "pc-heishanke-late").received_at
        assert one(mailbox, "cz-yingji-before").received_at < H17_CZ < one(mailbox, "cz-kaifaqu-late").received_at
        # the vendor's promotion
        promo = one(mailbox, "vendor-promotion")
        assert "沼气池安全隐患排查" in message(promo)["Subject"] and not files(promo)
        # the questions: no file
        for case in ("tp-wenlv-question", "pc-yingji-question"):
            assert not files(one(mailbox, case)), case
        assert not [m for m in mailbox if m.is_correction]
        # late and on time
        late = ("tp-rongmei-late", "pc-heishanke-late", "cz-kaifaqu-late")
        due = {"tuipu": H12_TP, "paicha": H16_PC, "chuzhi": H17_CZ}
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > due[m.requirements[0]], case
        assert all(m.received_at <= due[m.requirements[0]] for m in mailbox
                   if m.campaign in (TP, ZQ) and m.case not in late)
