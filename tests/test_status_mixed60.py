"""The 报送情况 of the sixtieth, held-out mixed mailbox, end to end.

tests/fixtures/mixed60 (5·15 and two 2070 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed60/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed60"))
import make_mixed60  # noqa: E402


class TestMixed60Status(StatusTests):
    gen = make_mixed60
    # 5·15: 68; 汛前隐患排查: the 28 towns and the five departments, 台账 and 照片 each (66); 培训回执: the towns and the zone
    cells_per_campaign = {make_mixed60.C515: 68, make_mixed60.PC: 66, make_mixed60.PX: 29}
    open_cells = {  # the cells of test_match_mixed60's open mail 041 (README, After the fixes)
        (make_mixed60.PX, "和尚房子乡", "bm"): "open since round 58: 041, the screen photo of the 回执, to review",
    }
    open_mails = {
        "041-receipt-photo-of-phone-screen": "open since round 58: to review (test_match_mixed60)",
    }
