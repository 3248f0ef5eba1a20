"""The 报送情况 of the fifth, held-out mixed mailbox, end to end.

tests/fixtures/mixed5 (5·15 and four 2026 campaigns drafted from their notices) written out as
.eml files and imported with the real `collector import`; every cell of every campaign's status
table against tests/fixtures/mixed5/expected_status.yaml (worked out from the hand labels; a
cell not listed there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed5"))
import make_mixed5  # noqa: E402


class TestMixed5Status(StatusTests):
    gen = make_mixed5
    cells_per_campaign = {make_mixed5.C515: 68, make_mixed5.KH: 60, make_mixed5.XF: 16, make_mixed5.FX: 28,
                          make_mixed5.YS: 32}
