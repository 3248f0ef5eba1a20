"""The 报送情况 of the fifty-first, held-out mixed mailbox, end to end.

tests/fixtures/mixed51 (5·15 and two 2061 campaigns of two offices, drafted from their notices) written out as .eml
files and imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed51/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed51"))
import make_mixed51  # noqa: E402


class TestMixed51Status(StatusTests):
    gen = make_mixed51
    # 5·15: 68; 政策一听就懂 作品: the 28 towns; 借调借用 排查: every unit (the towns, the zone, the departments and the
    # 直属机构)
    cells_per_campaign = {make_mixed51.C515: 68, make_mixed51.ZP: 28, make_mixed51.PC: 68}
    open_cells = {  # README, After the fixes
        (make_mixed51.PC, "县住建局", "pc"): "open since round 51: 044, the body's 无 against the table's one, filed",
        (make_mixed51.PC, "县供销社", "pc"): "open since round 51: a 零报告 sent as a stamped scan with no text layer; the "
                                            "answer field is not read from a scan",
    }
    open_mails = {"044-body-says-none-table-lists-one": "open since round 51: filed, where the label holds it"}
