"""The 报送情况 of the thirty-first, held-out mixed mailbox, end to end.

tests/fixtures/mixed31 (5·15 and two 2041 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed31/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed31"))
import make_mixed31  # noqa: E402


class TestMixed31Status(StatusTests):
    gen = make_mixed31
    # 5·15: 68; 办件量核实: 32 departments; 民生实事意见: 28 towns and townships
    cells_per_campaign = {make_mixed31.C515: 68, make_mixed31.HS: 32, make_mixed31.YJ: 28}
    open_cells = {(make_mixed31.HS, "县商务局", "hs"): (
        "open since round 21: 026, the 市场局's row corrected in the 商务局's table, counts for the 商务局")}
    open_mails = {"026-wrong-units-row": "open since round 21: filed under the 商务局 (the 有误 is on another row)",
                  "038-mail-for-another-office": "open since round 21: held for a person, where the label ignores it"}
