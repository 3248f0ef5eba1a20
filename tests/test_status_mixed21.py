"""The 报送情况 of the twenty-first, held-out mixed mailbox, end to end.

tests/fixtures/mixed21 (5·15 and two January 2031 campaigns drafted from their notices) written out as
.eml files and imported with the real `collector import`; every cell of every campaign's status table
against tests/fixtures/mixed21/expected_status.yaml (worked out from the hand labels; a cell not listed
there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed21"))
import make_mixed21  # noqa: E402


class TestMixed21Status(StatusTests):
    gen = make_mixed21
    cells_per_campaign = {make_mixed21.C515: 68, make_mixed21.TJ: 29, make_mixed21.HB: 7}

