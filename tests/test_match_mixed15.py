"""Routing on a fifteenth, held-out mixed mailbox (tests/fixtures/mixed15).

Three autumn 2027 campaigns drafted by `collector campaign init --from-notice` (a 工业企业亩均效益评价 issued
jointly by 县工信局 and the office, mail to either address, owing each town's Excel 基础数据表 and Word 情况说明 by
09-03 and the 开发区's by 09-17; a 秋收秋种 工作信息 campaign where each town sends several Word pieces until 10-29
17:00, each one filed, the cell counted once; a 2028年 重点工作和民生实事 建议 owing the departments' and 直属机构'
Excel 建议表 and Word 建议说明 by 11-05) beside the built-in 5·15 (2023) one; 73 mails labelled by hand, written
apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact
requirements.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
from mixed_suite import assert_drafted_as_kept, kept_draft_as_drafted


sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed15"))
import make_mixed15  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))


class TestMixed15Routing(RoutingTests):
    gen = make_mixed15
    cases = ["mj", "qs", "jy", "to-co-issuer-cc-office", "co-issuer-forwards", "zone-own-deadline",
             "town-takes-zone-deadline", "zone-named-in-town-table", "pinyin-file-names", "one-file-per-firm",
             "firm-sends-own", "reply-joint-notice", "several-pieces", "party-office", "youth-league-office",
             "discipline-office", "county-league-not-owed", "english-file-names", "info-pasted-in-body",
             "photos-beside-info", "info-off-topic", "info-late", "info-after-17", "subject-as-asked", "none-table-only",
             "ofd-file", "party-committee-office", "discipline-team-not-owed", "forgot-attachment", "last-minutes",
             "co-issuer-own-mail", "auto-reply"]
    size = (70, 90)

    def test_the_drafter_still_drafts_what_the_clerk_kept(self, tmp_path):
        """The drafter drafts the kept draft of every notice; the 建议's kept file is that draft as the shared
        test compares it (id, units, deadlines); the 亩均's and the 信息's differ from their drafts by the
        clerk's fixes M1, Q1 and Q2 (units and deadlines) and by nothing else the comparison sees."""
        kept = {c.id: c for c in self.campaigns()}
        drafted = {}
        for cid, notice in self.gen.NOTICE_FILES.items():
            (tmp_path / cid).mkdir()
            if cid == make_mixed15.JY:
                assert_drafted_as_kept(self.gen.CAMPAIGNS_DIR / notice, kept[cid], tmp_path / cid)
            (tmp_path / cid / "draft").mkdir()
            drafted[cid] = self.draft(self.gen.CAMPAIGNS_DIR / notice, tmp_path / cid / "draft")
        zone, towns = [make_mixed15.ZONE], [u.name for u in kept[make_mixed15.QS].units]
        assert self.owed(drafted[make_mixed15.MJ]) == [(dt.datetime(2027, 9, 3, 17, 0, tzinfo=SH), towns),
                                                       (dt.datetime(2027, 9, 17, 17, 0, tzinfo=SH), towns + zone)]
        assert self.owed(kept[make_mixed15.MJ]) == [(dt.datetime(2027, 9, 3, 17, 0, tzinfo=SH), towns),
                                                    (dt.datetime(2027, 9, 17, 17, 0, tzinfo=SH), zone)]
        assert [r.id for r in drafted[make_mixed15.QS].requirements] == ["info", "info-2"]  # the last piece's date: the same 工作信息 (Q1 removes it)
        assert self.owed(drafted[make_mixed15.QS]) == [(dt.datetime(2027, 10, 29, 23, 59, 59, tzinfo=SH), towns),
                                                       (dt.datetime(2027, 10, 29, 17, 0, tzinfo=SH), towns)]
        assert self.owed(kept[make_mixed15.QS]) == [(dt.datetime(2027, 10, 29, 17, 0, tzinfo=SH), towns)]
        for cid in (make_mixed15.MJ, make_mixed15.QS):
            assert (drafted[cid].id, [u.name for u in drafted[cid].units]) == (kept[cid].id, [u.name for u in kept[cid].units])

    @staticmethod
    def draft(notice: Path, where: Path):
        return kept_draft_as_drafted(notice, where)

    @staticmethod
    def owed(campaign) -> list:
        return [(r.due, [u.name for u in campaign.units if r in campaign.requirements_for(u)]) for r in campaign.requirements]

    def test_corrections_are_flagged(self, results):
        """This mailbox has no correction (a gap of the set, said in its README): no filed mail may be flagged as
        one, in particular none of 建昌镇's second and third 信息 pieces."""
        assert not any(lab.is_correction for lab, _ in results)
        bad = [lab.name for lab, m in results if m.state == "filed" and m.is_correction]
        assert not bad, bad

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed15.ALL)
        mj, qs, jy = cs[make_mixed15.MJ], cs[make_mixed15.QS], cs[make_mixed15.JY]
        owing = {r.id: {u.name for u in c.units if r in c.requirements_for(u)} for c in (mj, qs, jy) for r in c.requirements}
        assert len(mj.units) == 29 and len(owing["gyqymjxypj"]) == 28 and owing["gyqymjxypj-2"] == {make_mixed15.ZONE}
        assert [r.due.day for r in mj.requirements] == [3, 17] and set(mj.mailbox_addresses) == {"jc7710089@163.com",
                                                                                                   make_mixed15.GXJ}
        assert [r.id for r in qs.requirements] == ["info"] and (qs.requirements[0].due.hour, len(qs.units)) == (17, 28)
        assert len(jy.units) == 39 and sorted(p.id for p in jy.requirements[0].parts) == ["doc", "table"]

    def test_several_pieces_each_file_to_the_one_requirement(self, results):
        pieces = [m for lab, m in results if lab.case == "several-pieces"]
        assert len(pieces) == 3
        assert [(m.state, m.unit, list(m.requirements)) for m in pieces] == [("filed", "建昌镇", ["info"])] * 3
