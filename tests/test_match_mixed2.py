"""Routing on a second, held-out mixed mailbox (tests/fixtures/mixed2; issue 12, part 3).

Four 2024 campaigns drafted by `collector campaign init --from-notice` (a 示范点 申报 in
two stages for the towns, a 网站和新媒体 整改 for six departments of a 附件, a half-year
工作要点 落实情况 for towns and departments, a 培训 报名表) beside the built-in 5·15 one;
144 mails labelled by hand, written after and apart from the routing code. Same bar and
same mechanics as tests/test_match_mixed.py (its helpers are imported): no mail under a
wrong unit or campaign, exact requirements, at least 95% right.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from match_order import (describe, match_in_arrival_order, routing_figures, under_a_wrong_unit_or_campaign, verdict,
                         with_other_requirements)
from mixed_suite import built

from collector.campaign import load_campaigns

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed2"))
import make_mixed2  # noqa: E402

# What main still gets wrong on this set; README.md "Results" says why each label is right. (016 and 105
# were fixed after this set was written: another year's 5·15 summary, one mail for two campaigns.)


def campaigns():
    return load_campaigns(["builtin", *map(str, make_mixed2.CAMPAIGN_FILES)])


@pytest.fixture(scope="module")
def mailbox():
    return built(make_mixed2)


def route(mailbox, data_dir: Path) -> list:
    """(label, match) for every mail in arrival order, addresses learned as the pipeline learns them."""
    return match_in_arrival_order(mailbox, campaigns(), data_dir)


@pytest.fixture(scope="module")
def results(tmp_path_factory, mailbox):
    return route(mailbox, tmp_path_factory.mktemp("mixed2"))


def test_drafted_campaigns_load_beside_the_builtin_one():
    cs = {c.id: c for c in campaigns()}
    assert set(cs) == set(make_mixed2.ALL)
    assert {u.kind for u in cs[make_mixed2.SFD].units} == {"town", "township"}
    assert len(cs[make_mixed2.SFD].units) == 28
    assert [r.id for r in cs[make_mixed2.SFD].requirements] == ["sfdsbb", "photos"]
    assert [u.name for u in cs[make_mixed2.WZJC].units] == ["县教育局", "县卫健局", "县交通局", "县自然资源局", "县市场局",
                                                          "县文旅局"]
    assert {u.kind for u in cs[make_mixed2.GZYD].units} == {"town", "township", "department"}
    assert len(cs[make_mixed2.PX].units) == 60


NOTICES = {make_mixed2.SFD: "2024-04-10-示范点申报通知.txt", make_mixed2.WZJC: "2024-06-03-网站新媒体检查整改通知.txt",
           make_mixed2.GZYD: "2024-06-14-工作要点落实情况通知.txt", make_mixed2.PX: "2024-09-02-政务公开培训报名通知.txt"}


@pytest.mark.parametrize("campaign_id", list(NOTICES))
def test_the_drafter_still_drafts_what_the_clerk_kept(campaign_id, tmp_path):
    """`collector campaign init --from-notice` on each notice gives the campaign kept in
    campaigns/ (same id, units, requirements, deadlines), but for the clerk's fixes of README.md
    (F1-F3: the 示范点 campaign's hints and 申报表 parts)."""
    from click.testing import CliRunner

    from collector.cli import cli

    out = tmp_path / "draft.yaml"
    result = CliRunner().invoke(cli, ["campaign", "init", "--from-notice",
                                      str(make_mixed2.CAMPAIGNS_DIR / NOTICES[campaign_id]), "-o", str(out)])
    assert result.exit_code == 0, result.output
    (drafted,) = load_campaigns([str(out)])
    kept = {c.id: c for c in campaigns()}[campaign_id]
    assert drafted.id == kept.id
    assert [u.name for u in drafted.units] == [u.name for u in kept.units]
    assert [(r.id, r.due, [u.name for u in drafted.units if r in drafted.requirements_for(u)])
            for r in drafted.requirements] == [(r.id, r.due, [u.name for u in kept.units if r in kept.requirements_for(u)])
                                               for r in kept.requirements]


def test_mixed2_set_is_varied_labelled_and_deterministic(mailbox):
    assert 120 <= len(mailbox) <= 160
    per_campaign = {c: sum(1 for m in mailbox if m.campaign == c) for c in make_mixed2.ALL}
    assert min(per_campaign.values()) >= 6, per_campaign  # the 整改 has six units
    cases = {m.case for m in mailbox}
    for case in ["generic-by-window", "reply-notice", "reply-other-campaign", "forwarded", "straggler-months",
                 "515-straggler-months", "unit-in-two-campaigns", "unit-in-form-cell", "something-else", "not-owed",
                 "auto-reply", "typo-unit", "two-campaigns-one-mail", "two-campaigns-equal", "next-year-515", "photos-by-window", "straggler-stage-one", "correction"]:
        assert case in cases, case
    for lab in mailbox:
        assert (lab.campaign is None) == (lab.unit in ("REVIEW", "IGNORED")), lab.name
        assert lab.unit in ("REVIEW", "IGNORED") or lab.requirements, lab.name
    assert make_mixed2.build()[60].raw == mailbox[60].raw


def test_routing_on_mixed2_mailbox(results, capsys):
    counts, problems = routing_figures(results)
    total = len(results)
    with capsys.disabled():
        print(f"\nmixed2 mailbox: right {counts['right']} / wrong {counts['wrong']} / review {counts['review']} "
              f"/ total {total} ({counts['right'] / total:.1%} right)")
        print("\n".join(problems))
    assert counts["wrong"] == 0, problems
    assert counts["right"] == total, problems


def test_no_mail_under_a_wrong_unit_or_campaign(results):
    bad = under_a_wrong_unit_or_campaign(results)
    assert not bad, bad


def test_filed_mails_carry_exactly_their_requirements(results):
    bad = with_other_requirements(results)
    assert not bad, bad


def test_mails_a_person_must_see_are_not_filed(results):
    bad = [describe(lab, m) for lab, m in results if lab.unit in ("REVIEW", "IGNORED") and verdict(lab, m) != "right"]
    assert not bad, bad


def test_another_draw_of_the_same_mailbox(tmp_path, mailbox):
    """Other people, addresses, clients and name forms (another seed), the same labels: nothing filed wrong."""
    other = built(make_mixed2, 7)
    assert [m.raw for m in other[:5]] != [m.raw for m in mailbox[:5]]
    bad = [describe(lab, m) for lab, m in route(other, tmp_path) if verdict(lab, m) == "wrong"]
    assert not bad, bad


def test_corrections_are_flagged(results):
    assert any(lab.is_correction for lab, _ in results)
    bad = [lab.name for lab, m in results if m.state == "filed" and (m.campaign, m.unit) == (lab.campaign, lab.unit)
           and m.is_correction != lab.is_correction]
    assert not bad, bad


def test_review_reasons_are_chinese(results):
    for lab, m in results:
        if m.state == "needs_review":
            assert any("\u4e00" <= ch <= "\u9fff" for ch in m.reason), lab.name
