"""The 报送情况 of the sixth, held-out mixed mailbox, end to end.

tests/fixtures/mixed6 (5·15 and three 2026 campaigns drafted from their notices) written out as
.eml files and imported with the real `collector import`; every cell of every campaign's status
table against tests/fixtures/mixed6/expected_status.yaml (worked out from the hand labels; a
cell not listed there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed6"))
import make_mixed6  # noqa: E402


class TestMixed6Status(StatusTests):
    gen = make_mixed6
    cells_per_campaign = {make_mixed6.C515: 68, make_mixed6.TA: 10, make_mixed6.XF: 36, make_mixed6.PX: 68}
