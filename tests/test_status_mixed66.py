"""The 报送情况 of the sixty-sixth, held-out mixed mailbox, end to end.

tests/fixtures/mixed66 (5·15 and two 2076 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed66/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed66"))
import make_mixed66  # noqa: E402


class TestMixed66Status(StatusTests):
    gen = make_mixed66
    # 5·15: 68; 政务新媒体: 32 departments' 自查 + the six named departments' 整改; 心得体会: the 28 towns
    cells_per_campaign = {make_mixed66.C515: 68, make_mixed66.XMT: 38, make_mixed66.XD: 28}
