"""The 报送情况 of the sixth, held-out mixed mailbox, end to end.

tests/fixtures/mixed6 (5·15 and three 2026 campaigns drafted from their notices) written out as
.eml files and imported with the real `collector import`; every cell of every campaign's status
table against tests/fixtures/mixed6/expected_status.yaml (worked out from the hand labels; a
cell not listed there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed6"))
import make_mixed6  # noqa: E402

CELL_MISS = "文旅局's 夏季消防安全检查 cell is missing, not complete: 049-short-unit (written 文广旅局) waits in review"
MISFILED = "062-another-kind (巴什罕乡's 森林防火检查情况表, REVIEW by hand label) is filed to the 夏季消防安全检查"


class TestMixed6Status(StatusTests):
    gen = make_mixed6
    cells_per_campaign = {make_mixed6.C515: 68, make_mixed6.TA: 10, make_mixed6.XF: 36, make_mixed6.PX: 68}

    @pytest.mark.xfail(strict=True, reason=CELL_MISS)
    def test_every_status_cell_is_right(self, status_json, capsys):
        super().test_every_status_cell_is_right(status_json, capsys)

    @pytest.mark.xfail(strict=True, reason=MISFILED)
    def test_imported_mails_land_under_the_right_campaign_unit_and_requirements(self, archive, messages_json, capsys):
        super().test_imported_mails_land_under_the_right_campaign_unit_and_requirements(archive, messages_json, capsys)
