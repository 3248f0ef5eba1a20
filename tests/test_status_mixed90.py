"""The 报送情况 of the ninetieth, held-out mixed mailbox, end to end.

tests/fixtures/mixed90 (5·15 and two 2100 campaigns drafted from their notices) written out as .eml files and imported
with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed90/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed90"))
import make_mixed90  # noqa: E402


class TestMixed90Status(StatusTests):
    gen = make_mixed90
    # 5·15: 68; 门牌: eight units; 储粮仓: eight units × two requirements
    cells_per_campaign = {make_mixed90.C515: 68, make_mixed90.DM: 8, make_mixed90.CL: 16}
    open_cells = {}
