"""Routing on a ninety-seventh, held-out mixed mailbox (tests/fixtures/mixed97).

Two spring 2107 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init
--from-notice` — the 建昌县畜牧发展服务中心's 2107年中蜂养殖情况调查 (its notice a .txt; SEVEN UNITS: three 乡, two
镇, the 县林草局 and the 县乡村振兴局; an Excel 中蜂养殖情况调查表 and a Word 中蜂产业发展情况报告, by “5月13日（星期五）
下午5时30分前”) and the 建昌县粮食和物资储备服务中心's 2107年地方储备粮库存检查 (its notice a .docx; EIGHT UNITS: two
镇, three 乡, three county bodies; TWO REQUIREMENTS: an Excel 地方储备粮库存检查情况表 and a Word 库存检查自查报告 by
“5月27日（星期五）16时前”, one Word 储备粮库存问题整改情况报告 by “6月15日（星期三）前”; the 石佛乡 owes both
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

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed97"))
import make_mixed97  # noqa: E402
import mixed97_docs  # noqa: E402

TZ = dt.timezone(dt.timedelta(hours=8))
H1730_ZF = dt.datetime(2107, 5, 13, 17, 30, tzinfo=TZ)  # the 畜牧发展服务中心's “5月13日（星期五）下午5时30分前”
H16_KC = dt.datetime(2107, 5, 27, 16, 0, tzinfo=TZ)  # the 粮储中心's “5月27日（星期五）16时前”
DAY15 = dt.datetime(2107, 6, 15, 23, 59, 59, tzinfo=TZ)  # “6月15日（星期三）前”, no hour
official = mixed97_docs.official
ZF, CB = make_mixed97.ZF, make_mixed97.CB


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: zftable / zfdoc / cbtable / cbdoc / zgdoc / other."""
    out: dict[str, list[str]] = {}
    for name, ext, data, text, first in files_read(mail):
        kind = ("zftable" if ext == "xlsx" and first.startswith(mixed97_docs.ZF_TABLE_TITLE)
                else "cbtable" if ext == "xlsx" and first.startswith(mixed97_docs.CB_TABLE_TITLE)
                else "zfdoc" if ext == "docx" and first.endswith(mixed97_docs.ZF_DOC_TITLE)
                else "cbdoc" if ext == "docx" and first.endswith(mixed97_docs.CB_DOC_TITLE)
                else "zgdoc" if ext == "docx" and first.endswith(mixed97_docs.ZG_DOC_TITLE)
                else "other")
        out.setdefault(kind, []).append(text or name)
    return out


def only(mail, ext: str) -> str:
    (name,) = [n for n, _ in files(mail) if n.endswith("." + ext)]
    return name


class TestMixed97Routing(RoutingTests):
    gen = make_mixed97
    cases = ["zf-clean", "cb-clean", "zf-becky", "zf-printed", "zf-eudora-before", "zf-zhenxing-late",
             "zf-question", "zf-table-first", "zf-doc-second", "zf-tangshen-doc-only", "zf-not-owed-nongye",
             "cb-question", "cb-xinkai", "cb-balsa", "zg-hezhangzi-late", "cb-gnus", "zg-shifo-evening",
             "cb-fagai-before", "zg-fagai", "cb-caizheng-late", "cb-interlink", "zg-shichang", "zg-bajiazi",
             "zg-linglongta", "vendor-promotion"]
    size = (30, 40)
    has_corrections = False
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled
    open_mails = {}

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed97.ALL)
        zf, cb = cs[ZF], cs[CB]
        (zhongfeng,) = zf.requirements
        kucun, zhenggai = cb.requirements
        assert [zhongfeng.id, kucun.id, zhenggai.id] == make_mixed97.ZFR + make_mixed97.KC + make_mixed97.ZG  # Z1, L1
        assert [u.name for u in zf.units] == make_mixed97.ZF_UNITS
        assert [u.name for u in cb.units] == make_mixed97.CB_UNITS
        assert {u.name for u in zf.units} & {u.name for u in cb.units} == {"石佛乡"}
        assert zhongfeng.due == H1730_ZF and kucun.due == H16_KC and zhenggai.due == DAY15
        assert sorted(p.id for p in zhongfeng.parts) == ["doc", "table"]
        assert sorted(p.id for p in kucun.parts) == ["doc", "table"]
        assert [p.id for p in zhenggai.parts] == ["doc"]  # L3
        assert "调查表" not in zhongfeng.hints  # Z2
        assert "自查报告" not in kucun.hints  # L2
        assert "台账" not in zhenggai.hints  # L3
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed97.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]  # L4
        drafts = make_mixed97.CAMPAIGNS_DIR / "drafts"
        cb_draft = yaml.safe_load((drafts / "2107-04-22-储备粮库存检查通知.draft.yaml").read_text(encoding="utf-8"))
        assert len(cb_draft["unsettled"]) == 1
        assert [len(r["parts"]) for r in cb_draft["requirements"]] == [2, 2]  # the 台账 drafted a part

    def test_every_document_opens(self, mailbox):
        """Every file of 2107 opens: Excel and Word."""
        kinds = opened_files(mailbox, 2107, files)
        # xlsx: 中蜂 调查表 of 石佛, 要路沟, 魏家岭, 林草, 乡村振兴, 药王庙, 农业农村 (not owed) = 7;
        #       储备粮 情况表 of 八家子, 玲珑塔, 新开岭, 贺杖子, 石佛, 发改, 财政, 市场 = 8: 15.
        # docx: 中蜂 报告 of 石佛, 要路沟, 魏家岭, 林草, 乡村振兴, 药王庙, 汤神庙 = 7; 自查报告 of the eight = 8;
        #       整改报告 of 贺杖子, 石佛, 发改, 市场, 八家子, 玲珑塔 = 6: 21
        assert kinds == {"xlsx": 15, "docx": 21}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("zhongfeng", "table"): "zftable", ("zhongfeng", "doc"): "zfdoc", ("kucun", "table"): "cbtable",
                ("kucun", "doc"): "cbdoc", ("zhenggai", "doc"): "zgdoc"}
        for m in mailbox:
            if m.campaign not in (ZF, CB):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(len(ts) == 1 for ts in mat.values()), m.name
            assert all(official(m.unit) in t for ts in mat.values() for t in ts), m.name
        # 要路沟乡: Becky!, 县林草局: Eudora (X-Mailer); 贺杖子乡: Balsa, 石佛乡: Gnus, 县市场局: Interlink (User-Agent)
        for case, agent in (("zf-becky", make_mixed97.BECKY), ("zf-eudora-before", make_mixed97.EUDORA)):
            msg = message(one(mailbox, case))
            assert msg["X-Mailer"] == agent and msg["User-Agent"] is None, case
        for case, agent in (("cb-balsa", make_mixed97.BALSA), ("cb-gnus", make_mixed97.GNUS),
                            ("cb-interlink", make_mixed97.INTERLINK)):
            msg = message(one(mailbox, case))
            assert msg["User-Agent"] == agent and msg["X-Mailer"] is None, case
        # 魏家岭乡: the 调查表 set up for printing (a page header and footer, a print area)
        pr = one(mailbox, "zf-printed")
        book = members(pr, only(pr, "xlsx"))
        assert b"<headerFooter><oddHeader>" in book["xl/worksheets/sheet1.xml"]
        assert b"_xlnm.Print_Area" in book["xl/workbook.xml"]
        # the windows
        assert one(mailbox, "zf-eudora-before").received_at < H1730_ZF < one(mailbox, "zf-zhenxing-late").received_at
        assert one(mailbox, "cb-fagai-before").received_at < H16_KC < one(mailbox, "cb-caizheng-late").received_at
        assert one(mailbox, "zg-shifo-evening").received_at < DAY15 < one(mailbox, "zg-hezhangzi-late").received_at
        # the vendor's promotion
        promo = one(mailbox, "vendor-promotion")
        assert "储备粮库存检查" in message(promo)["Subject"] and not files(promo)
        # the questions: no file
        for case in ("zf-question", "cb-question"):
            assert not files(one(mailbox, case)), case
        assert not [m for m in mailbox if m.is_correction]
        # late and on time
        late = ("zf-zhenxing-late", "cb-caizheng-late", "zg-hezhangzi-late")
        due = {"zhongfeng": H1730_ZF, "kucun": H16_KC, "zhenggai": DAY15}
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > due[m.requirements[0]], case
        assert all(m.received_at <= due[m.requirements[0]] for m in mailbox
                   if m.campaign in (ZF, CB) and m.case not in late)
