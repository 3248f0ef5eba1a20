"""The 报送情况 of the thirty-eighth, held-out mixed mailbox, end to end.

tests/fixtures/mixed38 (5·15 and two 2048 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed38/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed38"))
import make_mixed38  # noqa: E402


class TestMixed38Status(StatusTests):
    gen = make_mixed38
    # 5·15: 68; 矛盾纠纷排查化解: the 28 towns and townships; 一季度安全生产: the 28 and the 32 departments
    cells_per_campaign = {make_mixed38.C515: 68, make_mixed38.MD: 28, make_mixed38.AQ: 60}
    open_cells = {  # README, After the fixes
        (make_mixed38.AQ, "要路沟乡", "aq"): (
            "open since round 38: 035's stamped scan is the 矛盾纠纷 report, which only its pixels say (no text "
            "layer; OCR runs only for a mail whose unit nothing else names); a text-less scan counts as the stamped "
            "PDF asked"),
    }
