"""The 报送情况 of the eighth, held-out mixed mailbox, end to end.

tests/fixtures/mixed8 (5·15 and three winter 2026 campaigns drafted from their notices) written
out as .eml files and imported with the real `collector import`; every cell of every campaign's
status table against tests/fixtures/mixed8/expected_status.yaml (worked out from the hand
labels; a cell not listed there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed8"))
import make_mixed8  # noqa: E402


class TestMixed8Status(StatusTests):
    gen = make_mixed8
    cells_per_campaign = {make_mixed8.C515: 68, make_mixed8.XF: 31, make_mixed8.GZ: 51, make_mixed8.WJ: 68}

    @pytest.mark.xfail(strict=True, reason="214 of 218 cells right: 总结 and 计划 文旅局 missing (067, 087 reviewed); "
                                           "问卷 乡村振兴局 missing (119 reviewed); 问卷 司法局 complete though expected "
                                           "missing (098, 总结 + 问卷 in one mail, filed to the 问卷)")
    def test_every_status_cell_is_right(self, status_json, capsys):
        super().test_every_status_cell_is_right(status_json, capsys)

    @pytest.mark.xfail(strict=True, reason="3 mails filed that a person must see: 041-large-link, 047-info-on-topic, "
                                           "098-two-campaigns-one-mail (see tests/fixtures/mixed8/README.md)")
    def test_imported_mails_land_under_the_right_campaign_unit_and_requirements(self, archive, messages_json, capsys):
        super().test_imported_mails_land_under_the_right_campaign_unit_and_requirements(archive, messages_json, capsys)
