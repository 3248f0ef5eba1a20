"""The 报送情况 of the ninety-eighth, held-out mixed mailbox, end to end.

tests/fixtures/mixed98 (5·15 and two 2108 campaigns drafted from their notices) written out as .eml files and imported
with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed98/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed98"))
import make_mixed98  # noqa: E402


class TestMixed98Status(StatusTests):
    gen = make_mixed98
    # 5·15: 68; 推普周: seven units; 沼气池: eight units × two requirements
    cells_per_campaign = {make_mixed98.C515: 68, make_mixed98.TP: 7, make_mixed98.ZQ: 16}
    open_cells = {}
