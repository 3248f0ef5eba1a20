"""The 报送情况 of the hundred-and-second, held-out mixed mailbox, end to end.

tests/fixtures/mixed102 (5·15 and two 2112 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed102/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed102"))
import make_mixed102  # noqa: E402


class TestMixed102Status(StatusTests):
    gen = make_mixed102
    # 5·15: 68; 公积金: seven units (汇总表和审批表); 国防动员: seven units (调查表) and three (防护情况报告)
    cells_per_campaign = {make_mixed102.C515: 68, make_mixed102.GJ: 7, make_mixed102.GD: 10}
    open_cells = {}
