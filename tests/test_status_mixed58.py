"""The 报送情况 of the fifty-eighth, held-out mixed mailbox, end to end.

tests/fixtures/mixed58 (5·15 and two 2068 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed58/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed58"))
import make_mixed58  # noqa: E402


class TestMixed58Status(StatusTests):
    gen = make_mixed58
    # 5·15: 68; 月报表: the 28 towns × three months; 专项检查: the fourteen departments of 附件1 × (自查, 整改清单)
    cells_per_campaign = {make_mixed58.C515: 68, make_mixed58.LJ: 84, make_mixed58.ZX: 28}
