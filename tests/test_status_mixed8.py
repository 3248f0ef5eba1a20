"""The 报送情况 of the eighth, held-out mixed mailbox, end to end.

tests/fixtures/mixed8 (5·15 and three winter 2026 campaigns drafted from their notices) written
out as .eml files and imported with the real `collector import`; every cell of every campaign's
status table against tests/fixtures/mixed8/expected_status.yaml (worked out from the hand
labels; a cell not listed there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed8"))
import make_mixed8  # noqa: E402


class TestMixed8Status(StatusTests):
    gen = make_mixed8
    cells_per_campaign = {make_mixed8.C515: 68, make_mixed8.XF: 31, make_mixed8.GZ: 51, make_mixed8.WJ: 68}
