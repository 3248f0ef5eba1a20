"""The 报送情况 of the eighty-first, held-out mixed mailbox, end to end.

tests/fixtures/mixed81 (5·15 and two 2091 campaigns drafted from their notices) written out as .eml files and imported
with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed81/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed81"))
import make_mixed81  # noqa: E402


class TestMixed81Status(StatusTests):
    gen = make_mixed81
    # 5·15: 68; 电动自行车: the 28 乡镇, the 县教育局 and the 县住建局; 国家安全教育日: the six departments
    cells_per_campaign = {make_mixed81.C515: 68, make_mixed81.EBIKE: 30, make_mixed81.SAFE: 6}
