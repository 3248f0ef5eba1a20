"""The 报送情况 of the seventy-sixth, held-out mixed mailbox, end to end.

tests/fixtures/mixed76 (5·15 and two 2086 campaigns drafted from their notices) written out as .eml files and imported
with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed76/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed76"))
import make_mixed76  # noqa: E402


class TestMixed76Status(StatusTests):
    gen = make_mixed76
    # 5·15: 68; 两项补贴: the 28 乡镇, 县民政局, 县财政局; 欠薪: the seven departments
    cells_per_campaign = {make_mixed76.C515: 68, make_mixed76.DIS: 30, make_mixed76.WAGE: 7}
