"""The 报送情况 of the hundredth, held-out mixed mailbox, end to end.

tests/fixtures/mixed100 (5·15 and two 2110 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed100/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed100"))
import make_mixed100  # noqa: E402


class TestMixed100Status(StatusTests):
    gen = make_mixed100
    # 5·15: 68; 诉源治理: seven units (统计表和总结) + five 乡镇 (推荐表); 两癌筛查: six units
    cells_per_campaign = {make_mixed100.C515: 68, make_mixed100.SY: 12, make_mixed100.LA: 6}
    open_cells = {}
