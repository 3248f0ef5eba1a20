"""Routing on an eighth, held-out mixed mailbox (tests/fixtures/mixed8).

Three winter 2026 campaigns drafted by `collector campaign init --from-notice` (a 冬季消防安全隐患
排查整治 whose one requirement is an Excel 台账 AND at least 3 photos, from the towns and three
bureaus; a 2026年度工作总结 (Word) from every department and 直属机构 with a 2027年重点工作计划
(Word) owed a week later only by the 12 units the notice's 附件 lists; a 政务公开工作调查问卷 answered
with a filled Excel form by every unit) beside the built-in 5·15 (2023) one; 129 mails labelled by
hand, written apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every mail
right in both draws, exact requirements.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed8"))
import make_mixed8  # noqa: E402

class TestMixed8Routing(RoutingTests):
    gen = make_mixed8
    cases = ["generic-by-window", "generic-two-owed", "reply-notice", "reply-other-campaign", "reply-all", "forwarded",
             "straggler-months", "straggler-other-open", "unit-in-form-cell", "unit-in-signature",
             "unit-in-doc-sign-off", "typo-unit", "short-unit", "learned-bare", "correction", "body-only", "passing",
             "subject-unit-only", "new-file-name", "scan-and-word", "xf-zipped", "xf-partial", "xf-photos-split",
             "xf-resent", "large-link", "info-on-topic", "receipt", "nothing-to-report", "another-year",
             "another-level", "another-matter", "two-campaigns-one-mail", "two-units", "not-owed", "question",
             "no-campaign", "auto-reply"]

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed8.ALL)
        xf = cs[make_mixed8.XF]
        assert len(xf.units) == 31 and {"县应急局", "县住建局", "县教育局"} <= {u.name for u in xf.units}
        assert [(p.id, p.min_count) for p in xf.requirements[0].parts] == [("table", 1), ("photos", 3)]
        gz = cs[make_mixed8.GZ]
        owing = [[u.name for u in gz.units if r in gz.requirements_for(u)] for r in gz.requirements]
        assert [r.id for r in gz.requirements] == ["summary", "plan"]
        assert len(owing[0]) == 39 and len(owing[1]) == 12 and "县民政局" not in owing[1]
        assert [r.due.day for r in gz.requirements] == [11, 18]
        assert len(cs[make_mixed8.WJ].units) == 68
        assert [p.id for p in cs[make_mixed8.WJ].requirements[0].parts] == ["table"]
