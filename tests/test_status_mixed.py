"""The 报送情况 of a mixed mailbox, end to end (issue 12, part 3).

The whole mixed mailbox (tests/fixtures/mixed: 5·15 and four campaigns
written by hand) is written out as .eml files, as a clerk exports them from the
163 mailbox, and imported with `collector import`, the built-in campaign and the
four files loaded. Every cell of every campaign's status table (unit, requirement ->
complete / partial / missing, late) is compared with a table worked out by hand
(tests/fixtures/mixed/expected_status.yaml); every cell not listed there is
未报送 and late.
"""

from __future__ import annotations

import json
import sys
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from collector.cli import cli

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed"))
import make_mixed  # noqa: E402

EXPECTED = yaml.safe_load((Path(make_mixed.__file__).parent / "expected_status.yaml").read_text(encoding="utf-8"))
CAMPAIGN_OPTION = ",".join(["builtin", *map(str, make_mixed.CAMPAIGN_FILES)])


def invoke(data_dir: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--data-dir", str(data_dir), "--campaign", CAMPAIGN_OPTION, *args],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("mixed-status")
    inbox = root / "inbox"
    inbox.mkdir()
    mails = make_mixed.build()
    for m in mails:
        (inbox / f"{m.name}.eml").write_bytes(m.raw)
    data_dir = root / "archive"
    invoke(data_dir, "import", str(inbox), "--now", EXPECTED["as_of"])
    return data_dir, mails


@pytest.fixture(scope="module")
def status_json(archive):
    data_dir, _ = archive
    return json.loads(invoke(data_dir, "status", "--json"))


@pytest.fixture(scope="module")
def messages_json(archive):
    data_dir, _ = archive
    return json.loads(invoke(data_dir, "messages", "--json"))


def message_id(raw: bytes) -> str:
    return str(BytesParser(policy=policy.default).parsebytes(raw, headersonly=True)["Message-ID"]).strip()


def expected_cells() -> dict[tuple[str, str, str], tuple[str, bool]]:
    """(campaign, unit, requirement) -> (state, late) for every cell of the five campaigns."""
    from collector.campaign import load_campaigns

    cells = {}
    for c in load_campaigns(CAMPAIGN_OPTION.split(",")):
        for unit in c.units:
            for req in c.requirements_for(unit):
                cells[(c.id, unit.name, req.id)] = ("missing", True)
    for cid, reqs in EXPECTED["cells"].items():
        for req, units in reqs.items():
            for unit, value in units.items():
                key = (cid, unit, req)
                assert key in cells, f"expected_status.yaml names a cell that does not exist: {key}"
                state, _, late = value.partition(" ")
                cells[key] = (state, late == "late")
    return cells


def test_expected_table_covers_the_five_campaigns():
    cells = expected_cells()
    per_campaign = {}
    for cid, _, _ in cells:
        per_campaign[cid] = per_campaign.get(cid, 0) + 1
    assert per_campaign == {make_mixed.C515: 68, make_mixed.AQSCY: 29, make_mixed.ZICHA: 10, make_mixed.XMT: 28,
                            make_mixed.NIANBAO: 68}


def test_every_status_cell_is_right(status_json, capsys):
    want = expected_cells()
    got = {(r["campaign"], r["unit"], r["requirement"]): (r["state"], r["late"]) for r in status_json}
    wrong = [f"{key}: expected {want[key]}, got {got.get(key)}" for key in want if got.get(key) != want[key]]
    extra = [f"{key}: {got[key]} is not a cell of any campaign" for key in got if key not in want]
    with capsys.disabled():
        print(f"\nmixed 报送情况: {len(want) - len(wrong)} of {len(want)} cells right")
        print("\n".join(wrong + extra))
    assert not wrong and not extra


def test_status_json_rows_name_their_campaign(status_json):
    assert status_json, "no status rows"
    missing = [r for r in status_json if not r.get("campaign")]
    assert not missing, f"{len(missing)} rows without campaign, e.g. {missing[:1]}"
    assert {r["campaign"] for r in status_json} == {make_mixed.C515, make_mixed.AQSCY, make_mixed.ZICHA,
                                                    make_mixed.XMT, make_mixed.NIANBAO}


def test_messages_json_rows_name_their_campaign(archive, messages_json):
    _, mails = archive
    assert len(messages_json) == len(mails)
    assert all("campaign" in r for r in messages_json), "messages --json rows have no campaign field"
    for row in messages_json:
        if row["state"] == "filed":
            assert row["campaign"], row["subject"]


def test_imported_mails_land_under_the_right_campaign_unit_and_requirements(archive, messages_json, capsys):
    """The pipeline (with its open-requirement hints) files nothing under a wrong unit, campaign or
    requirement, and sends to 待审核 what a person must see."""
    _, mails = archive
    labels = {message_id(m.raw): m for m in mails}
    bad = []
    for row in messages_json:
        lab = labels[row["message_id"]]
        campaign = row["campaign"]
        if row["state"] == "filed" and (campaign, row["unit"]) != (lab.campaign, lab.unit):
            bad.append(f"{lab.name}: expected {lab.campaign} {lab.unit}, filed under {campaign} "
                       f"{row['unit']} — {row['reason']}")
        elif row["state"] == "filed" and sorted(row["requirements"]) != sorted(lab.requirements):
            bad.append(f"{lab.name}: {lab.campaign} {lab.unit} expected {lab.requirements}, filed with "
                       f"{row['requirements']} — {row['reason']}")
        elif lab.unit == "REVIEW" and row["state"] != "needs_review":
            bad.append(f"{lab.name}: expected 待审核, got {row['state']} {row['unit']} — {row['reason']}")
    with capsys.disabled():
        print(f"\nmixed import: {len(bad)} mails misfiled")
        print("\n".join(bad))
    assert not bad
