"""Routing on a fourth, held-out mixed mailbox (tests/fixtures/mixed4).

Four 2025 campaigns drafted by `collector campaign init --from-notice` (a 政务公开第三方评估 自评
with an Excel 自评表 and screenshots for towns and departments, a 全县安全生产大检查 with a stamped
检查情况报告 and an Excel 隐患台账 for every unit incl. the zone and the 直属机构, a 推进会议 参会回执
for seven named departments, a 2025年工作总结 and 2026年工作计划 for every unit) beside the built-in
5·15 (2023) one; 126 mails labelled by hand, written apart from the routing code. Same bar and
same helpers as tests/test_match_mixed3.py: every mail right, exact requirements.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed4"))
import make_mixed4  # noqa: E402


class TestMixed4Routing(RoutingTests):
    gen = make_mixed4
    # the cases a held-out mailbox must hold (README.md, The mails)
    cases = ["generic-by-window", "generic-two-owed", "reply-notice", "reply-other-campaign", "forwarded",
             "straggler-months", "straggler-other-open", "unit-in-two-campaigns", "unit-in-form-cell",
             "unit-in-signature", "unit-in-doc-sign-off", "typo-unit", "learned-bare", "correction", "another-year",
             "another-office", "another-matter", "two-campaigns-one-mail", "two-units", "not-owed", "something-else",
             "no-campaign", "auto-reply", "screenshots-by-window", "hy-body-only", "zj-safety-unit"]

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed4.ALL)
        assert {u.kind for u in cs[make_mixed4.PG].units} == {"town", "township", "department"}
        assert len(cs[make_mixed4.PG].units) == 60
        assert cs[make_mixed4.PG].requirements[0].parts[1].min_count == 3
        assert {u.kind for u in cs[make_mixed4.AQ].units} == {"town", "township", "zone", "department", "institution"}
        assert [p.id for p in cs[make_mixed4.AQ].requirements[0].parts] == ["stamped", "table"]
        assert [u.name for u in cs[make_mixed4.HY].units] == ["县发改局", "县教育局", "县民政局", "县人社局", "县住建局",
                                                            "县卫健局", "县医保局"]
        assert [p.id for p in cs[make_mixed4.HY].requirements[0].parts] == ["table", "names", "contact"]
        assert len(cs[make_mixed4.ZJ].units) == 68
        assert [(p.id, p.formats) for p in cs[make_mixed4.ZJ].requirements[0].parts] == [
            ("doc", ["docx", "doc", "wps"]), ("doc2", ["docx", "doc", "wps"])]
