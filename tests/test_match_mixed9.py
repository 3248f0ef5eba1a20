"""Routing on a ninth, held-out mixed mailbox (tests/fixtures/mixed9).

Four spring 2026 campaigns drafted by `collector campaign init --from-notice` (a 春耕备耕 统计表 owed
by the towns only, filed as the notice's 附件1; a 城镇燃气安全专项整治 owing an Excel 台账 AND a Word
工作情况报告 from the towns and four bureaus; a monthly 12345热线 工单办理情况统计表 of which only the
first month is collected, from every town, department and 直属机构, with 零报告; a 审计整改情况报告
owed as a stamped PDF by six named departments) beside the built-in 5·15 (2023) one; 121 mails
labelled by hand, written apart from the routing code. The bar of tests/mixed_mailbox_tests.py:
every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed9"))
import make_mixed9  # noqa: E402


class TestMixed9Routing(RoutingTests):
    gen = make_mixed9
    cases = ["brackets", "subject-bare", "subject-attachment-word", "file-docno", "village-of-town", "village-only",
             "traditional", "multi-sheet", "shared-personal-address", "forward-own", "reply-other-campaign",
             "reply-notice", "correction", "unit-in-form-cell", "unit-in-doc-header", "unit-in-stamp-line",
             "straggler-other-open", "straggler-months", "forwarded", "learned-bare", "wps-files", "generic-three-owed",
             "rq-split", "zero-report", "zero-report-body", "typo-unit", "old-name", "next-period", "scan-only",
             "scan-and-word", "another-year", "another-matter", "another-level", "not-owed", "info-on-topic",
             "two-campaigns-one-mail", "two-units", "question", "receipt", "no-campaign", "auto-reply"]

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed9.ALL)
        assert len(cs[make_mixed9.CG].units) == 28
        rq = cs[make_mixed9.RQ]
        assert len(rq.units) == 32 and {"县住建局", "县市场局", "县应急局", "县商务局"} <= {u.name for u in rq.units}
        assert [p.id for p in rq.requirements[0].parts] == ["doc", "table"]
        rx = cs[make_mixed9.RX]
        assert len(rx.units) == 67 and "八家子经济开发区" not in {u.name for u in rx.units}
        assert [(r.id, r.due.day) for r in rx.requirements] == [("statistics", 7)]
        sj = cs[make_mixed9.SJ]
        assert sorted(u.name for u in sj.units) == sorted(["县住建局", "县市场局", "县卫健局", "县教育局", "县水利局", "县民政局"])
        assert [(p.id, p.formats) for p in sj.requirements[0].parts] == [("stamped", ["pdf"])]
