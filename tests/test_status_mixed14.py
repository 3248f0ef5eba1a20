"""The 报送情况 of the fourteenth, held-out mixed mailbox, end to end.

tests/fixtures/mixed14 (5·15 and three early summer 2027 campaigns drafted from their notices) written
out as .eml files and imported with the real `collector import`; every cell of every campaign's status
table against tests/fixtures/mixed14/expected_status.yaml (worked out from the hand labels; a cell not
listed there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed14"))
import make_mixed14  # noqa: E402


class TestMixed14Status(StatusTests):
    gen = make_mixed14
    cells_per_campaign = {make_mixed14.C515: 68, make_mixed14.SB: 28, make_mixed14.FX: 61, make_mixed14.GS: 56}

    @pytest.mark.xfail(strict=True, reason="first contact (main bd80ad2): 188 of 213 cells right; 15 推荐 cells missing "
                                           "(the mails held on “美丽乡”), 药王庙镇's and 大屯镇's 回执 missing, 新开岭乡's partial "
                                           "(photos not the 回执), 4 6月 cells missing (held), 西碱厂乡's 5月 missing and "
                                           "和尚房子乡's 5月 partial / 6月 complete (late 5月 tables filed to 6月)")
    def test_every_status_cell_is_right(self, status_json, capsys):
        super().test_every_status_cell_is_right(status_json, capsys)

    @pytest.mark.xfail(strict=True, reason="first contact: 045, 074, 070, 068 filed (REVIEW), 064 and 071 filed to the "
                                           "6月 period")
    def test_imported_mails_land_under_the_right_campaign_unit_and_requirements(self, archive, messages_json, capsys):
        super().test_imported_mails_land_under_the_right_campaign_unit_and_requirements(archive, messages_json, capsys)
