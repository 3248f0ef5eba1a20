"""Routing on a fifth, held-out mixed mailbox (tests/fixtures/mixed5).

Four early-2026 campaigns drafted by `collector campaign init --from-notice` (a 2025年度政务公开
工作考核 自评 with a Word 自评报告 and 佐证材料 as a zip or PDF for towns and departments, a 信访积案化解
for eight named departments with an Excel 台账 and, by a later deadline, a stamped 化解情况报告, a
乡镇防汛应急预案 修订 with the Word 预案 and an Excel 责任人名单 for the towns, a “万人进万企” 活动信息
with at least 3 photos for the departments) beside the built-in 5·15 (2023) one; 130 mails
labelled by hand, written apart from the routing code. The bar of tests/test_match_mixed4.py
(every mail right in both draws, exact requirements), from tests/mixed_mailbox_tests.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed5"))
import make_mixed5  # noqa: E402


class TestMixed5Routing(RoutingTests):
    gen = make_mixed5
    cases = ["generic-by-window", "generic-two-owed", "reply-notice", "reply-other-campaign", "forwarded",
             "straggler-months", "straggler-other-open", "unit-in-two-campaigns", "unit-in-form-cell",
             "unit-in-signature", "unit-in-doc-sign-off", "typo-unit", "short-unit", "learned-bare", "correction",
             "body-only", "kh-zipped", "fx-zipped", "another-year", "another-office", "another-kind",
             "fx-flood-and-drought", "two-campaigns-one-mail", "two-units", "not-owed", "something-else",
             "no-campaign", "auto-reply", "fx-names-in-body", "ys-few-photos"]

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed5.ALL)
        assert {u.kind for u in cs[make_mixed5.KH].units} == {"town", "township", "department"}
        assert len(cs[make_mixed5.KH].units) == 60
        assert [(p.id, p.formats) for p in cs[make_mixed5.KH].requirements[0].parts] == [
            ("doc", ["docx", "doc", "wps"]), ("evidence", ["zip", "rar", "7z", "pdf"])]
        assert [u.name for u in cs[make_mixed5.XF].units] == ["县公安局", "县民政局", "县人社局", "县住建局", "县自然资源局",
                                                            "县农业农村局", "县卫健局", "县综合执法局"]
        assert [(r.id, [p.id for p in r.parts]) for r in cs[make_mixed5.XF].requirements] == [
            ("ledger", ["table"]), ("report", ["stamped"])]
        assert {u.kind for u in cs[make_mixed5.FX].units} == {"town", "township"}
        assert [p.id for p in cs[make_mixed5.FX].requirements[0].parts] == ["doc", "table"]
        assert {u.kind for u in cs[make_mixed5.YS].units} == {"department"}
        assert cs[make_mixed5.YS].requirements[0].parts[1].min_count == 3
