"""The 报送情况 of the hundred-and-fifth, held-out mixed mailbox, end to end.

tests/fixtures/mixed105 (5·15 and two 2115 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed105/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed105"))
import make_mixed105  # noqa: E402


class TestMixed105Status(StatusTests):
    gen = make_mixed105
    # 5·15: 68; 妇儿: five towns (xiangzhen) and three departments (bumen), one table each; 节水: seven units
    cells_per_campaign = {make_mixed105.C515: 68, make_mixed105.FE: 8, make_mixed105.JS: 7}
    open_cells = {}
