"""The 报送情况 of the forty-sixth, held-out mixed mailbox, end to end.

tests/fixtures/mixed46 (5·15 and two 2056 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed46/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed46"))
import make_mixed46  # noqa: E402


class TestMixed46Status(StatusTests):
    gen = make_mixed46
    # 5·15: 68; 乡村振兴带头人 推荐: the 28 towns and four county units; 重点项目 月报: eight units, May and June
    cells_per_campaign = {make_mixed46.C515: 68, make_mixed46.TJ: 32, make_mixed46.YB: 16}
