"""The 报送情况 of the sixteenth, held-out mixed mailbox, end to end.

tests/fixtures/mixed16 (5·15 and three winter 2027–28 campaigns drafted from their notices) written out as
.eml files and imported with the real `collector import`; every cell of every campaign's status table
against tests/fixtures/mixed16/expected_status.yaml (worked out from the hand labels; a cell not listed
there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed16"))
import make_mixed16  # noqa: E402


class TestMixed16Status(StatusTests):
    gen = make_mixed16
    cells_per_campaign = {make_mixed16.C515: 68, make_mixed16.KH: 39, make_mixed16.FH: 28, make_mixed16.ZL: 15}

    @pytest.mark.xfail(strict=True, reason="first contact (main 307ac0f): 128 of 150 cells right; 18 考核 cells partial (the 佐证 "
                                           "archive, .zip, .rar or loose files, not taken as the `archive` part: 缺佐证材料), 县应急局 "
                                           "and 县政务服务中心 missing (030, 027 held), 县审计局 partial (026 filed), 和尚房子乡 "
                                           "partial (047's photographed 承诺书 not the PDF part)")
    def test_every_status_cell_is_right(self, status_json, capsys):
        super().test_every_status_cell_is_right(status_json, capsys)

    @pytest.mark.xfail(strict=True, reason="first contact: 026-next-year-target-book (REVIEW) filed under 县审计局's 考核")
    def test_imported_mails_land_under_the_right_campaign_unit_and_requirements(self, archive, messages_json, capsys):
        super().test_imported_mails_land_under_the_right_campaign_unit_and_requirements(archive, messages_json, capsys)
