"""The 报送情况 of the eighty-third, held-out mixed mailbox, end to end.

tests/fixtures/mixed83 (5·15 and two 2093 campaigns drafted from their notices) written out as .eml files and imported
with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed83/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed83"))
import make_mixed83  # noqa: E402


class TestMixed83Status(StatusTests):
    gen = make_mixed83
    # 5·15: 68; 综治中心自评: the 28 乡镇 (`selfcheck`) and three departments (`support`); 五四红旗推荐: eight units
    cells_per_campaign = {make_mixed83.C515: 68, make_mixed83.ZZ: 31, make_mixed83.WS: 8}
