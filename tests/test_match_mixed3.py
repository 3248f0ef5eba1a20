"""Routing on a third, held-out mixed mailbox (tests/fixtures/mixed3).

Four 2025 campaigns drafted by `collector campaign init --from-notice` (a 2024年度 年报 for
every unit but the zone, a “双随机、一公开” 自查 and 整改 in two stages for eight departments of a
附件, a 标准目录 调查表 for the towns, a 典型案例 征集 with pictures for towns and departments)
beside the built-in 5·15 (2023) one; 134 mails labelled by hand, written apart from the routing
code. Same bar and same helpers as tests/test_match_mixed2.py: no mail under a wrong unit or
campaign, exact requirements, at least 95% right.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from match_order import (describe, match_in_arrival_order, routing_figures, under_a_wrong_unit_or_campaign, verdict,
                         with_other_requirements)
from mixed_suite import (assert_drafted_as_kept, assert_expected_status_unchanged, assert_labels_well_formed,
                         assert_written_out_with_labels)

from collector.campaign import load_campaigns

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed3"))
import make_mixed3  # noqa: E402



def campaigns():
    return load_campaigns(["builtin", *map(str, make_mixed3.CAMPAIGN_FILES)])


@pytest.fixture(scope="module")
def mailbox():
    return make_mixed3.build()


def route(mailbox, data_dir: Path) -> list:
    """(label, match) for every mail in arrival order, addresses learned as the pipeline learns them."""
    return match_in_arrival_order(mailbox, campaigns(), data_dir)


@pytest.fixture(scope="module")
def results(tmp_path_factory, mailbox):
    return route(mailbox, tmp_path_factory.mktemp("mixed3"))


def test_drafted_campaigns_load_beside_the_builtin_one():
    cs = {c.id: c for c in campaigns()}
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


@pytest.mark.parametrize("campaign_id", list(make_mixed3.NOTICE_FILES))
def test_the_drafter_still_drafts_what_the_clerk_kept(campaign_id, tmp_path):
    """`collector campaign init --from-notice` on each notice gives the campaign kept in
    campaigns/ (same id, units, requirements, deadlines), and the draft kept in campaigns/drafts/
    (the clerk's fixes F1-F4 of README.md are against that draft)."""
    notice = make_mixed3.CAMPAIGNS_DIR / make_mixed3.NOTICE_FILES[campaign_id]
    assert_drafted_as_kept(notice, {c.id: c for c in campaigns()}[campaign_id], tmp_path)


# the cases a held-out mailbox must hold (README.md, The mails)
CASES = ["generic-by-window", "generic-two-owed", "reply-notice", "reply-other-campaign", "forwarded",
         "straggler-months", "straggler-other-open", "straggler-stage-one", "unit-in-two-campaigns",
         "unit-in-form-cell", "unit-in-signature", "typo-unit", "learned-bare", "correction", "another-year",
         "another-office", "two-campaigns-equal", "two-campaigns-one-mail", "two-units", "not-owed",
         "something-else", "no-campaign", "auto-reply", "photos-by-window"]


def test_mixed3_set_is_varied_labelled_and_deterministic(mailbox):
    assert_labels_well_formed(mailbox, make_mixed3.ALL, CASES)
    assert make_mixed3.build()[60].raw == mailbox[60].raw


SCRIPT = "tests/fixtures/mixed3/make_mixed3.py"


def test_expected_status_is_the_one_the_labels_give():
    """The committed expected_status.yaml is what `make_mixed3.py --expected-status` writes from the labels."""
    assert_expected_status_unchanged(SCRIPT, make_mixed3.HERE / "expected_status.yaml")


def test_the_mailbox_is_written_out_with_its_labels(tmp_path, mailbox):
    assert_written_out_with_labels(SCRIPT, tmp_path / "out", mailbox)


def test_routing_on_mixed3_mailbox(results, capsys):
    counts, problems = routing_figures(results)
    total = len(results)
    with capsys.disabled():
        print(f"\nmixed3 mailbox: right {counts['right']} / wrong {counts['wrong']} / review {counts['review']} "
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


def test_another_draw_of_the_same_mailbox(tmp_path, capsys):
    """Other people, addresses, clients and name forms (another seed), the same labels: nothing filed wrong."""
    other = make_mixed3.build(seed=7)
    assert [m.raw for m in other[:5]] != [m.raw for m in make_mixed3.build()[:5]]
    counts, problems = routing_figures(route(other, tmp_path))
    with capsys.disabled():
        print(f"\nmixed3 mailbox, seed 7: right {counts['right']} / wrong {counts['wrong']} / review {counts['review']}")
        print("\n".join(problems))
    assert counts["wrong"] == 0, problems


def test_corrections_are_flagged(results):
    assert any(lab.is_correction for lab, _ in results)
    bad = [lab.name for lab, m in results if m.state == "filed" and (m.campaign, m.unit) == (lab.campaign, lab.unit)
           and m.is_correction != lab.is_correction]
    assert not bad, bad


def test_review_reasons_are_chinese(results):
    for lab, m in results:
        if m.state == "needs_review":
            assert any("\u4e00" <= ch <= "\u9fff" for ch in m.reason), lab.name
