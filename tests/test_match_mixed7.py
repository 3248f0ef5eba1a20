"""Routing on a seventh, held-out mixed mailbox (tests/fixtures/mixed7).

Three autumn 2026 campaigns drafted by `collector campaign init --from-notice` (a 秋冬季森林草原
防灭火 with two requirements of two unit sets: a 责任人名单 Excel from the towns, a 隐患排查情况报告
Word from the towns and three named bureaus, by a later date; a 2027年度部门预算 of 预算表 Excel + 编制
说明 Word from every department and 直属机构; a 第四季度政务信息 征集 of one Word 工作信息 from every
unit, pictures optional) beside the built-in 5·15 (2023) one; 120 mails labelled by hand,
written apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every mail right
in both draws, exact requirements.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
from mixed_suite import assert_drafted_as_kept

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed7"))
import make_mixed7  # noqa: E402

class TestMixed7Routing(RoutingTests):
    gen = make_mixed7
    cases = ["generic-by-window", "generic-two-owed", "reply-notice", "reply-other-campaign", "forwarded",
             "straggler-months", "straggler-other-open", "unit-in-form-cell", "unit-in-signature",
             "unit-in-doc-sign-off", "typo-unit", "short-unit", "learned-bare", "correction", "body-only", "passing",
             "sl-zipped", "ys-zipped", "ys-partial", "ys-split", "another-year", "another-level", "another-matter",
             "two-campaigns-one-mail", "two-units", "not-owed", "question", "no-campaign", "auto-reply"]

    def test_the_drafter_still_drafts_what_the_clerk_kept(self, tmp_path):
        """As the shared test, the 防灭火 notice too: the clerk added 县林草局 to the 隐患报告's units (fix S1), which the
        drafter now reads itself (its kept draft redrafted 2026-12-05; this test used to load that draft without
        redrafting it), so each kept draft is what the CLI drafts and has the clerk's units and deadlines."""
        kept = {c.id: c for c in self.campaigns()}
        for cid in (make_mixed7.YS, make_mixed7.XX, make_mixed7.SL):
            (tmp_path / cid).mkdir()
            assert_drafted_as_kept(make_mixed7.CAMPAIGNS_DIR / make_mixed7.NOTICE_FILES[cid], kept[cid], tmp_path / cid)

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed7.ALL)
        sl = cs[make_mixed7.SL]
        assert len(sl.units) == 31
        owing = [[u.name for u in sl.units if r in sl.requirements_for(u)] for r in sl.requirements]
        assert len(owing[0]) == 28 and "县应急局" not in owing[0]
        assert len(owing[1]) == 31
        assert [(r.id, [p.id for p in r.parts]) for r in sl.requirements] == [("list", ["table"]), ("hazards", ["doc"])]
        assert len(cs[make_mixed7.YS].units) == 39 and {u.kind for u in cs[make_mixed7.YS].units} <= {"department",
                                                                                                       "institution"}
        assert [p.id for p in cs[make_mixed7.YS].requirements[0].parts] == ["doc", "table"]
        assert len(cs[make_mixed7.XX].units) == 68
        assert [p.id for p in cs[make_mixed7.XX].requirements[0].parts] == ["doc"]
