"""The 报送情况 of the seventeenth, held-out mixed mailbox, end to end.

tests/fixtures/mixed17 (5·15 and three spring 2028 campaigns drafted from their notices) written out as
.eml files and imported with the real `collector import`; every cell of every campaign's status table
against tests/fixtures/mixed17/expected_status.yaml (worked out from the hand labels; a cell not listed
there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed17"))
import make_mixed17  # noqa: E402


class TestMixed17Status(StatusTests):
    gen = make_mixed17
    cells_per_campaign = {make_mixed17.C515: 68, make_mixed17.QQ: 67, make_mixed17.AQ: 120, make_mixed17.FW: 28}

