"""The 报送情况 of the seventy-fourth, held-out mixed mailbox, end to end.

tests/fixtures/mixed74 (5·15 and two 2084 campaigns drafted from their notices) written out as .eml files and imported
with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed74/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed74"))
import make_mixed74  # noqa: E402


class TestMixed74Status(StatusTests):
    gen = make_mixed74
    # 5·15: 68; 困难职工: the 8 departments; 最美家庭: the 28 乡镇
    cells_per_campaign = {make_mixed74.C515: 68, make_mixed74.HARD: 8, make_mixed74.FAM: 28}
