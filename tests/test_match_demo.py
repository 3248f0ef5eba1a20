"""Cross-check: the matcher on the demo mailbox (collector/demo/mailbox.py, written by
someone else with its own ground truth) files no mail under a wrong unit."""

from __future__ import annotations

import pytest

from collector import index
from collector.campaign import load_campaigns
from collector.match import learn_address, load_learned, match_mail

demo = pytest.importorskip("collector.demo")
parsers = pytest.importorskip("collector.parsers")


def test_demo_mailbox_is_matched_like_the_clerk_would(tmp_path, capsys):
    campaigns = load_campaigns(None)
    db = index.connect(tmp_path)
    right = wrong = review = 0
    problems = []
    for i, mail in enumerate(demo.generate_demo_mailbox()):
        parsed = parsers.parse_message(mail.raw)
        m = match_mail(parsed, campaigns, load_learned(db), received_at=mail.received_at)
        learn_address(db, parsed, m, f"{i:064x}")
        if m.state == mail.expected_state and (m.state != "filed" or m.unit == mail.unit):
            right += 1
        elif m.state == "filed":
            wrong += 1
            problems.append(f"wrong: {mail.subject} -> {m.unit} ({mail.unit})")
        else:
            review += 1
            problems.append(f"{m.state}: {mail.subject} ({mail.expected_state} {mail.unit}) {m.reason}")
    total = right + wrong + review
    with capsys.disabled():
        print(f"\ndemo mailbox: right {right} / wrong {wrong} / review {review} / total {total}")
    assert wrong == 0, problems
    assert right >= 0.97 * total, problems
