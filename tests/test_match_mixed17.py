"""Routing on a seventeenth, held-out mixed mailbox (tests/fixtures/mixed17).

Three spring 2028 campaigns drafted by `collector campaign init --from-notice` (a 2028年第一季度 清理拖欠企业账款
统计表 from 67 units with a 零报告 when nothing is owed, by 04-07; a 4·15 全民国家安全教育日 with a 活动方案 by
04-10 and a 活动总结 + photos by 04-25; a 春季农村房屋安全隐患排查 owing each town's villages' 明细表 and its 汇总表
by 05-12) beside the built-in 5·15 (2023) one; 66 mails labelled by hand, written apart from the routing code.
The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
from mixed_suite import kept_draft_as_drafted

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed17"))
import make_mixed17  # noqa: E402


class TestMixed17Routing(RoutingTests):
    gen = make_mixed17
    cases = ["qq", "zero-report", "zero-report-in-body-only", "homophone-typo-new-address", "shared-office-address",
             "correction", "cloud-doc-link-only", "qq-late", "aq-plan", "aq-summary", "same-file-two-campaigns",
             "video-not-photos", "heic-photos", "plan-after-the-day", "summary-as-reply-to-notice", "fw",
             "village-tables-first", "village-secretary-sends", "fw-late", "auto-reply"]
    size = (55, 75)


    def test_the_drafter_still_drafts_what_the_clerk_kept(self, tmp_path):
        """The drafter drafts the kept draft of every notice, and the kept files are those drafts as the
        shared test compares them (id, units, deadlines). The 清欠's first draft had a second 统计表 due
        03-31, the data's cut-off date (截至3月31日), which the clerk removed (fix Q1); the drafter now
        reads 截至 as "as of" and drafts the one 统计表 due 04-07 itself."""
        kept = {c.id: c for c in self.campaigns()}
        for cid, notice in self.gen.NOTICE_FILES.items():
            (tmp_path / cid).mkdir()
            drafted = kept_draft_as_drafted(self.gen.CAMPAIGNS_DIR / notice, tmp_path / cid)
            assert [(r.id, r.due) for r in drafted.requirements] == [(r.id, r.due) for r in kept[cid].requirements]
            assert [u.name for u in drafted.units] == [u.name for u in kept[cid].units]

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed17.ALL)
        qq, aq, fw = cs[make_mixed17.QQ], cs[make_mixed17.AQ], cs[make_mixed17.FW]
        assert len(qq.units) == 67 and [r.id for r in qq.requirements] == make_mixed17.QQR
        assert len(aq.units) == 60 and [r.id for r in aq.requirements] == make_mixed17.PLAN + make_mixed17.SUMMARY
        assert sorted(p.id for p in aq.requirements[1].parts) == make_mixed17.SUMMARY_ALL
        assert len(fw.units) == 28 and sorted(p.id for p in fw.requirements[0].parts) == make_mixed17.FW_ALL

    def test_a_shared_address_files_each_mail_under_the_unit_it_names(self, results):
        mails = [(lab.unit, m.state, m.unit, m.is_correction) for lab, m in results if lab.case == "shared-office-address"]
        assert mails == [("县机关事务中心", "filed", "县机关事务中心", False), ("县融媒体中心", "filed", "县融媒体中心", False)]
