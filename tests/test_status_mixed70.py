"""The 报送情况 of the seventieth, held-out mixed mailbox, end to end.

tests/fixtures/mixed70 (5·15 and two 2080 campaigns drafted from their notices, one of them a Word file) written out as
.eml files and imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed70/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed70"))
import make_mixed70  # noqa: E402


class TestMixed70Status(StatusTests):
    gen = make_mixed70
    # 5·15: 68; 道路: the 台账 of the 28 乡镇 and 县交通局 (29) + the 报告 of 公安局, 交通局, 教育局 (3); 清洁取暖: the 28 乡镇
    cells_per_campaign = {make_mixed70.C515: 68, make_mixed70.ROAD: 32, make_mixed70.HEAT: 28}
