"""The 报送情况 of the hundred-and-third, held-out mixed mailbox, end to end.

tests/fixtures/mixed103 (5·15 and two 2113 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed103/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed103"))
import make_mixed103  # noqa: E402


class TestMixed103Status(StatusTests):
    gen = make_mixed103
    # 5·15: 68; 拒收现金: seven units (自查表和照片); 新就业群体: eight units (摸底表) and five (站点建设情况报告)
    cells_per_campaign = {make_mixed103.C515: 68, make_mixed103.RX: 7, make_mixed103.XJ: 13}
    open_cells = {}
