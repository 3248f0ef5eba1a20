"""The 报送情况 of the twelfth, held-out mixed mailbox, end to end.

tests/fixtures/mixed12 (5·15 and three winter 2026 campaigns drafted from their notices) written out
as .eml files and imported with the real `collector import`; every cell of every campaign's status
table against tests/fixtures/mixed12/expected_status.yaml (worked out from the hand labels; a cell
not listed there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed12"))
import make_mixed12  # noqa: E402


class TestMixed12Status(StatusTests):
    gen = make_mixed12
    cells_per_campaign = {make_mixed12.C515: 68, make_mixed12.GN: 29, make_mixed12.NM: 8, make_mixed12.ZB: 34}
