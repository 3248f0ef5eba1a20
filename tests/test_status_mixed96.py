"""The 报送情况 of the ninety-sixth, held-out mixed mailbox, end to end.

tests/fixtures/mixed96 (5·15 and two 2106 campaigns drafted from their notices) written out as .eml files and imported
with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed96/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed96"))
import make_mixed96  # noqa: E402


class TestMixed96Status(StatusTests):
    gen = make_mixed96
    # 5·15: 68; 烤烟: seven units; 计生: eight units × two requirements
    cells_per_campaign = {make_mixed96.C515: 68, make_mixed96.KY: 7, make_mixed96.JS: 16}
    open_cells = {}
