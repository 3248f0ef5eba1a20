"""The 报送情况 of the twentieth, held-out mixed mailbox, end to end.

tests/fixtures/mixed20 (5·15 and two spring 2030 campaigns drafted from their notices) written out as
.eml files and imported with the real `collector import`; every cell of every campaign's status table
against tests/fixtures/mixed20/expected_status.yaml (worked out from the hand labels; a cell not listed
there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed20"))
import make_mixed20  # noqa: E402


class TestMixed20Status(StatusTests):
    gen = make_mixed20
    cells_per_campaign = {make_mixed20.C515: 68, make_mixed20.FH: 32, make_mixed20.HY: 35}

    # overrides, not marks on the shared functions (a mark on StatusTests' own would reach every mailbox)
    @pytest.mark.xfail(strict=True, reason=(
        "first contact on main a9376f4: 128 of 135 cells (石佛乡, 黑山科乡 台账; 县林草局, 县自然资源局 报告; 魏家岭乡, "
        "县气象局 回执 missing, 县住建局 回执 partial; README, Results on main)"))
    def test_every_status_cell_is_right(self, status_json, capsys):
        super().test_every_status_cell_is_right(status_json, capsys)

    @pytest.mark.xfail(strict=True, reason="021 owner-lock-file-instead-of-table filed under 要路沟乡's 台账")
    def test_imported_mails_land_under_the_right_campaign_unit_and_requirements(self, archive, messages_json, capsys):
        super().test_imported_mails_land_under_the_right_campaign_unit_and_requirements(archive, messages_json, capsys)
