"""The 报送情况 of the eighteenth, held-out mixed mailbox, end to end.

tests/fixtures/mixed18 (5·15 and two summer 2028 campaigns drafted from their notices) written out as
.eml files and imported with the real `collector import`; every cell of every campaign's status table
against tests/fixtures/mixed18/expected_status.yaml (worked out from the hand labels; a cell not listed
there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed18"))
import make_mixed18  # noqa: E402


class TestMixed18Status(StatusTests):
    gen = make_mixed18
    cells_per_campaign = {make_mixed18.C515: 68, make_mixed18.SZ: 28, make_mixed18.FS: 8}

    # overrides, not marks on the shared functions (a mark on StatusTests' own would reach every mailbox)
    @pytest.mark.xfail(strict=True, reason=(
        "first contact on main a27561e: 97 of 104 cells; 98 after the .xlsm fix (玲珑塔镇, 大屯镇, 王宝营子乡, 贺杖子乡 三资; "
        "县自然资源局, 县应急局 防暑降温; README, Results on main)"))
    def test_every_status_cell_is_right(self, status_json, capsys):
        super().test_every_status_cell_is_right(status_json, capsys)

    @pytest.mark.xfail(strict=True, reason="029 question-with-draft-table filed under 贺杖子乡's 三资")
    def test_imported_mails_land_under_the_right_campaign_unit_and_requirements(self, archive, messages_json, capsys):
        super().test_imported_mails_land_under_the_right_campaign_unit_and_requirements(archive, messages_json, capsys)
