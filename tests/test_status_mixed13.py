"""The 报送情况 of the thirteenth, held-out mixed mailbox, end to end.

tests/fixtures/mixed13 (5·15 and three spring 2027 campaigns drafted from their notices) written out
as .eml files and imported with the real `collector import`; every cell of every campaign's status
table against tests/fixtures/mixed13/expected_status.yaml (worked out from the hand labels; a cell
not listed there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed13"))
import make_mixed13  # noqa: E402


class TestMixed13Status(StatusTests):
    gen = make_mixed13
    cells_per_campaign = {make_mixed13.C515: 68, make_mixed13.QJ: 36, make_mixed13.MD: 29, make_mixed13.FZ: 39}
