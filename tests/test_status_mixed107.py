"""The 报送情况 of the hundred-and-seventh, held-out mixed mailbox, end to end.

tests/fixtures/mixed107 (5·15 and two 2117 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed107/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed107"))
import make_mixed107  # noqa: E402


class TestMixed107Status(StatusTests):
    gen = make_mixed107
    # 5·15: 68; 事业单位年报: six 县直 units (xianzhi) and four 乡镇 (xiangzhen); 公租房复核: ten units
    cells_per_campaign = {make_mixed107.C515: 68, make_mixed107.SY: 10, make_mixed107.GZ: 10}
    open_cells = {}
