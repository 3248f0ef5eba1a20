"""The 报送情况 of the forty-eighth, held-out mixed mailbox, end to end.

tests/fixtures/mixed48 (5·15 and two 2058 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed48/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed48"))
import make_mixed48  # noqa: E402


class TestMixed48Status(StatusTests):
    gen = make_mixed48
    # 5·15: 68; 网格员信息采集: the 28 towns and the zone; 外网调查: the towns, the 32 departments and the 7 直属机构
    cells_per_campaign = {make_mixed48.C515: 68, make_mixed48.WG: 29, make_mixed48.DC: 67}
    open_mails = {"037-conflicting-second-answer": "open since round 48: filed, where the label holds it"}
