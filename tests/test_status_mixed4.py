"""The 报送情况 of the fourth, held-out mixed mailbox, end to end.

tests/fixtures/mixed4 (5·15 and four 2025 campaigns drafted from their notices) written out as
.eml files and imported with the real `collector import`; every cell of every campaign's status
table against tests/fixtures/mixed4/expected_status.yaml (worked out from the hand labels; a
cell not listed there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed4"))
import make_mixed4  # noqa: E402


class TestMixed4Status(StatusTests):
    gen = make_mixed4
    cells_per_campaign = {make_mixed4.C515: 68, make_mixed4.PG: 60, make_mixed4.AQ: 68, make_mixed4.HY: 7,
                          make_mixed4.ZJ: 68}
