"""The 报送情况 of the eighty-eighth, held-out mixed mailbox, end to end.

tests/fixtures/mixed88 (5·15 and two 2098 campaigns drafted from their notices) written out as .eml files and imported
with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed88/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed88"))
import make_mixed88  # noqa: E402


class TestMixed88Status(StatusTests):
    gen = make_mixed88
    # 5·15: 68; 高龄津贴: nine units; 公益电影: eight units
    cells_per_campaign = {make_mixed88.C515: 68, make_mixed88.GA: 9, make_mixed88.FY: 8}
    open_cells = {}
