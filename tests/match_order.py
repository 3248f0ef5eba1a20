"""Mails through the real pipeline (store, parse, match, file, index) in arrival order, one run:
addresses learned, and what each unit had sent before each mail, as the pipeline knows them. The
loop every matcher accuracy test shares."""

from __future__ import annotations

from pathlib import Path

from collector import index
from collector.model import RawMail
from collector.pipeline import Context, ingest


def match_in_arrival_order(mails, campaigns, data_dir: Path) -> list:
    """(mail, Match) for each mail (anything with .raw and .received_at), oldest first. A mail
    whose bytes came before gets the first one's Match (the pipeline files it once)."""
    ctx = Context(data_dir=data_dir, db=index.connect(data_dir), campaigns=campaigns, learned={})
    decided: dict[str, object] = {}
    out = []
    for i, mail in enumerate(sorted(mails, key=lambda m: m.received_at)):
        outcome = ingest(ctx, RawMail(raw=mail.raw, received_at=mail.received_at, source="import",
                                      origin=f"mail {i}"))
        decided.setdefault(outcome.sha256, outcome.match)
        out.append((mail, decided[outcome.sha256]))
    ctx.db.close()
    return out


# ----- judging a labelled mixed mailbox (tests/test_match_mixed*.py) -----------------------


def verdict(lab, m) -> str:
    """right / wrong (filed where a clerk would not) / review (sent to a person instead of filed)."""
    if lab.unit == "IGNORED":
        return "right" if m.state == "ignored" else "wrong"
    if lab.unit == "REVIEW":
        return "right" if m.state == "needs_review" else "wrong"
    if m.state == "filed":
        if (m.campaign, m.unit) != (lab.campaign, lab.unit):
            return "wrong"
        return "right" if sorted(m.requirements) == sorted(lab.requirements) else "wrong"
    return "review" if m.state == "needs_review" else "wrong"


def describe(lab, m) -> str:
    want = f"{lab.campaign} {lab.unit} {lab.requirements}" if lab.campaign else lab.unit
    got = f"{m.state} {m.campaign} {m.unit} {m.requirements}"
    return f"{lab.name}: expected {want}, got {got} — {m.reason}" + (f"  [{lab.why}]" if lab.why else "")


def routing_figures(results) -> tuple[dict, list[str]]:
    """Counts of right / wrong / review, and a line for each mail not right."""
    counts = {"right": 0, "wrong": 0, "review": 0}
    problems = []
    for lab, m in results:
        v = verdict(lab, m)
        counts[v] += 1
        if v != "right":
            problems.append(f"{v:6} {describe(lab, m)}")
    return counts, problems


def under_a_wrong_unit_or_campaign(results) -> list[str]:
    return [describe(lab, m) for lab, m in results if lab.campaign and m.state == "filed"
            and (m.campaign, m.unit) != (lab.campaign, lab.unit)]


def with_other_requirements(results) -> list[str]:
    return [describe(lab, m) for lab, m in results if m.state == "filed" and (m.campaign, m.unit) == (
        lab.campaign, lab.unit) and sorted(m.requirements) != sorted(lab.requirements)]
