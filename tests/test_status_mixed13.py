"""The 报送情况 of the thirteenth, held-out mixed mailbox, end to end.

tests/fixtures/mixed13 (5·15 and three spring 2027 campaigns drafted from their notices) written out
as .eml files and imported with the real `collector import`; every cell of every campaign's status
table against tests/fixtures/mixed13/expected_status.yaml (worked out from the hand labels; a cell
not listed there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed13"))
import make_mixed13  # noqa: E402


class TestMixed13Status(StatusTests):
    gen = make_mixed13
    cells_per_campaign = {make_mixed13.C515: 68, make_mixed13.QJ: 36, make_mixed13.MD: 29, make_mixed13.FZ: 39}

    @pytest.mark.xfail(strict=True, reason="first contact: 老大杖子乡's 方案 cell missing (023-numbered-file-phone held); "
                                           "171 of 172 cells right")
    def test_every_status_cell_is_right(self, status_json, capsys):
        super().test_every_status_cell_is_right(status_json, capsys)

    @pytest.mark.xfail(strict=True, reason="first contact: 049-blank-template filed under 石佛乡's 汇总表, 085-spam held")
    def test_imported_mails_land_under_the_right_campaign_unit_and_requirements(self, archive, messages_json, capsys):
        super().test_imported_mails_land_under_the_right_campaign_unit_and_requirements(archive, messages_json, capsys)
