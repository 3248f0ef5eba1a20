"""The 报送情况 of the fortieth, held-out mixed mailbox, end to end.

tests/fixtures/mixed40 (5·15 and two 2050 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed40/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed40"))
import make_mixed40  # noqa: E402


class TestMixed40Status(StatusTests):
    gen = make_mixed40
    # 5·15: 68; 营商环境总结: the 32 departments and the zone; 红旗窗口 推荐: the eleven units of 附件1
    cells_per_campaign = {make_mixed40.C515: 68, make_mixed40.ZJ: 33, make_mixed40.TJ: 11}
