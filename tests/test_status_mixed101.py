"""The 报送情况 of the hundred-and-first, held-out mixed mailbox, end to end.

tests/fixtures/mixed101 (5·15 and two 2111 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed101/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed101"))
import make_mixed101  # noqa: E402


class TestMixed101Status(StatusTests):
    gen = make_mixed101
    # 5·15: 68; 公益诉讼: seven units (登记表和情况说明); 电梯: six units twice (台账; 整改情况报告)
    cells_per_campaign = {make_mixed101.C515: 68, make_mixed101.GY: 7, make_mixed101.DT: 12}
    open_cells = {}
