"""The 报送情况 of the twenty-ninth, held-out mixed mailbox, end to end.

tests/fixtures/mixed29 (5·15 and two March 2039 campaigns drafted from their notices) written out as .eml files
and imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed29/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed29"))
import make_mixed29  # noqa: E402


class TestMixed29Status(StatusTests):
    gen = make_mixed29
    # 5·15: 68; 档案移交: 32 departments; 排查: 28 towns + 32 departments
    cells_per_campaign = {make_mixed29.C515: 68, make_mixed29.DA: 32, make_mixed29.PC: 60}
