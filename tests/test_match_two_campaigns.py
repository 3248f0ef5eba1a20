"""The demo mailbox of both campaigns through the matcher: the 5·15 mails and the
自查整改 mails (collector/demo/selfcheck.py), in one mailbox, with the campaign
a clerk settled from the second notice (tests/fixtures/demo/selfcheck-expected.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from match_order import match_in_arrival_order

from collector.campaign import campaign_from_dict, load_campaign
from collector.demo import generate_demo_mailbox
from collector.demo.selfcheck import CAMPAIGN, selfcheck_mailbox
from collector.roster import builtin_roster

EXPECTED = Path(__file__).parent / "fixtures" / "demo" / "selfcheck-expected.yaml"


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    roster = builtin_roster()
    campaigns = [load_campaign(None, roster=roster),
                 campaign_from_dict(yaml.safe_load(EXPECTED.read_text(encoding="utf-8")), roster=roster)]
    return match_in_arrival_order(generate_demo_mailbox() + selfcheck_mailbox(), campaigns,
                                  tmp_path_factory.mktemp("two"))


def test_every_mail_lands_in_its_campaign_under_its_unit(results):
    wrong = []
    for mail, m in results:
        if m.state != mail.expected_state:
            wrong.append(f"{mail.subject}: expected {mail.expected_state}, got {m.state} — {m.reason}")
        elif m.state == "filed" and (m.campaign, m.unit) != (mail.campaign, mail.unit):
            wrong.append(f"{mail.subject}: expected {mail.campaign}/{mail.unit}, got {m.campaign}/{m.unit}")
    assert not wrong, "\n".join(wrong)


def test_second_campaign_mails_answer_exactly_their_requirements(results):
    second = [(mail, m) for mail, m in results if mail.campaign == CAMPAIGN]
    assert len(second) == 8
    assert all(sorted(m.requirements) == sorted(mail.requirements) for mail, m in second), \
        [(mail.subject, m.requirements) for mail, m in second]


def test_strays_are_explained(results):
    stray = next(m for mail, m in results if mail.unit == "县发改局" and mail.campaign == "")
    assert "无需报送" in stray.reason
    straggler = next(m for mail, m in results if mail.unit == "县卫健局" and mail.received_at.month == 6)
    assert (straggler.campaign, straggler.requirements) == ("jianchang-515-2023", ["summary"])
