"""Routing on a ninety-first, held-out mixed mailbox (tests/fixtures/mixed91).

Two July 2101 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init
--from-notice` — the 县蚕业发展中心's 2101年柞蚕放养情况 (SEVEN UNITS: two 镇, four 乡, the 县林草局; an Excel
柞蚕放养情况统计表 and a Word 柞蚕放养工作情况说明, by “7月15日（星期五）下午3时前”) and the 县防雷安全监管工作领导小组
办公室's 2101年汛期防雷安全隐患排查整治 (its notice a .docx; EIGHT UNITS: three 镇, two 乡, three bureaus; TWO
REQUIREMENTS: an Excel 排查台账 with 2 or more 排查现场照片 by “7月20日（星期三）前”, a Word 整改情况报告 by
“7月28日（星期四）下午5时30分前”; 玲珑塔镇 owes both campaigns) — beside the built-in 5·15 (2023) one; 35 mails
labelled by hand, written apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every mail right in
both draws, exact requirements.
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

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed91"))
import make_mixed91  # noqa: E402
import mixed91_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
THREE = dt.datetime(2101, 7, 15, 15, 0, tzinfo=SH)  # the 蚕业中心's “下午3时前”
DAY20 = dt.datetime(2101, 7, 20, 23, 59, 59, tzinfo=SH)  # the 防雷办's “7月20日（星期三）前”
HALF5 = dt.datetime(2101, 7, 28, 17, 30, tzinfo=SH)  # “7月28日（星期四）下午5时30分前”
official = mixed91_docs.official
ZC, FL = make_mixed91.ZC, make_mixed91.FL


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: zctable / zcdoc / fltable / fldoc / photo / other."""
    out: dict[str, list[str]] = {}
    for name, ext, data, text, first in files_read(mail):
        kind = ("zctable" if ext == "xlsx" and first.startswith(mixed91_docs.ZC_TABLE_TITLE)
                else "fltable" if ext == "xlsx" and first.startswith(mixed91_docs.FL_TABLE_TITLE)
                else "zcdoc" if ext == "docx" and first.endswith(mixed91_docs.ZC_DOC_TITLE)
                else "fldoc" if ext == "docx" and first.endswith(mixed91_docs.FL_DOC_TITLE)
                else "photo" if ext == "jpg" and data[:2] == b"\xff\xd8"
                else "other")
        out.setdefault(kind, []).append(text or name)
    return out


def only(mail, ext: str) -> str:
    (name,) = [n for n, _ in files(mail) if n.endswith("." + ext)]
    return name


class TestMixed91Routing(RoutingTests):
    gen = make_mixed91
    cases = ["zc-clean", "fl-clean", "zc-k9-phone", "zc-number-formats", "zc-question", "zc-row-heights",
             "zc-roundcube-table-first", "zc-columns-before-three", "zc-linchao-late", "zc-not-owed-nongye",
             "fl-emclient", "fl-zhenggai-jiaoyu", "fl-airmail", "fl-zhenggai-before-half-five",
             "fl-table-then-photos", "fl-photos-second", "fl-zhenggai-after-half-five", "fl-question",
             "fl-yingji-late-evening", "fl-zhenggai-yingji", "fl-jianchang-late", "fl-linglongta",
             "fl-zhenggai-linglongta", "fl-zhenggai-tangshenmiao", "vendor-promotion"]
    size = (30, 40)
    has_corrections = False
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled
    open_mails = {}

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed91.ALL)
        zc, fl = cs[ZC], cs[FL]
        (zuocan,) = zc.requirements
        paicha, zhenggai = fl.requirements
        assert [zuocan.id, paicha.id, zhenggai.id] == make_mixed91.ZU + make_mixed91.PC + make_mixed91.ZG  # Z1, L1
        assert [u.name for u in zc.units] == make_mixed91.ZC_UNITS
        assert [u.name for u in fl.units] == make_mixed91.FL_UNITS
        assert {u.name for u in zc.units} & {u.name for u in fl.units} == {"玲珑塔镇"}
        assert zuocan.due == THREE and paicha.due == DAY20 and zhenggai.due == HALF5
        assert sorted(p.id for p in zuocan.parts) == ["doc", "table"]
        assert sorted(p.id for p in paicha.parts) == ["photos", "table"]
        assert [p.id for p in zhenggai.parts] == ["doc"]
        table = next(p for p in zuocan.parts if p.id == "table")
        assert table.title == mixed91_docs.ZC_TABLE_TITLE  # Z2
        ftable = next(p for p in paicha.parts if p.id == "table")
        assert ftable.title == mixed91_docs.FL_TABLE_TITLE  # L3
        photos = next(p for p in paicha.parts if p.id == "photos")
        assert photos.kind == "photo" and photos.min_count == 2
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed91.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]  # L2
        drafts = make_mixed91.CAMPAIGNS_DIR / "drafts"
        fl_draft = yaml.safe_load((drafts / "2101-07-07-汛期防雷安全隐患排查通知.draft.yaml").read_text(encoding="utf-8"))
        assert len(fl_draft["unsettled"]) == 1

    def test_every_document_opens(self, mailbox):
        """Every file of 2101 opens: Excel, Word and the photos."""
        kinds = opened_files(mailbox, 2101, files)
        # xlsx: 柞蚕 2 clean + 老大杖子 + 要路沟 + 魏家岭 + 玲珑塔 + 林草 + 农业农村 = 8; 防雷 玲珑塔 + 汤神庙 +
        # 杨树湾子 + 教育 + 文旅 + 应急 + 建昌 = 7: 15. docx: 柞蚕 2 + 老大杖子 + 要路沟 + 魏家岭 + 玲珑塔 + 林草 = 7;
        # 整改 6: 13. jpg: 2 each of 玲珑塔, 汤神庙, 杨树湾子, 文旅, 应急, 建昌 (12) + 教育 3 = 15
        assert kinds == {"xlsx": 15, "docx": 13, "jpg": 15}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("zuocan", "table"): "zctable", ("zuocan", "doc"): "zcdoc", ("paicha", "table"): "fltable",
                ("paicha", "photos"): "photo", ("zhenggai", "doc"): "fldoc"}
        for m in mailbox:
            if m.campaign not in (ZC, FL):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(official(m.unit) in t for k, ts in mat.items() if k != "photo" for t in ts), m.name
            if "photos" in m.parts:
                assert len(mat["photo"]) >= 2, m.name
        # 老大杖子乡: K-9 Mail; 玲珑塔镇: Roundcube; 县教育局: eM Client (User-Agent, no X-Mailer); 县文旅局: Airmail
        for case, agent in (("zc-k9-phone", make_mixed91.K9), ("zc-roundcube-table-first", make_mixed91.ROUNDCUBE),
                            ("fl-emclient", make_mixed91.EMCLIENT)):
            msg = message(one(mailbox, case))
            assert msg["User-Agent"] == agent and msg["X-Mailer"] is None, case
        assert message(one(mailbox, "fl-airmail"))["X-Mailer"] == make_mixed91.AIRMAIL
        # 要路沟乡: number formats on the 统计表's figures
        nf = one(mailbox, "zc-number-formats")
        assert b"<numFmt " in members(nf, only(nf, "xlsx"))["xl/styles.xml"]
        # 魏家岭乡: the rows' heights set
        rh = one(mailbox, "zc-row-heights")
        assert b'customHeight="1"' in members(rh, only(rh, "xlsx"))["xl/worksheets/sheet1.xml"]
        # 玲珑塔镇: the 说明 in two columns, before 下午3时
        co = one(mailbox, "zc-columns-before-three")
        assert b'w:num="2"' in members(co, only(co, "docx"))["word/document.xml"]
        assert co.received_at < THREE < one(mailbox, "zc-linchao-late").received_at
        # the vendor's promotion
        promo = one(mailbox, "vendor-promotion")
        assert "防雷安全隐患排查" in message(promo)["Subject"] and not files(promo)
        # the questions: no file
        for case in ("zc-question", "fl-question"):
            assert not files(one(mailbox, case)), case
        assert not [m for m in mailbox if m.is_correction]
        # late and on time
        late = ("zc-linchao-late", "fl-jianchang-late", "fl-zhenggai-after-half-five")
        due = {"zuocan": THREE, "paicha": DAY20, "zhenggai": HALF5}
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > due[m.requirements[0]], case
        assert all(m.received_at <= due[m.requirements[0]] for m in mailbox
                   if m.campaign in (ZC, FL) and m.case not in late)
