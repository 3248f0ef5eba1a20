"""Routing on a third, held-out mixed mailbox (tests/fixtures/mixed3).

Four 2025 campaigns drafted by `collector campaign init --from-notice` (a 2024年度 年报 for
every unit but the zone, a “双随机、一公开” 自查 and 整改 in two stages for eight departments of a
附件, a 标准目录 调查表 for the towns, a 典型案例 征集 with pictures for towns and departments)
beside the built-in 5·15 (2023) one; 134 mails labelled by hand, written apart from the routing
code. The tests are tests/mixed_mailbox_tests.py's: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed3"))
import make_mixed3  # noqa: E402


class TestMixed3Routing(RoutingTests):
    gen = make_mixed3
    # the cases a held-out mailbox must hold (README.md, The mails)
    cases = ["generic-by-window", "generic-two-owed", "reply-notice", "reply-other-campaign", "forwarded",
             "straggler-months", "straggler-other-open", "straggler-stage-one", "unit-in-two-campaigns",
             "unit-in-form-cell", "unit-in-signature", "typo-unit", "learned-bare", "correction", "another-year",
             "another-office", "two-campaigns-equal", "two-campaigns-one-mail", "two-units", "not-owed",
             "something-else", "no-campaign", "auto-reply", "photos-by-window"]

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed3.ALL)
        assert {u.kind for u in cs[make_mixed3.NB].units} == {"town", "township", "department", "institution"}
        assert len(cs[make_mixed3.NB].units) == 67
        assert [p.id for p in cs[make_mixed3.NB].requirements[0].parts] == ["word", "stamped", "table"]
        assert [u.name for u in cs[make_mixed3.SSJ].units] == ["县市场局", "县住建局", "县交通局", "生态环境局建昌分局",
                                                             "县农业农村局", "县应急局", "县自然资源局", "县卫健局"]
        assert [r.id for r in cs[make_mixed3.SSJ].requirements] == ["self-check", "rectification"]
        assert {u.kind for u in cs[make_mixed3.DC].units} == {"town", "township"}
        assert len(cs[make_mixed3.AL].units) == 60
        assert cs[make_mixed3.AL].requirements[0].parts[1].min_count == 2
