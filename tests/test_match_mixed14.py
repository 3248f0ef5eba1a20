"""Routing on a fourteenth, held-out mixed mailbox (tests/fixtures/mixed14).

Three early summer 2027 campaigns drafted by `collector campaign init --from-notice` (a 美丽乡村示范村 推荐申报
owing each town's Word 申报书, one a 村, and its Excel 推荐汇总表, whose deadline a 补充通知 moved from 05-28 to
06-04; a 防汛准备 owing the towns' 防汛责任人回执 (names and phones) by 05-21 and 汛前检查情况报告 by 06-11, and
five departments' 行业防汛应急预案 by 05-31; a 农村供水 monthly report collecting 5月 by 06-10 and 6月 by 07-10)
beside the built-in 5·15 (2023) one; 76 mails labelled by hand, written apart from the routing code. The
bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
from mixed_suite import assert_drafted_as_kept

from collector.campaign import load_campaigns

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed14"))
import make_mixed14  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))


class TestMixed14Routing(RoutingTests):
    gen = make_mixed14
    cases = ["sb", "sb-after-old-deadline", "fx-receipt", "fx-plan", "fx-inspection", "gs-5", "gs-6",
             "reply-extension-notice", "one-mail-per-village", "table-lists-two-sends-one", "over-quota",
             "neighbour-towns-in-application", "late-after-moved-deadline", "resend-after-extension",
             "village-applies-itself", "question", "file-named-for-other-town", "receipt-photo-names-in-body",
             "pinyin-address", "extension-misapplied", "receipt-change-in-body", "circular-to-towns", "draft-for-comment",
             "two-plans-one-department", "generic-passing-two-campaigns", "late-first-period", "cumulative-workbook",
             "stale-file-name", "period-at-month-end", "previous-period-again", "paper-form-photos", "station-for-town",
             "incident-not-monthly", "calendar-invite", "auto-reply"]
    size = (70, 90)

    def test_the_drafter_still_drafts_what_the_clerk_kept(self, tmp_path):
        """As for every mailbox, except that the 推荐 deadline is the 补充通知's (clerk's fix S2): the kept
        file with the notice's own deadline put back is what the drafter drafts; and the 6月 period of
        the 供水 report is the clerk's copy of the drafted 5月 one (fix G3), as the draft's unsettled
        line tells the clerk to make."""
        kept = {c.id: c for c in self.campaigns()}
        assert kept[make_mixed14.SB].requirements[0].due == dt.datetime(2027, 6, 4, 17, 0, tzinfo=SH)
        first, copied = kept[make_mixed14.GS].requirements
        assert (copied.title, copied.hints, copied.parts) == (first.title, first.hints, first.parts)
        for cid, notice in self.gen.NOTICE_FILES.items():
            (tmp_path / cid).mkdir()
            campaign = kept[cid] if cid != make_mixed14.SB else self.before_the_extension(tmp_path / "sb")
            if cid == make_mixed14.GS:
                campaign = dataclasses.replace(campaign, requirements=[first])
            assert_drafted_as_kept(self.gen.CAMPAIGNS_DIR / notice, campaign, tmp_path / cid)

    @staticmethod
    def before_the_extension(where: Path):
        where.mkdir()
        kept = make_mixed14.CAMPAIGN_FILES[0]
        text = kept.read_text(encoding="utf-8")
        assert text.count("due: 2027-06-04 17:00:00+08:00") == 1
        (where / kept.name).write_text(text.replace("due: 2027-06-04 17:00:00+08:00", "due: 2027-05-28 17:00:00+08:00"),
                                       encoding="utf-8")
        shutil.copy(make_mixed14.CAMPAIGNS_DIR / make_mixed14.NOTICE_FILES[make_mixed14.SB], where)
        (campaign,) = load_campaigns([str(where / kept.name)])
        return campaign

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed14.ALL)
        sb, fx, gs = cs[make_mixed14.SB], cs[make_mixed14.FX], cs[make_mixed14.GS]
        owing = {r.id: {u.name for u in c.units if r in c.requirements_for(u)} for c in (fx, gs) for r in c.requirements}
        assert len(sb.units) == 28 and sorted(p.id for p in sb.requirements[0].parts) == ["doc", "table"]
        assert len(fx.units) == 33 and len(owing["reply"]) == 28 and len(owing["inspection"]) == 28
        assert owing["jhbxysjxdf"] == {"县水利局", "县应急局", "县住建局", "县交通局", "县自然资源局"}
        assert sorted(p.id for p in fx.requirements[0].parts) == ["contact", "doc", "names"]
        assert [r.id for r in gs.requirements] == ["yfybb", "yfybb-2"] and len(owing["yfybb-2"]) == 28
