"""Routing on a nineteenth, held-out mixed mailbox (tests/fixtures/mixed19).

Two spring 2029 campaigns drafted by `collector campaign init --from-notice` (a 2029年度基层应急信息员名单 owed by
the 28 towns and the 八家子经济开发区 as one Excel by 03-23, with updates welcome afterwards; a 第41个爱国卫生月
活动总结 (Word) + 2 to 4 photos owed by the 32 县政府部门 and the 7 直属机构 by 04-30) beside the built-in 5·15 (2023)
one; 46 mails labelled by hand, written apart from the routing code.
The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed19"))
import make_mixed19  # noqa: E402


class TestMixed19Routing(RoutingTests):
    gen = make_mixed19
    cases = ["yj", "unit-only-in-signature-image-alt", "inline-forward-chain-three-clients",
             "sent-before-deadline-arrived-after", "list-update-as-notice-asks", "winmail-dat", "list-as-word-table",
             "contact-person-forwards", "yj-late", "one-phone-change-in-body", "aw", "photos-inline-in-html",
             "explains-no-photos", "sub-unit-of-department-sends", "office-housed-in-department", "photos-in-one-pdf",
             "photos-as-wechat-article-link", "aw-late", "auto-reply"]
    size = (40, 55)

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed19.ALL)
        yj, aw = cs[make_mixed19.YJ], cs[make_mixed19.AW]
        assert len(yj.units) == 29 and "八家子经济开发区" in [u.name for u in yj.units]
        assert [r.id for r in yj.requirements] == make_mixed19.YJR
        assert [p.id for p in yj.requirements[0].parts] == ["table"]
        assert len(aw.units) == 39 and {"县档案馆", "县气象局", "县卫健局"} <= {u.name for u in aw.units}
        assert [r.id for r in aw.requirements] == make_mixed19.AWR
        assert sorted(p.id for p in aw.requirements[0].parts) == make_mixed19.AW_ALL

    def test_the_contact_persons_address_files_each_forward_under_its_own_town(self, results):
        mails = [(m.state, m.unit) for lab, m in results if lab.case == "contact-person-forwards"]
        assert mails == [("filed", "娘娘庙乡"), ("filed", "巴什罕乡")]
