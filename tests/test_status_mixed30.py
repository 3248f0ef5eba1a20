"""The 报送情况 of the thirtieth, held-out mixed mailbox, end to end.

tests/fixtures/mixed30 (5·15 and two 2040 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed30/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed30"))
import make_mixed30  # noqa: E402


class TestMixed30Status(StatusTests):
    gen = make_mixed30
    # 5·15: 68; 月报: 8 牵头单位 × 2 months; 新媒体自查: 28 towns + 32 departments
    cells_per_campaign = {make_mixed30.C515: 68, make_mixed30.YB: 16, make_mixed30.ZC: 60}
