"""The 报送情况 of the forty-second, held-out mixed mailbox, end to end.

tests/fixtures/mixed42 (5·15 and three 2052 campaigns drafted from their notices, one of them closed before the other
two open) written out as .eml files and imported with the real `collector import`; every cell of every campaign's
status table against tests/fixtures/mixed42/expected_status.yaml (worked out from the hand labels; a cell not listed
there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed42"))
import make_mixed42  # noqa: E402


class TestMixed42Status(StatusTests):
    gen = make_mixed42
    # 5·15: 68; 地灾监测员名单: the 28 towns; 应急值守通讯录: every unit; 重点任务认领: the 17 of 附件1
    cells_per_campaign = {make_mixed42.C515: 68, make_mixed42.DZ: 28, make_mixed42.TXL: 68, make_mixed42.RL: 17}
