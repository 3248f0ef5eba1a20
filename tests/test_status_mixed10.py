"""The 报送情况 of the tenth, held-out mixed mailbox, end to end.

tests/fixtures/mixed10 (5·15 and three summer 2026 campaigns drafted from their notices) written out
as .eml files and imported with the real `collector import`; every cell of every campaign's status
table against tests/fixtures/mixed10/expected_status.yaml (worked out from the hand labels; a cell
not listed there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed10"))
import make_mixed10  # noqa: E402


class TestMixed10Status(StatusTests):
    gen = make_mixed10
    cells_per_campaign = {make_mixed10.C515: 68, make_mixed10.FN: 30, make_mixed10.HZ: 29, make_mixed10.MS: 8}

    @pytest.mark.xfail(strict=True, reason="133 of 135 cells right: 河长制 牤牛营子乡 and 新开岭乡 missing (069, 073 "
                                           "reviewed); 水利局's 河长制 cell right only by 085 (the 市河长办 通报) filed to it")
    def test_every_status_cell_is_right(self, status_json, capsys):
        super().test_every_status_cell_is_right(status_json, capsys)

    @pytest.mark.xfail(strict=True, reason="2 mails filed that a person must see: 045-superior-for-subordinate (教育局's "
                                           "transmittal of a school's 台账, reviewed when routed in arrival order, filed on "
                                           "import) and 085-another-level (the 市河长办 通报); see tests/fixtures/mixed10/README.md")
    def test_imported_mails_land_under_the_right_campaign_unit_and_requirements(self, archive, messages_json, capsys):
        super().test_imported_mails_land_under_the_right_campaign_unit_and_requirements(archive, messages_json, capsys)
