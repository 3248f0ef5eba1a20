"""The 报送情况 of the eighty-fifth, held-out mixed mailbox, end to end.

tests/fixtures/mixed85 (5·15 and two 2095 campaigns drafted from their notices) written out as .eml files and imported
with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed85/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed85"))
import make_mixed85  # noqa: E402


class TestMixed85Status(StatusTests):
    gen = make_mixed85
    # 5·15: 68; 归侨侨眷调查: ten units; 保密自查: ten units
    cells_per_campaign = {make_mixed85.C515: 68, make_mixed85.QL: 10, make_mixed85.BM: 10}
    open_cells: dict = {}
