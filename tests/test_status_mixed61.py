"""The 报送情况 of the sixty-first, held-out mixed mailbox, end to end.

tests/fixtures/mixed61 (5·15, the closed December 2070 供水办法 征求意见, the 2070年度行政执法统计年报 and the
重大行政决策程序规定 征求意见, all drafted from their notices) written out as .eml files and imported with the real
`collector import`; every cell of every campaign's status table against tests/fixtures/mixed61/expected_status.yaml
(worked out from the hand labels; a cell not listed there is 未报送 and late). The tests are
tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed61"))
import make_mixed61  # noqa: E402


class TestMixed61Status(StatusTests):
    gen = make_mixed61
    # 5·15: 68; 供水办法: the 28 towns; 年报: the 32 departments; 重大行政决策: every unit's `yj` (68) and the six `fk`
    cells_per_campaign = {make_mixed61.C515: 68, make_mixed61.GS: 28, make_mixed61.NB: 32, make_mixed61.YJ: 74}
