"""The 报送情况 of the ninth, held-out mixed mailbox, end to end.

tests/fixtures/mixed9 (5·15 and four spring 2026 campaigns drafted from their notices) written out
as .eml files and imported with the real `collector import`; every cell of every campaign's status
table against tests/fixtures/mixed9/expected_status.yaml (worked out from the hand labels; a cell
not listed there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed9"))
import make_mixed9  # noqa: E402


class TestMixed9Status(StatusTests):
    gen = make_mixed9
    cells_per_campaign = {make_mixed9.C515: 68, make_mixed9.CG: 28, make_mixed9.RQ: 32, make_mixed9.RX: 67,
                          make_mixed9.SJ: 6}

    @pytest.mark.xfail(strict=True, reason="194 of 201 cells right: 春耕 药王庙镇 and 新开岭乡 missing (027, 026 reviewed); "
                                           "燃气 应急局 missing (056); 12345 农业农村局 and 乡村振兴局 missing (092, 091); "
                                           "审计 市场局 and 卫健局 missing (111, 112)")
    def test_every_status_cell_is_right(self, status_json, capsys):
        super().test_every_status_cell_is_right(status_json, capsys)

    @pytest.mark.xfail(strict=True, reason="1 mail filed that a person must see: 104-next-period (发改局's April table "
                                           "filed to the March 12345; see tests/fixtures/mixed9/README.md)")
    def test_imported_mails_land_under_the_right_campaign_unit_and_requirements(self, archive, messages_json, capsys):
        super().test_imported_mails_land_under_the_right_campaign_unit_and_requirements(archive, messages_json, capsys)
