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

import sys
from pathlib import Path

import mixed_status
import pytest
import yaml
from mixed_status import as_json, import_mailbox, misfiled, wrong_cells
from mixed_suite import built

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed"))
import make_mixed  # noqa: E402

EXPECTED = yaml.safe_load((Path(make_mixed.__file__).parent / "expected_status.yaml").read_text(encoding="utf-8"))
CAMPAIGN_OPTION = ",".join(["builtin", *map(str, make_mixed.CAMPAIGN_FILES)])


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    mails = built(make_mixed)
    return import_mailbox(tmp_path_factory.mktemp("mixed-status"), mails, CAMPAIGN_OPTION, EXPECTED["as_of"]), mails


@pytest.fixture(scope="module")
def status_json(archive):
    return as_json(archive[0], CAMPAIGN_OPTION, "status")


@pytest.fixture(scope="module")
def messages_json(archive):
    return as_json(archive[0], CAMPAIGN_OPTION, "messages")


def expected_cells() -> dict[tuple[str, str, str], tuple[str, bool]]:
    return mixed_status.expected_cells(CAMPAIGN_OPTION, EXPECTED)


def test_expected_table_covers_the_five_campaigns():
    cells = expected_cells()
    per_campaign = {}
    for cid, _, _ in cells:
        per_campaign[cid] = per_campaign.get(cid, 0) + 1
    assert per_campaign == {make_mixed.C515: 68, make_mixed.AQSCY: 29, make_mixed.ZICHA: 10, make_mixed.XMT: 28,
                            make_mixed.NIANBAO: 68}


def test_every_status_cell_is_right(status_json, capsys):
    want = expected_cells()
    wrong = wrong_cells(want, status_json)
    with capsys.disabled():
        print(f"\nmixed 报送情况: {len(want) - len(wrong)} of {len(want)} cells right")
        print("\n".join(wrong))
    assert not wrong


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
    bad = misfiled(archive[1], messages_json)
    with capsys.disabled():
        print(f"\nmixed import: {len(bad)} mails misfiled")
        print("\n".join(bad))
    assert not bad
