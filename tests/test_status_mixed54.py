"""The 报送情况 of the fifty-fourth, held-out mixed mailbox, end to end.

tests/fixtures/mixed54 (5·15 and two 2064 campaigns drafted from their notices, the first changed by the office's
补充通知: a third material, a later deadline) written out as .eml files and imported with the real `collector import`;
every cell of every campaign's status table against tests/fixtures/mixed54/expected_status.yaml (worked out from the
hand labels; a cell not listed there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed54"))
import make_mixed54  # noqa: E402


class TestMixed54Status(StatusTests):
    gen = make_mixed54
    # 5·15: 68; 涉企行政检查自查: the 28 towns, the zone and the 32 departments; 一事一议: the 28 towns
    cells_per_campaign = {make_mixed54.C515: 68, make_mixed54.JC: 61, make_mixed54.YS: 28}
