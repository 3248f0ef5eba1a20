"""The 报送情况 of the fiftieth, held-out mixed mailbox, end to end.

tests/fixtures/mixed50 (5·15 and two 2060 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed50/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed50"))
import make_mixed50  # noqa: E402


class TestMixed50Status(StatusTests):
    gen = make_mixed50
    # 5·15: 68; 权责清单调整: the 30 departments (not the two vertical bureaus); 普查两员名单: the 28 towns, the zone and
    # the ten departments of 附件1
    cells_per_campaign = {make_mixed50.C515: 68, make_mixed50.QZ: 30, make_mixed50.RK: 39}
    open_cells = {  # README, After the fixes
        (make_mixed50.QZ, "县司法局", "qz"): "open since round 50: 031, unit only in the OFD's seal, to review",
        (make_mixed50.QZ, "县应急局", "qz"): (
            "open since round 50: the scanned 发文稿纸 named 确认表（签字盖章）.pdf counted as the signed 确认表; the "
            "collector does not read a scan's content to tell one paper from another"),
    }
    open_mails = {"031-unit-only-in-ofd-seal": "open since round 50: to review, no unit",
                  "045-blurry-paper-list-photo": "open since round 50: filed, where the label holds it"}
