"""The 报送情况 of the forty-third, held-out mixed mailbox, end to end.

tests/fixtures/mixed43 (5·15 and two 2053 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed43/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed43"))
import make_mixed43  # noqa: E402


class TestMixed43Status(StatusTests):
    gen = make_mixed43
    # 5·15: 68; 精文减会: the 32 departments and the 7 直属机构, two quarters each; 撂荒: the 28 towns and the zone
    cells_per_campaign = {make_mixed43.C515: 68, make_mixed43.JW: 78, make_mixed43.LH: 29}
