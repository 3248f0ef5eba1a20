"""The 报送情况 of the hundred-and-eighth, held-out mixed mailbox, end to end.

tests/fixtures/mixed108 (5·15 and two 2118 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed108/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed108"))
import make_mixed108  # noqa: E402


class TestMixed108Status(StatusTests):
    gen = make_mixed108
    # 5·15: 68; 二次供水: ten units, each in one requirement (zicha four, shuoming six); 拔河: nine units, two requirements
    cells_per_campaign = {make_mixed108.C515: 68, make_mixed108.GS: 10, make_mixed108.BH: 18}
    open_cells = {}
