"""The 报送情况 of the thirty-fourth, held-out mixed mailbox, end to end.

tests/fixtures/mixed34 (5·15 and two 2044 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed34/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed34"))
import make_mixed34  # noqa: E402


class TestMixed34Status(StatusTests):
    gen = make_mixed34
    # 5·15: 68; 干部教育培训学时统计: 32 departments and 7 直属机构; 责任书签订情况: 28 towns and townships
    cells_per_campaign = {make_mixed34.C515: 68, make_mixed34.XS: 39, make_mixed34.QD: 28}
