"""Routing on an eighteenth, held-out mixed mailbox (tests/fixtures/mixed18).

Two summer 2028 campaigns drafted by `collector campaign init --from-notice` (a 2028年农村集体“三资”清查 owing
each of the 28 towns a 清查台账 (Excel) and its stamped 清查情况报告 scanned to PDF by 07-20; a 夏季高温天气防暑降温
自查评分表 (Excel) owed by the eight departments the notice names, by 07-10) beside the built-in 5·15 (2023) one;
41 mails labelled by hand, written apart from the routing code.
The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed18"))
import make_mixed18  # noqa: E402

class TestMixed18Routing(RoutingTests):
    gen = make_mixed18
    cases = ["sz", "zero-byte-table", "scanner-sends-the-scan", "personal-extension-claimed",
             "other-campaign-named-not-owed", "file-names-without-extension", "old-thread-reused", "sz-late",
             "stale-signature-other-unit", "resend-after-return", "question-with-draft-table", "fs", "correction",
             "macro-workbook", "signed-form-scanned", "extra-document-beside-table", "thanks-for-the-receipt",
             "unit-not-named-sends", "auto-reply"]
    size = (40, 55)

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed18.ALL)
        sz, fs = cs[make_mixed18.SZ], cs[make_mixed18.FS]
        assert len(sz.units) == 28 and [r.id for r in sz.requirements] == make_mixed18.SZR
        assert sorted(p.id for p in sz.requirements[0].parts) == make_mixed18.SZ_ALL
        assert [u.name for u in fs.units] == ["县住建局", "县交通局", "县水利局", "县自然资源局", "县应急局", "县人社局",
                                              "县卫健局", "县市场局"]
        assert [r.id for r in fs.requirements] == make_mixed18.FSR

    def test_the_scanner_mail_files_the_scan_under_the_town(self, results):
        mails = [(lab.parts, m.state, m.unit, sorted(m.requirements)) for lab, m in results
                 if lab.case == "scanner-sends-the-scan"]
        assert mails == [(["table"], "filed", "喇嘛洞镇", make_mixed18.SZR), (["stamped"], "filed", "喇嘛洞镇", make_mixed18.SZR)]
