"""The 报送情况 of the sixty-fourth, held-out mixed mailbox, end to end.

tests/fixtures/mixed64 (5·15 and two 2074 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed64/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed64"))
import make_mixed64  # noqa: E402


class TestMixed64Status(StatusTests):
    gen = make_mixed64
    # 5·15: 68; 年度报告: the 32 departments; 问卷: the 28 乡镇 and the 32 departments
    cells_per_campaign = {make_mixed64.C515: 68, make_mixed64.NB: 32, make_mixed64.WJ: 60}
    open_cells = {  # none: 024 fixed in round 62a, 036 in round 62b (README, After the fixes)
    }
