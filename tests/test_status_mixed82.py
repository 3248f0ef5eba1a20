"""The 报送情况 of the eighty-second, held-out mixed mailbox, end to end.

tests/fixtures/mixed82 (5·15 and two 2092 campaigns drafted from their notices) written out as .eml files and imported
with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed82/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed82"))
import make_mixed82  # noqa: E402


class TestMixed82Status(StatusTests):
    gen = make_mixed82
    # 5·15: 68; 民兵整组: the 28 乡镇 and the 八家子经济开发区; 实名制核对: the six pilot units (two 乡镇, four departments)
    cells_per_campaign = {make_mixed82.C515: 68, make_mixed82.MILITIA: 29, make_mixed82.CHECK: 6}
    open_cells = {
        (make_mixed82.MILITIA, "要路沟乡", "militia"): "open since its first run: its 总结 came only in 018, held for a "
                                                     "person (its other file 魏家岭乡's 花名册): the 格 partial (花名册 only)",
    }
