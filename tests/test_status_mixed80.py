"""The 报送情况 of the eightieth, held-out mixed mailbox, end to end.

tests/fixtures/mixed80 (5·15 and two 2090 campaigns drafted from their notices) written out as .eml files and imported
with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed80/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed80"))
import make_mixed80  # noqa: E402


class TestMixed80Status(StatusTests):
    gen = make_mixed80
    # 5·15: 68; 政务新媒体: the six departments; 健身器材: the 28 乡镇 and the 县住建局
    cells_per_campaign = {make_mixed80.C515: 68, make_mixed80.MEDIA: 6, make_mixed80.FIT: 29}
    open_cells = {
        (make_mixed80.FIT, "石佛乡", "inspection"): "open since its first run: the one 拼图 JPEG (three photos stitched, "
                                                   "1080 × 2430) is counted one photo of the 3 the part wants: partial",
    }
