"""The 报送情况 of the hundred-and-sixth, held-out mixed mailbox, end to end.

tests/fixtures/mixed106 (5·15 and two 2116 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed106/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed106"))
import make_mixed106  # noqa: E402


class TestMixed106Status(StatusTests):
    gen = make_mixed106
    # 5·15: 68; 国库: nine units' 年检 (nianjian) and three units' 整改说明 (zhenggai); 版权: eight units
    cells_per_campaign = {make_mixed106.C515: 68, make_mixed106.GK: 12, make_mixed106.BQ: 8}
    open_cells = {}
