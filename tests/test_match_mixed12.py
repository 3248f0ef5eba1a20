"""Routing on a twelfth, held-out mixed mailbox (tests/fixtures/mixed12).

Three winter 2026 campaigns drafted by `collector campaign init --from-notice` (a 冬季供暖保障 情况统计表
owed by the towns and 县住建局; a 农民工工资支付 专项排查 owing an Excel 排查表 AND a stamped PDF 报告 from 8
named departments; a 元旦春节 值班表 owed by the towns and 6 departments: three Excel 表 open together,
县住建局 owing all three) beside the built-in 5·15 (2023) one; 73 mails labelled by hand, written apart
from the routing code. The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact
requirements.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed12"))
import make_mixed12  # noqa: E402


class TestMixed12Routing(RoutingTests):
    gen = make_mixed12
    cases = ["gn", "nm", "zb", "generic-three-owed", "csv-table", "reply-other-campaign", "learned-bare", "correction",
             "straggler-other-open", "table-in-body", "photos-not-asked", "not-owed", "summary-of-all-units", "split",
             "table-only", "word-not-pdf", "full-name", "unit-in-table-cell", "phone-signature", "new-name",
             "english-subject", "forwarded", "duplicate", "zipped-table", "one-campaign-two-files", "last-year",
             "question", "no-campaign", "auto-reply", "bounce"]
    size = (65, 80)

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed12.ALL)
        gn, nm, zb = cs[make_mixed12.GN], cs[make_mixed12.NM], cs[make_mixed12.ZB]
        assert len(gn.units) == 29 and "县住建局" in {u.name for u in gn.units}
        assert len(nm.units) == 8 and sorted(p.id for p in nm.requirements[0].parts) == ["stamped", "table"]
        assert len(zb.units) == 34 and {"县住建局", "县公安局"} <= {u.name for u in zb.units}
