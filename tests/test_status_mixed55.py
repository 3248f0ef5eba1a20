"""The 报送情况 of the fifty-fifth, held-out mixed mailbox, end to end.

tests/fixtures/mixed55 (5·15 and two 2065 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed55/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed55"))
import make_mixed55  # noqa: E402


class TestMixed55Status(StatusTests):
    gen = make_mixed55
    # 5·15: 68; 成果展影像资料: the 28 towns, 县农业农村局 and 县文旅局; 体检名单: the 32 departments and 7 直属机构
    cells_per_campaign = {make_mixed55.C515: 68, make_mixed55.SC: 30, make_mixed55.TJ: 39}
    open_cells = {  # README, After the fixes
        (make_mixed55.TJ, "县教育局", "list"): "open since round 55: 040, before the notice's date, held",
        (make_mixed55.TJ, "县融媒体中心", "list"): "open since round 55: 043, 广播电视台 not on the roster, held",
    }
    open_mails = {"031-fake-netdisk-share-phishing": "open since round 55: held, not ignored"}
