"""Routing on a ninety-fourth, held-out mixed mailbox (tests/fixtures/mixed94).

Two spring 2104 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init
--from-notice` — the 县委台湾工作办公室's 2104年台胞台属基本情况调查更新 (its notice a .txt; SEVEN UNITS: two 镇, two
乡, the 县公安局, the 县商务局 and the 县教育局; an Excel 登记表 and a Word 涉台工作情况报告, by
“4月25日（星期五）下午4时半前”) and the 县民族和宗教事务局's 2104年民族团结进步创建示范单位推荐申报及宣传月活动 (its
notice a .docx; EIGHT UNITS: three 乡, two 镇, three bureaus; TWO REQUIREMENTS: two Word files, the 推荐表 and the
事迹材料, by “5月9日（星期五）下午2时半前”, an Excel 宣传月活动情况统计表 by “6月6日（星期五）前”; the 县教育局 owes both
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

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed94"))
import make_mixed94  # noqa: E402
import mixed94_docs  # noqa: E402

TZ = dt.timezone(dt.timedelta(hours=8))
HALF4 = dt.datetime(2104, 4, 25, 16, 30, tzinfo=TZ)  # the 台办's “4月25日（星期五）下午4时半前”
HALF2 = dt.datetime(2104, 5, 9, 14, 30, tzinfo=TZ)  # the 民宗局's “5月9日（星期五）下午2时半前”
DAY6 = dt.datetime(2104, 6, 6, 23, 59, 59, tzinfo=TZ)  # “6月6日（星期五）前”, no hour
official = mixed94_docs.official
TB, MZ = make_mixed94.TB, make_mixed94.MZ


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: tbtable / tbdoc / mzform / mzdeeds / mztable / other."""
    out: dict[str, list[str]] = {}
    for name, ext, data, text, first in files_read(mail):
        kind = ("tbtable" if ext == "xlsx" and first.startswith(mixed94_docs.TB_TABLE_TITLE)
                else "mztable" if ext == "xlsx" and first.startswith(mixed94_docs.MZ_TABLE_TITLE)
                else "tbdoc" if ext == "docx" and first.endswith(mixed94_docs.TB_DOC_TITLE)
                else "mzform" if ext == "docx" and first.endswith(mixed94_docs.MZ_FORM_TITLE)
                else "mzdeeds" if ext == "docx" and first.endswith(mixed94_docs.MZ_DEEDS_TITLE)
                else "other")
        out.setdefault(kind, []).append(text or name)
    return out


def only(mail, ext: str) -> str:
    (name,) = [n for n, _ in files(mail) if n.endswith("." + ext)]
    return name


def named(mail, title: str) -> str:
    (name,) = [n for n, _ in files(mail) if title in n]
    return name


class TestMixed94Routing(RoutingTests):
    gen = make_mixed94
    cases = ["tb-clean", "mz-clean", "tb-seamonkey", "tb-centred", "tb-jiaoyu-percent", "tb-gongan-before",
             "tb-question", "tb-shangwu-late", "tb-table-first", "tb-doc-second", "tb-not-owed-renshe",
             "mz-question", "mz-zimbra", "mz-xc-erdaowanzi", "mz-horde", "mz-xc-late-evening", "mz-indent",
             "mz-xc-niangniangmiao", "mz-bullets", "mz-xc-weijian", "mz-jiaoyu-before", "mz-xc-jiaoyu-late",
             "mz-wenlv-late", "mz-xc-jianchang", "vendor-promotion"]
    size = (30, 40)
    has_corrections = False
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled
    open_mails = {}

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed94.ALL)
        tb, mz = cs[TB], cs[MZ]
        (diaocha,) = tb.requirements
        tuijian, xuanchuan = mz.requirements
        assert [diaocha.id, tuijian.id, xuanchuan.id] == make_mixed94.DC + make_mixed94.TJ + make_mixed94.XC  # T1, M1
        assert [u.name for u in tb.units] == make_mixed94.TB_UNITS
        assert [u.name for u in mz.units] == make_mixed94.MZ_UNITS
        assert {u.name for u in tb.units} & {u.name for u in mz.units} == {"县教育局"}
        assert diaocha.due == HALF4 and tuijian.due == HALF2 and xuanchuan.due == DAY6
        assert sorted(p.id for p in diaocha.parts) == ["doc", "table"]
        assert sorted(p.id for p in tuijian.parts) == ["deeds", "form"]  # M1
        assert [p.id for p in xuanchuan.parts] == ["table"]
        assert "推荐表" not in tuijian.hints and "事迹材料" not in tuijian.hints  # M2
        assert "传月活动" not in xuanchuan.hints  # M4
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed94.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]  # M5
        drafts = make_mixed94.CAMPAIGNS_DIR / "drafts"
        mz_draft = yaml.safe_load((drafts / "2104-04-14-民族团结进步创建通知.draft.yaml").read_text(encoding="utf-8"))
        assert len(mz_draft["unsettled"]) == 1

    def test_every_document_opens(self, mailbox):
        """Every file of 2104 opens: Excel and Word."""
        kinds = opened_files(mailbox, 2104, files)
        # xlsx: 台胞 登记表 of 喇嘛洞, 大屯, 素珠营子, 教育, 谷杖子, 公安, 商务, 人社 = 8; 宣传月 统计表 6: 14.
        # docx: 台胞 报告 of 喇嘛洞, 大屯, 素珠营子, 教育, 谷杖子, 公安, 商务 = 7; 推荐表 + 事迹材料 of 8 units = 16: 23
        assert kinds == {"xlsx": 14, "docx": 23}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("diaocha", "table"): "tbtable", ("diaocha", "doc"): "tbdoc", ("tuijian", "form"): "mzform",
                ("tuijian", "deeds"): "mzdeeds", ("xuanchuan", "table"): "mztable"}
        for m in mailbox:
            if m.campaign not in (TB, MZ):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(len(ts) == 1 for ts in mat.values()), m.name
            assert all(official(m.unit) in t for ts in mat.values() for t in ts), m.name
        # 大屯镇: SeaMonkey, 巴什罕乡: Horde (User-Agent); 二道湾子蒙古族乡: Zimbra (X-Mailer)
        for case, agent in (("tb-seamonkey", make_mixed94.SEAMONKEY), ("mz-horde", make_mixed94.HORDE)):
            msg = message(one(mailbox, case))
            assert msg["User-Agent"] == agent and msg["X-Mailer"] is None, case
        msg = message(one(mailbox, "mz-zimbra"))
        assert msg["X-Mailer"] == make_mixed94.ZIMBRA and msg["User-Agent"] is None
        # 素珠营子乡: every cell centred; 县教育局: a row in a percent format
        ce = one(mailbox, "tb-centred")
        assert b'<alignment horizontal="center"' in members(ce, only(ce, "xlsx"))["xl/styles.xml"]
        pc = one(mailbox, "tb-jiaoyu-percent")
        assert b'formatCode="0.0%"' in members(pc, only(pc, "xlsx"))["xl/styles.xml"]
        # 娘娘庙乡: the 事迹材料's first lines indented; 县卫健局: its text a bulleted list
        ind = one(mailbox, "mz-indent")
        assert b"w:firstLine=" in members(ind, named(ind, "事迹材料"))["word/document.xml"]
        bl = one(mailbox, "mz-bullets")
        assert b'<w:pStyle w:val="ListBullet"/>' in members(bl, named(bl, "事迹材料"))["word/document.xml"]
        # the windows
        assert one(mailbox, "tb-gongan-before").received_at < HALF4 < one(mailbox, "tb-shangwu-late").received_at
        assert one(mailbox, "mz-jiaoyu-before").received_at < HALF2 < one(mailbox, "mz-wenlv-late").received_at
        assert one(mailbox, "mz-xc-late-evening").received_at < DAY6 < one(mailbox, "mz-xc-jiaoyu-late").received_at
        # the vendor's promotion
        promo = one(mailbox, "vendor-promotion")
        assert "民族团结进步创建" in message(promo)["Subject"] and not files(promo)
        # the questions: no file
        for case in ("tb-question", "mz-question"):
            assert not files(one(mailbox, case)), case
        assert not [m for m in mailbox if m.is_correction]
        # late and on time
        late = ("tb-shangwu-late", "mz-wenlv-late", "mz-xc-jiaoyu-late")
        due = {"diaocha": HALF4, "tuijian": HALF2, "xuanchuan": DAY6}
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > due[m.requirements[0]], case
        assert all(m.received_at <= due[m.requirements[0]] for m in mailbox
                   if m.campaign in (TB, MZ) and m.case not in late)
