"""The 报送情况 of the eighty-seventh, held-out mixed mailbox, end to end.

tests/fixtures/mixed87 (5·15 and two 2097 campaigns drafted from their notices) written out as .eml files and imported
with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed87/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed87"))
import make_mixed87  # noqa: E402


class TestMixed87Status(StatusTests):
    gen = make_mixed87
    # 5·15: 68; 地震宏观观测: nine units; 志愿服务: eight units
    cells_per_campaign = {make_mixed87.C515: 68, make_mixed87.HG: 9, make_mixed87.WM: 8}
    open_cells = {}
