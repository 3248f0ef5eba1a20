"""Routing on a mixed mailbox: four campaigns in one 163 mailbox (tests/fixtures/mixed).

The built-in 5·15 campaign and four campaigns written by hand from notices the
project had never seen (an annual report for every unit, a self-check with two
reports for five units, a survey of the towns, a 安全生产月 summary with photos
shaped like 5·15's) are loaded together. Every mail
goes through the real parser and matcher in arrival order, with addresses
learned as the pipeline learns them. Bar (issue 12, part 3): no mail under a
wrong unit or a wrong campaign; every filed mail with exactly the requirements
it answers; at least 95% of the labelled mails filed right, the rest in review.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from match_order import (describe, match_in_arrival_order, routing_figures, under_a_wrong_unit_or_campaign, verdict,
                         with_other_requirements)
from mixed_suite import built

from collector.campaign import load_campaigns

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed"))
import make_mixed  # noqa: E402


def mixed_campaigns():
    return load_campaigns(["builtin", *map(str, make_mixed.CAMPAIGN_FILES)])


@pytest.fixture(scope="module")
def mailbox():
    return built(make_mixed)


def route(mailbox, data_dir: Path) -> list:
    """(label, match) for every mail, in arrival order, addresses learned as the pipeline learns them."""
    return match_in_arrival_order(mailbox, mixed_campaigns(), data_dir)


@pytest.fixture(scope="module")
def results(tmp_path_factory, mailbox):
    return route(mailbox, tmp_path_factory.mktemp("mixed"))


def test_campaign_files_load_beside_the_builtin_one():
    campaigns = {c.id: c for c in mixed_campaigns()}
    assert set(campaigns) == {make_mixed.C515, make_mixed.AQSCY, make_mixed.ZICHA, make_mixed.XMT, make_mixed.NIANBAO}
    assert len(campaigns[make_mixed.AQSCY].units) == 29  # towns, townships and the zone
    assert len(campaigns[make_mixed.NIANBAO].units) == 68  # the whole roster: towns, zone, departments, 直属机构
    assert [u.name for u in campaigns[make_mixed.ZICHA].units] == ["县人社局", "县医保局", "县住建局", "喇嘛洞镇", "杨树湾子乡"]
    assert {u.kind for u in campaigns[make_mixed.XMT].units} == {"town", "township"}
    assert len(campaigns[make_mixed.XMT].units) == 28
    assert [r.id for r in campaigns[make_mixed.ZICHA].requirements] == ["selfcheck", "rectify"]


def test_mixed_set_is_big_varied_and_deterministic(mailbox):
    assert 150 <= len(mailbox) <= 250
    per_campaign = {c: sum(1 for m in mailbox if m.campaign == c) for c in
                    (make_mixed.C515, make_mixed.AQSCY, make_mixed.ZICHA, make_mixed.XMT, make_mixed.NIANBAO)}
    assert min(per_campaign.values()) >= 10, per_campaign
    cases = {m.case for m in mailbox}
    for case in ["generic-by-window", "515-straggler-june", "515-straggler-january", "selfcheck-mentions-rectify",
                 "rectify-mentions-selfcheck", "both-reports", "annual-subject-zwgk", "two-campaigns-equal",
                 "something-else", "not-owed", "forwarded", "reply-other-campaign", "auto-reply", "learned-bare",
                 "unit-in-two-campaigns", "annual-zipped", "survey-landline"]:
        assert case in cases, case
    for lab in mailbox:  # a label names a campaign exactly when it names a unit
        assert (lab.campaign is None) == (lab.unit in ("REVIEW", "IGNORED")), lab.name
    assert make_mixed.build()[40].raw == mailbox[40].raw


def test_routing_on_mixed_mailbox(results, capsys):
    counts, problems = routing_figures(results)
    total = len(results)
    with capsys.disabled():  # the figures are the point of this test: always shown
        print(f"\nmixed mailbox: right {counts['right']} / wrong {counts['wrong']} / review {counts['review']} "
              f"/ total {total} ({counts['right'] / total:.1%} right)")
        print("\n".join(problems))
    assert counts["wrong"] == 0, problems
    assert counts["right"] >= 0.95 * total, problems


def test_no_mail_under_a_wrong_unit_or_campaign(results):
    """Of the mails a clerk files: none under another unit or campaign (those for 待审核: the next test)."""
    bad = under_a_wrong_unit_or_campaign(results)
    assert not bad, bad


def test_filed_mails_carry_exactly_their_requirements(results):
    bad = with_other_requirements(results)
    assert not bad, bad


def test_mails_a_person_must_see_are_not_filed(results):
    bad = [describe(lab, m) for lab, m in results if lab.unit == "REVIEW" and m.state != "needs_review"]
    assert not bad, bad


def test_corrections_are_flagged(results):
    bad = [lab.name for lab, m in results if m.state == "filed" and (m.campaign, m.unit) == (lab.campaign, lab.unit)
           and m.is_correction != lab.is_correction]
    assert not bad, bad


def test_review_reasons_are_chinese(results):
    for lab, m in results:
        if m.state == "needs_review":
            assert any("\u4e00" <= ch <= "\u9fff" for ch in m.reason), lab.name


def test_another_draw_of_the_same_mailbox(tmp_path, mailbox):
    """Other people, clients, name forms and minutes (another seed), the same labels: still 0 misfiled."""
    other = built(make_mixed, 7)
    assert [m.raw for m in other[:5]] != [m.raw for m in mailbox[:5]]
    bad = [describe(lab, m) for lab, m in route(other, tmp_path) if verdict(lab, m) == "wrong"]
    assert not bad, bad
