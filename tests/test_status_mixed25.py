"""The 报送情况 of the twenty-fifth, held-out mixed mailbox, end to end.

tests/fixtures/mixed25 (5·15 and two spring 2035 campaigns drafted from their notices) written out as
.eml files and imported with the real `collector import`; every cell of every campaign's status table
against tests/fixtures/mixed25/expected_status.yaml (worked out from the hand labels; a cell not listed
there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed25"))
import make_mixed25  # noqa: E402


class TestMixed25Status(StatusTests):
    gen = make_mixed25
    cells_per_campaign = {make_mixed25.C515: 68, make_mixed25.SP: 28, make_mixed25.JD: 8}
