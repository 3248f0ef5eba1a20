"""Accuracy of the matcher on the labelled set (tests/fixtures/labelled).

Mails go through the real parser (collector.parsers.parse_message) and the
matcher in arrival order, with addresses learned as the pipeline learns them.
Bar: no mail filed under a wrong unit; at least 97% of the mails that have a
unit filed under it, the rest in review.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from match_order import match_in_arrival_order
from mixed_suite import built

from collector.campaign import load_campaigns

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "labelled"))
import make_labelled  # noqa: E402


@pytest.fixture(scope="module")
def labelled():
    return built(make_labelled)


@pytest.fixture(scope="module")
def results(tmp_path_factory, labelled):
    return match_in_arrival_order(labelled, load_campaigns(None), tmp_path_factory.mktemp("labelled"))


def _verdict(lab, m) -> str:
    if lab.unit == "IGNORED":
        return "right" if m.state == "ignored" else "wrong"
    if lab.unit == "REVIEW":
        return "right" if m.state == "needs_review" else "wrong"
    if m.state == "filed":
        return "right" if m.unit == lab.unit else "wrong"
    return "review"


def test_labelled_set_is_big_and_covers_every_case(labelled):
    mails = labelled
    assert len(mails) >= 150
    cases = {m.case for m in mails}
    for case in ["official-subject", "short-subject", "typo", "bajiazi", "quoted-notice", "others-mentioned",
                 "not-on-roster", "learned-bare", "forwarded", "signature", "document-text", "correction",
                 "auto-reply", "display-name", "filename", "shared-slot", "both"]:
        assert case in cases
    assert make_labelled.build()[7].raw == mails[7].raw  # deterministic


def test_accuracy_on_labelled_set(results, capsys):
    counts = {"right": 0, "wrong": 0, "review": 0}
    problems = []
    for lab, m in results:
        v = _verdict(lab, m)
        counts[v] += 1
        if v != "right":
            problems.append(f"{v:6} {lab.name}: expected {lab.unit}, got {m.state} {m.unit} — {m.reason}")
    total = len(results)
    with capsys.disabled():  # the figures are the point of this test: always shown
        print(f"\nlabelled set: right {counts['right']} / wrong {counts['wrong']} / review {counts['review']} "
              f"/ total {total} ({counts['right'] / total:.1%} right)")
        print("\n".join(problems))
    assert counts["wrong"] == 0, problems
    assert counts["right"] >= 0.97 * total, problems


def test_requirements_on_filed_mails(results):
    bad = [f"{lab.name}: {lab.requirements} != {m.requirements}" for lab, m in results
           if m.state == "filed" and m.unit == lab.unit and sorted(m.requirements) != sorted(lab.requirements)]
    assert not bad, bad


def test_corrections_are_flagged(results):
    for lab, m in results:
        if m.state == "filed":
            assert m.is_correction == lab.is_correction, lab.name


def test_reasons_are_in_chinese(results):
    for lab, m in results:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in m.reason), lab.name
