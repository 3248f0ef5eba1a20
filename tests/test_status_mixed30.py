"""The 报送情况 of the thirtieth, held-out mixed mailbox, end to end.

tests/fixtures/mixed30 (5·15 and two 2040 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed30/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed30"))
import make_mixed30  # noqa: E402


class TestMixed30Status(StatusTests):
    gen = make_mixed30
    # 5·15: 68; 月报: 8 牵头单位 × 2 months; 新媒体自查: 28 towns + 32 departments
    cells_per_campaign = {make_mixed30.C515: 68, make_mixed30.YB: 16, make_mixed30.ZC: 60}
    open_cells = {  # the cells of test_match_mixed30's open mails 023 and 025 (README, After the fixes)
        (make_mixed30.YB, "县民政局", "yb1"): "open since round 20: 023 (both months in one mail) counts for January",
        (make_mixed30.YB, "县民政局", "yb2"): "open since round 20: 023 (both months in one mail) counts for February",
        (make_mixed30.YB, "县教育局", "yb2"): "open since round 20: 025 (files behind 163 超大附件 links) is filed, partial",
    }
    open_mails = {"017-winmail-dat": "open since round 20: the files inside winmail.dat are read and filed",
                  "023-two-months-one-mail": "open since round 20: filed under both months",
                  "025-163-huge-attachment-link": "open since round 20: filed with a note to download the linked files"}
