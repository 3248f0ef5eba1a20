"""The 报送情况 of the thirty-ninth, held-out mixed mailbox, end to end.

tests/fixtures/mixed39 (5·15 and two 2049 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed39/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed39"))
import make_mixed39  # noqa: E402


class TestMixed39Status(StatusTests):
    gen = make_mixed39
    # 5·15: 68; 县直单位 统计表: the 32 departments and the 7 直属机构; 乡镇 台账: the 28 towns and townships
    cells_per_campaign = {make_mixed39.C515: 68, make_mixed39.TJ: 39, make_mixed39.TZ: 28}
