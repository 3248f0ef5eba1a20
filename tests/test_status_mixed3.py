"""The 报送情况 of the third, held-out mixed mailbox, end to end.

tests/fixtures/mixed3 (5·15 and four 2025 campaigns drafted from their notices) written out as
.eml files and imported with the real `collector import`; every cell of every campaign's status
table against tests/fixtures/mixed3/expected_status.yaml (worked out from the hand labels; a
cell not listed there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed3"))
import make_mixed3  # noqa: E402


class TestMixed3Status(StatusTests):
    gen = make_mixed3
    cells_per_campaign = {make_mixed3.C515: 68, make_mixed3.NB: 67, make_mixed3.SSJ: 16, make_mixed3.DC: 28,
                          make_mixed3.AL: 60}
