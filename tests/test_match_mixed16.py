"""Routing on a sixteenth, held-out mixed mailbox (tests/fixtures/mixed16).

Three winter 2027–28 campaigns drafted by `collector campaign init --from-notice` (a 2027年度 目标责任制考核 自评
owing each department's and 直属机构's Excel 得分表, Word 自评报告 and 佐证材料 archive by 2028-01-07, across the
new year; a 冬春季 森林防火 责任落实 owing each town's Excel 汇总表 and its villages' stamped 承诺书 scans by 12-24;
a 2028年 春季造林 owing a 地块落实表 from only the 15 units of the notice's 附件1 table by 2028-01-21) beside the
built-in 5·15 (2023) one; 70 mails labelled by hand, written apart from the routing code. The bar of
tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
from mixed_suite import assert_drafted_as_kept, kept_draft_as_drafted


sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed16"))
import make_mixed16  # noqa: E402


class TestMixed16Routing(RoutingTests):
    gen = make_mixed16
    cases = ["kh", "fh", "zl", "evidence-rar-gbk", "evidence-over-two-mails", "wrong-year-in-subject",
             "next-year-target-book", "old-name-only", "evidence-netdisk-link", "evidence-loose-files",
             "notice-pasted-in-body", "correction", "traditional-characters", "town-not-assessed-here",
             "promises-in-rar", "promises-as-phone-photos", "household-promises-too", "village-cadre-personal-qq",
             "gbk-raw-file-names", "villages-named-like-towns", "promises-one-merged-pdf", "fh-late",
             "unit-not-in-annex-table", "task-objection", "wps-et-table", "reply-quotes-annex-table", "zl-late",
             "year-named-twice", "auto-reply"]
    size = (65, 85)

    def test_the_drafter_still_drafts_what_the_clerk_kept(self, tmp_path):
        """The drafter drafts the kept draft of every notice; the 考核's and the 防火's kept files are those
        drafts as the shared test compares them (id, units, deadlines); the 造林's differs from its draft by the
        clerk's fix Z1 (the 15 units of 附件1 where the draft has the 28 towns and the 3 departments) alone."""
        kept = {c.id: c for c in self.campaigns()}
        for cid, notice in self.gen.NOTICE_FILES.items():
            (tmp_path / cid).mkdir()
            if cid != make_mixed16.ZL:
                assert_drafted_as_kept(self.gen.CAMPAIGNS_DIR / notice, kept[cid], tmp_path / cid)
        notice = self.gen.CAMPAIGNS_DIR / self.gen.NOTICE_FILES[make_mixed16.ZL]
        drafted = self.draft(notice, tmp_path / make_mixed16.ZL)
        towns = [u.name for u in kept[make_mixed16.FH].units]
        assert drafted.id == kept[make_mixed16.ZL].id
        assert [u.name for u in drafted.units] == towns + ["县交通局", "县水利局", "县住建局"]
        assert [u.name for u in kept[make_mixed16.ZL].units] == make_mixed16.ZL_UNITS
        assert [r.due for r in drafted.requirements] == [r.due for r in kept[make_mixed16.ZL].requirements]

    @staticmethod
    def draft(notice: Path, where: Path):
        return kept_draft_as_drafted(notice, where)

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed16.ALL)
        kh, fh, zl = cs[make_mixed16.KH], cs[make_mixed16.FH], cs[make_mixed16.ZL]
        assert len(kh.units) == 39 and sorted(p.id for p in kh.requirements[0].parts) == make_mixed16.KH_ALL
        assert (kh.requirements[0].due.year, kh.requirements[0].due.month, kh.requirements[0].due.day) == (2028, 1, 7)
        assert len(fh.units) == 28 and sorted(p.id for p in fh.requirements[0].parts) == make_mixed16.FH_ALL
        assert [u.name for u in zl.units] == make_mixed16.ZL_UNITS and len(zl.requirements) == 1

    def test_evidence_over_two_mails_both_file_to_the_one_requirement(self, results):
        mails = [m for lab, m in results if lab.case == "evidence-over-two-mails"]
        assert [(m.state, m.unit, list(m.requirements)) for m in mails] == [("filed", "县住建局", make_mixed16.KHR)] * 2
        assert not any(m.is_correction for m in mails)
