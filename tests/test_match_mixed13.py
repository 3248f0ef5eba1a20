"""Routing on a thirteenth, held-out mixed mailbox (tests/fixtures/mixed13).

Three spring 2027 campaigns drafted by `collector campaign init --from-notice` (a 春季村庄清洁行动 owing a
Word 实施方案 from the 28 towns by 03-05 and a Word 总结 + ≥4 photos from 8 重点乡镇 by 03-31; a 留守老年人
和困境儿童 摸底 owing an Excel 汇总表 from the towns and a Word 分析报告 from 县民政局; a 2026年度法治政府建设
情况报告, Word + stamped PDF, from 县直各单位) beside the built-in 5·15 (2023) one; 85 mails labelled by
hand, written apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every mail right in
both draws, exact requirements.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed13"))
import make_mixed13  # noqa: E402


class TestMixed13Routing(RoutingTests):
    gen = make_mixed13
    cases = ["qj-plan", "qj-summary", "md", "md-report", "fz", "reply-all-notice", "numbered-file-phone", "correction",
             "straggler-other-open", "video-for-photos", "photos-inside-word", "photos-first", "summary-late-phone",
             "requirement-not-owed", "two-campaigns-named", "village-sheets-zipped", "blank-template", "learned-bare",
             "town-with-school-list", "village-sheets-only", "question", "word-now-stamped-later", "stamp-page-photo",
             "zip-only", "last-year-then-this", "forwarded", "official-name", "generic-two-reports-owed",
             "passing-other-campaign", "not-owed", "town-not-county-unit", "auto-reply", "spam"]
    size = (70, 90)




    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed13.ALL)
        qj, md, fz = cs[make_mixed13.QJ], cs[make_mixed13.MD], cs[make_mixed13.FZ]
        owing = {r.id: {u.name for u in c.units if r in c.requirements_for(u)} for c in (qj, md) for r in c.requirements}
        assert len(qj.units) == 28 and len(owing["plan"]) == 28
        assert "石佛乡" in owing["summary"] and len(owing["summary"]) == 8
        assert sorted(p.id for p in qj.requirements[1].parts) == ["doc", "photos"]
        assert len(md.units) == 29 and len(owing["hzb"]) == 28 and owing["qxmdqkfxbg"] == {"县民政局"}
        assert len(fz.units) == 39 and "喇嘛洞镇" not in {u.name for u in fz.units}
        assert sorted(p.id for p in fz.requirements[0].parts) == ["doc", "stamped"]
