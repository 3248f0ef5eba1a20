"""Routing on a twentieth, held-out mixed mailbox (tests/fixtures/mixed20).

Two spring 2030 campaigns drafted by `collector campaign init --from-notice` (a 春季森林草原火灾隐患排查整治 owing
the 28 towns and the 八家子经济开发区 a 隐患排查整治台账 (Excel) by 03-18 and three named bureaus a 汇总分析报告
(Word) by 03-29; a 全县防汛抗旱工作会议 参会回执 owed by the towns and seven departments by 04-12 12:00, its names
and mobile numbers typed in the body or in an Excel 回执表) beside the built-in 5·15 (2023) one; 47 mails labelled
by hand, written apart from the routing code.
The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed20"))
import make_mixed20  # noqa: E402


class TestMixed20Routing(RoutingTests):
    gen = make_mixed20
    cases = ["fh", "reply-all-notice", "reply-all-to-another-units-reply", "owner-lock-file-instead-of-table",
             "split-zip-volumes", "bounce-forwarded", "full-width-and-emoji-names", "date-header-years-off",
             "town-sends-for-hosted-zone", "fh-late", "fh-report", "sent-from-the-office-mailbox",
             "pinyin-signature-only", "hy", "hy-body", "receipt-as-html-table-in-body", "receipt-as-vcard",
             "receipt-in-subject-only", "hy-late", "auto-reply"]
    size = (40, 55)

    def test_corrections_are_flagged(self, results):
        """The shared test, less its first line: this mailbox holds no correction (README, Fixture note), so
        what is left to check is that no filed mail is flagged a correction its label is not."""
        assert not any(lab.is_correction for lab, _ in results)
        bad = [lab.name for lab, m in results if m.state == "filed" and (m.campaign, m.unit) == (lab.campaign, lab.unit)
               and m.is_correction != lab.is_correction]
        assert not bad, bad

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed20.ALL)
        fh, hy = cs[make_mixed20.FH], cs[make_mixed20.HY]
        assert [r.id for r in fh.requirements] == make_mixed20.LEDGER + make_mixed20.REPORT
        ledger, report = fh.requirements
        owes = {r.id: [u.name for u in fh.units if r in fh.requirements_for(u)] for r in fh.requirements}
        assert len(owes["ledger"]) == 29 and "八家子经济开发区" in owes["ledger"]
        assert owes["report"] == ["县林草局", "县应急局", "县自然资源局"]
        assert ledger.due < report.due
        assert len(hy.units) == 35 and {"县气象局", "县住建局", "谷杖子乡"} <= {u.name for u in hy.units}
        assert [r.id for r in hy.requirements] == make_mixed20.HYR
        assert sorted(p.id for p in hy.requirements[0].parts) == sorted(make_mixed20.HY_ALL)

    def test_the_office_mailbox_is_no_units_address(self, results):
        """The 林草局 report sent from the office's own mailbox files under 县林草局; the office's address then
        names no unit for any later mail."""
        mails = [(m.state, m.unit) for lab, m in results if lab.case == "sent-from-the-office-mailbox"]
        assert mails == [("filed", "县林草局")]
