"""The 报送情况 of the fifty-second, held-out mixed mailbox, end to end.

tests/fixtures/mixed52 (5·15 and two 2062 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed52/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed52"))
import make_mixed52  # noqa: E402


class TestMixed52Status(StatusTests):
    gen = make_mixed52
    # 5·15: 68; 宣传月: every unit (68) owes the 方案 and the 总结; 办公用房核查: five institutions and the zone
    cells_per_campaign = {make_mixed52.C515: 68, make_mixed52.XC: 136, make_mixed52.HC: 6}
    open_cells = {  # README, After the fixes
        (make_mixed52.XC, "县交通局", "summary"): "open since round 52: 039, last year's photos, filed",
        (make_mixed52.XC, "县统计局", "summary"): "open since round 52: 027, the sent-folder screenshot taken for a photo",
        (make_mixed52.HC, "县档案馆", "hc"): "open since round 52: 043, the fire-escape plan photo taken for the floor plan",
        (make_mixed52.HC, "县公共资源交易中心", "hc"): "open since round 52: a diagrams.net .svg floor plan is no picture "
                                                     "the part takes",
    }
    open_mails = {"027-disputes-late-mark-with-sent-screenshot": "open since round 52: filed",
                  "031-own-plan-mail-forwarded-to-add-summary": "open since round 52: filed under both",
                  "039-last-years-banner-in-photos": "open since round 52: filed",
                  "043-evacuation-map-photo-for-floor-plan": "open since round 52: filed"}
