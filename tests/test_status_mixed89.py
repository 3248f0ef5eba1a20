"""The 报送情况 of the eighty-ninth, held-out mixed mailbox, end to end.

tests/fixtures/mixed89 (5·15 and two 2099 campaigns drafted from their notices) written out as .eml files and imported
with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed89/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed89"))
import make_mixed89  # noqa: E402


class TestMixed89Status(StatusTests):
    gen = make_mixed89
    # 5·15: 68; 水库移民: eight units; 犬只免疫: eight units × two requirements
    cells_per_campaign = {make_mixed89.C515: 68, make_mixed89.YM: 8, make_mixed89.QZ: 16}
    open_cells = {}
