"""The 报送情况 of the second, held-out mixed mailbox, end to end.

tests/fixtures/mixed2 (5·15 and four 2024 campaigns drafted from their notices) written out as
.eml files and imported with the real `collector import`; every cell of every campaign's status
table against tests/fixtures/mixed2/expected_status.yaml (worked out from the hand labels; a
cell not listed there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed2"))
import make_mixed2  # noqa: E402


class TestMixed2Status(StatusTests):
    gen = make_mixed2
    cells_per_campaign = {make_mixed2.C515: 68, make_mixed2.SFD: 56, make_mixed2.WZJC: 6, make_mixed2.GZYD: 60,
                          make_mixed2.PX: 60}
