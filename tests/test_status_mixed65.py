"""The 报送情况 of the sixty-fifth, held-out mixed mailbox, end to end.

tests/fixtures/mixed65 (5·15 and two 2075 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed65/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed65"))
import make_mixed65  # noqa: E402


class TestMixed65Status(StatusTests):
    gen = make_mixed65
    # 5·15: 68; 防汛物资: the 28 乡镇; 培训回执: the 32 departments
    cells_per_campaign = {make_mixed65.C515: 68, make_mixed65.FX: 28, make_mixed65.PX: 32}
