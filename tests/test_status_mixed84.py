"""The 报送情况 of the eighty-fourth, held-out mixed mailbox, end to end.

tests/fixtures/mixed84 (5·15 and two 2094 campaigns drafted from their notices) written out as .eml files and imported
with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed84/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed84"))
import make_mixed84  # noqa: E402


class TestMixed84Status(StatusTests):
    gen = make_mixed84
    # 5·15: 68; 民营企业诉求征集: eleven units; 无烟机关自查: nine units
    cells_per_campaign = {make_mixed84.C515: 68, make_mixed84.MQ: 11, make_mixed84.WY: 9}
