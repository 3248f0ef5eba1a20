"""Routing on a tenth, held-out mixed mailbox (tests/fixtures/mixed10).

Three summer 2026 campaigns drafted by `collector campaign init --from-notice` (a 夏季防溺水 专项行动
owing an Excel 危险水域排查台账 AND at least 2 警示标志 photos from the towns, 县教育局 and 县水利局; a
河长制 上半年述职报告 owed by the towns' 总河长 and 县水利局; a 民生实事 上半年进展 owing a Word 进展情况报告
AND an Excel 进度表 from the 8 牵头单位 the notice names) beside the built-in 5·15 (2023) one; 115
mails labelled by hand, written apart from the routing code. The bar of tests/mixed_mailbox_tests.py:
every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed10"))
import make_mixed10  # noqa: E402


class TestMixed10Routing(RoutingTests):
    gen = make_mixed10
    cases = ["fn", "hz", "ms", "subject-date", "subject-bracket-only", "unit-in-sheet-name", "photos-gps", "photos-more",
             "reply-reminder", "reply-reminder-other", "duplicate", "eml-attached", "new-name", "archive-7z", "withdraw",
             "generic-two-owed", "generic-three-owed", "reply-other-campaign", "reply-notice", "forwarded", "learned-bare",
             "straggler-other-open", "straggler-other-none", "straggler-months", "correction", "scan-only",
             "unit-in-sign-off", "typo-unit", "large-link", "body-says-which", "english-subject", "unit-in-table-cell",
             "ms-split", "superior-for-subordinate", "another-year", "another-matter", "another-level", "info-on-topic",
             "not-owed", "question", "village-only", "two-campaigns-one-mail", "two-units", "delay-notice",
             "photographed-pages", "misaddressed", "receipt", "notice-forwarded-back", "empty", "no-campaign",
             "auto-reply", "read-receipt", "system-notice"]

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed10.ALL)
        fn = cs[make_mixed10.FN]
        assert len(fn.units) == 30 and {"县教育局", "县水利局"} <= {u.name for u in fn.units}
        assert [(p.id, p.min_count) for p in fn.requirements[0].parts if p.kind == "photo"] == [("photos", 2)]
        hz = cs[make_mixed10.HZ]
        assert len(hz.units) == 29 and all(hz.requirements[0] in hz.requirements_for(u) for u in hz.units)
        ms = cs[make_mixed10.MS]
        assert sorted(u.name for u in ms.units) == sorted(["县教育局", "县卫健局", "县水利局", "县交通局", "县住建局", "县民政局",
                                                           "县人社局", "县农业农村局"])
        assert [p.id for p in ms.requirements[0].parts] == ["doc", "table"]
