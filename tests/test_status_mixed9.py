"""The 报送情况 of the ninth, held-out mixed mailbox, end to end.

tests/fixtures/mixed9 (5·15 and four spring 2026 campaigns drafted from their notices) written out
as .eml files and imported with the real `collector import`; every cell of every campaign's status
table against tests/fixtures/mixed9/expected_status.yaml (worked out from the hand labels; a cell
not listed there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed9"))
import make_mixed9  # noqa: E402


class TestMixed9Status(StatusTests):
    gen = make_mixed9
    cells_per_campaign = {make_mixed9.C515: 68, make_mixed9.CG: 28, make_mixed9.RQ: 32, make_mixed9.RX: 67,
                          make_mixed9.SJ: 6}
