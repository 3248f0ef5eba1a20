"""The 报送情况 of the thirty-seventh, held-out mixed mailbox, end to end.

tests/fixtures/mixed37 (5·15 and two 2047 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed37/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed37"))
import make_mixed37  # noqa: E402


class TestMixed37Status(StatusTests):
    gen = make_mixed37
    # 5·15: 68; 行政规范性文件集中清理: ten named departments; 应急避难场所摸底调查: 28 towns and townships and the zone
    cells_per_campaign = {make_mixed37.C515: 68, make_mixed37.QL: 10, make_mixed37.BN: 29}
