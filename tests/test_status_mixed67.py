"""The 报送情况 of the sixty-seventh, held-out mixed mailbox, end to end.

tests/fixtures/mixed67 (5·15 and two 2077 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed67/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed67"))
import make_mixed67  # noqa: E402


class TestMixed67Status(StatusTests):
    gen = make_mixed67
    # 5·15: 68; 常务会议汇报材料: the six departments the notice names; 双随机: the 32 departments
    cells_per_campaign = {make_mixed67.C515: 68, make_mixed67.HB: 6, make_mixed67.CC: 32}
