"""The 报送情况 of the fourth, held-out mixed mailbox, end to end.

tests/fixtures/mixed4 (5·15 and four 2025 campaigns drafted from their notices) written
out as .eml files and imported with the real `collector import`; every cell of every
campaign's status table against tests/fixtures/mixed4/expected_status.yaml (worked out
from the hand labels; a cell not listed there is 未报送 and late). Helpers come from
tests/mixed_status.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import mixed_status
import pytest
import yaml
from mixed_status import as_json, import_mailbox, misfiled, wrong_cells

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed4"))
import make_mixed4  # noqa: E402

EXPECTED = yaml.safe_load((Path(make_mixed4.__file__).parent / "expected_status.yaml").read_text(encoding="utf-8"))
CAMPAIGN_OPTION = ",".join(["builtin", *map(str, make_mixed4.CAMPAIGN_FILES)])


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    mails = make_mixed4.build()
    return import_mailbox(tmp_path_factory.mktemp("mixed4-status"), mails, CAMPAIGN_OPTION, EXPECTED["as_of"]), mails


@pytest.fixture(scope="module")
def status_json(archive):
    return as_json(archive[0], CAMPAIGN_OPTION, "status")


@pytest.fixture(scope="module")
def messages_json(archive):
    return as_json(archive[0], CAMPAIGN_OPTION, "messages")


def expected_cells() -> dict[tuple[str, str, str], tuple[str, bool]]:
    return mixed_status.expected_cells(CAMPAIGN_OPTION, EXPECTED)


def test_expected_table_covers_the_five_campaigns():
    per_campaign: dict[str, int] = {}
    for cid, _, _ in expected_cells():
        per_campaign[cid] = per_campaign.get(cid, 0) + 1
    assert per_campaign == {make_mixed4.C515: 68, make_mixed4.PG: 60, make_mixed4.AQ: 68, make_mixed4.HY: 7,
                            make_mixed4.ZJ: 68}


def test_every_status_cell_is_right(status_json, capsys):
    want = expected_cells()
    wrong = wrong_cells(want, status_json)
    with capsys.disabled():
        print(f"\nmixed4 报送情况: {len(want) - len(wrong)} of {len(want)} cells right")
        print("\n".join(wrong))
    assert not wrong


def test_every_row_names_its_campaign(status_json, messages_json, archive):
    assert {r["campaign"] for r in status_json} == set(make_mixed4.ALL)
    assert len(messages_json) == len(archive[1])
    assert all(r["campaign"] for r in messages_json if r["state"] == "filed")


def test_imported_mails_land_under_the_right_campaign_unit_and_requirements(archive, messages_json, capsys):
    bad = misfiled(archive[1], messages_json)
    with capsys.disabled():
        print(f"\nmixed4 import: {len(bad)} mails misfiled")
        print("\n".join(bad))
    assert not bad
