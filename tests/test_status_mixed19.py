"""The 报送情况 of the nineteenth, held-out mixed mailbox, end to end.

tests/fixtures/mixed19 (5·15 and two spring 2029 campaigns drafted from their notices) written out as
.eml files and imported with the real `collector import`; every cell of every campaign's status table
against tests/fixtures/mixed19/expected_status.yaml (worked out from the hand labels; a cell not listed
there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed19"))
import make_mixed19  # noqa: E402


class TestMixed19Status(StatusTests):
    gen = make_mixed19
    cells_per_campaign = {make_mixed19.C515: 68, make_mixed19.YJ: 29, make_mixed19.AW: 39}

    # overrides, not marks on the shared functions (a mark on StatusTests' own would reach every mailbox)
    @pytest.mark.xfail(strict=True, reason=(
        "first contact on main 28b0588: 130 of 136 cells (娘娘庙乡 5·15; 药王庙镇, 雷家店乡, 和尚房子乡 名单; 县林草局, "
        "县统计局 爱国卫生月; README, Results on main)"))
    def test_every_status_cell_is_right(self, status_json, capsys):
        super().test_every_status_cell_is_right(status_json, capsys)
