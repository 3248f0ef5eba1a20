"""The 报送情况 of the fifth, held-out mixed mailbox, end to end.

tests/fixtures/mixed5 (5·15 and four 2026 campaigns drafted from their notices) written out as
.eml files and imported with the real `collector import`; every cell of every campaign's status
table against tests/fixtures/mixed5/expected_status.yaml (worked out from the hand labels; a
cell not listed there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed5"))
import make_mixed5  # noqa: E402

# where the collector on main misses (README.md, Results)
MISFILED = ("097-another-year (牤牛营子乡's 2025年 防汛预案) filed to the 考核自评, 065-another-office (the "
            "市信访局's 台账 notice) to 公安局's 化解情况报告, 128-something-else (发改局's 企业诉求台账) to its "
            "万人进万企: all three REVIEW by hand label")
CELL_MISS = "牤牛营子乡's 考核自评 cell is partial, not missing: 097-another-year (its 2025年 防汛预案) was filed to it"


class TestMixed5Status(StatusTests):
    gen = make_mixed5
    cells_per_campaign = {make_mixed5.C515: 68, make_mixed5.KH: 60, make_mixed5.XF: 16, make_mixed5.FX: 28,
                          make_mixed5.YS: 32}

    @pytest.mark.xfail(strict=True, reason=CELL_MISS)
    def test_every_status_cell_is_right(self, status_json, capsys):
        super().test_every_status_cell_is_right(status_json, capsys)

    @pytest.mark.xfail(strict=True, reason=MISFILED)
    def test_imported_mails_land_under_the_right_campaign_unit_and_requirements(self, archive, messages_json, capsys):
        super().test_imported_mails_land_under_the_right_campaign_unit_and_requirements(archive, messages_json, capsys)
