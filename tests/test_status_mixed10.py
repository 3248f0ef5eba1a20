"""The 报送情况 of the tenth, held-out mixed mailbox, end to end.

tests/fixtures/mixed10 (5·15 and three summer 2026 campaigns drafted from their notices) written out
as .eml files and imported with the real `collector import`; every cell of every campaign's status
table against tests/fixtures/mixed10/expected_status.yaml (worked out from the hand labels; a cell
not listed there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed10"))
import make_mixed10  # noqa: E402


class TestMixed10Status(StatusTests):
    gen = make_mixed10
    cells_per_campaign = {make_mixed10.C515: 68, make_mixed10.FN: 30, make_mixed10.HZ: 29, make_mixed10.MS: 8}
