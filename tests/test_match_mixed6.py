"""Routing on a sixth, held-out mixed mailbox (tests/fixtures/mixed6).

Three spring-summer 2026 campaigns drafted by `collector campaign init --from-notice` (the
人大代表建议和政协提案 办理情况报告 of the ten 承办单位 in the notice's 附件, a stamped PDF; a 夏季消防安全
检查 for the towns, the zone and seven named departments, an Excel 情况表 with at least 2 photos; a
政务公开培训 参训人员回执 for every unit, an Excel with names and phones, in a four-day window) beside
the built-in 5·15 (2023) one; 112 mails labelled by hand, written apart from the routing code.
The bar of tests/test_match_mixed5.py (every mail right in both draws, exact requirements), from
tests/mixed_mailbox_tests.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed6"))
import make_mixed6  # noqa: E402


class TestMixed6Routing(RoutingTests):
    gen = make_mixed6
    cases = ["generic-by-window", "generic-two-owed", "reply-notice", "reply-other-campaign", "forwarded",
             "straggler-months", "straggler-other-open", "unit-in-form-cell", "unit-in-signature",
             "unit-in-doc-sign-off", "typo-unit", "short-unit", "learned-bare", "correction", "body-only", "ta-zipped",
             "xf-zipped", "xf-one-photo", "xf-split", "px-split", "px-no-phones", "px-late", "another-year",
             "another-level", "another-kind", "two-campaigns-one-mail", "two-units", "not-owed", "question",
             "something-else", "no-campaign", "auto-reply"]

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed6.ALL)
        assert [u.name for u in cs[make_mixed6.TA].units] == ["县教育局", "县卫健局", "县住建局", "县交通局", "县农业农村局",
                                                            "县自然资源局", "县文旅局", "县水利局", "生态环境局建昌分局",
                                                            "县民政局"]
        assert [(p.id, p.formats) for p in cs[make_mixed6.TA].requirements[0].parts] == [("stamped", ["pdf"])]
        xf_units = cs[make_mixed6.XF].units
        assert len(xf_units) == 36 and {u.kind for u in xf_units} == {"town", "township", "zone", "department"}
        assert [p.id for p in cs[make_mixed6.XF].requirements[0].parts] == ["table", "photos"]
        assert cs[make_mixed6.XF].requirements[0].parts[1].min_count == 2
        assert len(cs[make_mixed6.PX].units) == 68
        assert [p.id for p in cs[make_mixed6.PX].requirements[0].parts] == ["table", "names", "contact"]
