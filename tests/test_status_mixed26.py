"""The 报送情况 of the twenty-sixth, held-out mixed mailbox, end to end.

tests/fixtures/mixed26 (5·15 and two spring 2036 campaigns drafted from their notices) written out as
.eml files and imported with the real `collector import`; every cell of every campaign's status table
against tests/fixtures/mixed26/expected_status.yaml (worked out from the hand labels; a cell not listed
there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed26"))
import make_mixed26  # noqa: E402


class TestMixed26Status(StatusTests):
    gen = make_mixed26
    cells_per_campaign = {make_mixed26.C515: 68, make_mixed26.ZRS: 28, make_mixed26.SB: 29}

    # an override, not a mark on the shared function (a mark on StatusTests' own would reach every mailbox)
    @pytest.mark.xfail(strict=True, reason=(
        "open since round 17: 020, the 责任书 as an unsigned Word file where a stamped scan is asked, is filed (partial) "
        "as mixed2's clerk labels that shape, where this set's label holds it for a person (README, After the fixes)"))
    def test_imported_mails_land_under_the_right_campaign_unit_and_requirements(self, archive, messages_json, capsys):
        super().test_imported_mails_land_under_the_right_campaign_unit_and_requirements(archive, messages_json, capsys)
