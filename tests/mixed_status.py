"""What the two mixed-mailbox status tests share (tests/test_status_mixed*.py): a mailbox
written out as .eml files and imported with the real `collector import`, the 报送情况
cells worked out by hand, and the mails filed where a clerk would not."""

from __future__ import annotations

import json
from email import policy
from email.parser import BytesParser
from pathlib import Path

from click.testing import CliRunner

from collector.campaign import load_campaigns
from collector.cli import cli


def invoke(data_dir: Path, campaign_option: str, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--data-dir", str(data_dir), "--campaign", campaign_option, *args],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def import_mailbox(root: Path, mails, campaign_option: str, as_of: str) -> Path:
    """The mails as .eml files in root/inbox, imported into root/archive as of ``as_of``."""
    inbox = root / "inbox"
    inbox.mkdir()
    for m in mails:
        (inbox / f"{m.name}.eml").write_bytes(m.raw)
    data_dir = root / "archive"
    invoke(data_dir, campaign_option, "import", str(inbox), "--now", as_of)
    return data_dir


def as_json(data_dir: Path, campaign_option: str, command: str) -> list[dict]:
    return json.loads(invoke(data_dir, campaign_option, command, "--json"))


def message_id(raw: bytes) -> str:
    return str(BytesParser(policy=policy.default).parsebytes(raw, headersonly=True)["Message-ID"]).strip()


def expected_cells(campaign_option: str, expected: dict) -> dict[tuple[str, str, str], tuple[str, bool]]:
    """(campaign, unit, requirement) -> (state, late) for every cell of the campaigns:
    those expected_status.yaml lists, every other one 未报送 and late."""
    cells = {}
    for c in load_campaigns(campaign_option.split(",")):
        for unit in c.units:
            for req in c.requirements_for(unit):
                cells[(c.id, unit.name, req.id)] = ("missing", True)
    for cid, reqs in expected["cells"].items():
        for req, units in (reqs or {}).items():
            for unit, value in (units or {}).items():
                key = (cid, unit, req)
                assert key in cells, f"expected_status.yaml names a cell that does not exist: {key}"
                state, _, late = value.partition(" ")
                cells[key] = (state, late == "late")
    return cells


def wrong_cells(want: dict, status_json: list[dict]) -> list[str]:
    got = {(r["campaign"], r["unit"], r["requirement"]): (r["state"], r["late"]) for r in status_json}
    wrong = [f"{key}: expected {want[key]}, got {got.get(key)}" for key in want if got.get(key) != want[key]]
    return wrong + [f"{key}: {got[key]} is not a cell of any campaign" for key in got if key not in want]


def misfiled(mails, messages_json: list[dict]) -> list[str]:
    """Mails filed under a wrong campaign, unit or requirements, or not sent where a person must see them."""
    labels = {message_id(m.raw): m for m in mails}
    bad = []
    for row in messages_json:
        lab = labels[row["message_id"]]
        if row["state"] == "filed" and (row["campaign"], row["unit"]) != (lab.campaign, lab.unit):
            bad.append(f"{lab.name}: expected {lab.campaign} {lab.unit}, filed under {row['campaign']} "
                       f"{row['unit']} — {row['reason']}")
        elif row["state"] == "filed" and sorted(row["requirements"]) != sorted(lab.requirements):
            bad.append(f"{lab.name}: {lab.campaign} {lab.unit} expected {lab.requirements}, filed with "
                       f"{row['requirements']} — {row['reason']}")
        elif lab.unit in ("REVIEW", "IGNORED") and row["state"] != {"REVIEW": "needs_review", "IGNORED": "ignored"}[lab.unit]:
            bad.append(f"{lab.name}: expected {lab.unit}, got {row['state']} {row['unit']} — {row['reason']}")
    return bad
