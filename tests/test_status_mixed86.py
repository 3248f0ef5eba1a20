"""The 报送情况 of the eighty-sixth, held-out mixed mailbox, end to end.

tests/fixtures/mixed86 (5·15 and two 2096 campaigns drafted from their notices) written out as .eml files and imported
with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed86/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed86"))
import make_mixed86  # noqa: E402


class TestMixed86Status(StatusTests):
    gen = make_mixed86
    # 5·15: 68; 林长制: nine units; 非遗资源调查: eight units
    cells_per_campaign = {make_mixed86.C515: 68, make_mixed86.LZ: 9, make_mixed86.FY: 8}
    open_cells = {}
