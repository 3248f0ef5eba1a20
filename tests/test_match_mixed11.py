"""Routing on an eleventh, held-out mixed mailbox (tests/fixtures/mixed11).

Three autumn 2026 campaigns drafted by `collector campaign init --from-notice` (a 第四季度 政府网站和政务新媒体
自查表 owed by 12 named departments; the first week's 秋季秸秆禁烧 巡查台账 owed by the towns; a 重阳节 敬老慰问
owing a 慰问对象名单 AND at least 2 photos from the towns and 县民政局: three Excel 表 open together) beside
the built-in 5·15 (2023) one; 91 mails labelled by hand, written apart from the routing code. The bar of
tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from click.testing import CliRunner
from mixed_mailbox_tests import RoutingTests

from collector.campaign import load_campaigns
from collector.cli import cli

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed11"))
import make_mixed11  # noqa: E402


class TestMixed11Routing(RoutingTests):
    gen = make_mixed11
    cases = ["jh", "cy", "wz", "default-file-name", "generic-two-owed", "unit-in-sheet-name", "reply-other-campaign",
             "zero-fires", "phone-signature", "new-name", "straggler-other-open", "straggler-none-open", "correction",
             "learned-bare", "forwarded", "duplicate", "zipped-table", "next-period", "photos-not-asked", "village-only",
             "not-owed", "summary-of-all-units", "split", "photos-with-story", "one-photo", "reply-notice",
             "photos-zipped", "unit-for-unit", "english-subject", "full-name", "unit-in-table-cell", "another-matter",
             "question", "recall", "scan-and-excel", "statement-only", "superior-for-subordinate", "no-campaign",
             "auto-reply", "bounce"]
    size = (85, 100)

    def test_the_drafter_still_drafts_what_the_clerk_kept(self, tmp_path):
        """As the shared test, except that the clerk removed the 禁烧 draft's weekly requirement (README, J2):
        the kept campaign has the draft's deadlines less that one."""
        kept = {c.id: c for c in self.campaigns()}
        for cid, notice in self.gen.NOTICE_FILES.items():
            out = tmp_path / f"{cid}.yaml"
            path = self.gen.CAMPAIGNS_DIR / notice
            result = CliRunner().invoke(cli, ["campaign", "init", "--from-notice", str(path), "-o", str(out)])
            assert result.exit_code == 0, result.output
            kept_draft = path.parent / "drafts" / f"{path.stem}.draft.yaml"
            assert yaml.safe_load(out.read_text(encoding="utf-8")) == yaml.safe_load(kept_draft.read_text(encoding="utf-8"))
            (drafted,) = load_campaigns([str(out)])
            assert drafted.id == cid
            assert [u.name for u in drafted.units] == [u.name for u in kept[cid].units]
            removed = self.gen.REMOVED_BY_CLERK.get(cid, [])
            assert all(any(r.id == gone for r in drafted.requirements) for gone in removed)
            assert [r.due for r in drafted.requirements if r.id not in removed] == [r.due for r in kept[cid].requirements]

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed11.ALL)
        wz, jh, cy = cs[make_mixed11.WZ], cs[make_mixed11.JH], cs[make_mixed11.CY]
        assert len(wz.units) == 12 and "县民政局" in {u.name for u in wz.units}
        assert len(jh.units) == 28 and [p.id for p in jh.requirements[0].parts] == ["table"]
        assert len(cy.units) == 29 and "县民政局" in {u.name for u in cy.units}
        assert [(p.id, p.min_count) for p in cy.requirements[0].parts if p.kind == "photo"] == [("photos", 2)]
