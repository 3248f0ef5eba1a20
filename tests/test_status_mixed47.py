"""The 报送情况 of the forty-seventh, held-out mixed mailbox, end to end.

tests/fixtures/mixed47 (5·15 and two 2057 campaigns drafted from their notices, the 需求 one's deadline moved by its
补充通知) written out as .eml files and imported with the real `collector import`; every cell of every campaign's status
table against tests/fixtures/mixed47/expected_status.yaml (worked out from the hand labels; a cell not listed there is
未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed47"))
import make_mixed47  # noqa: E402


class TestMixed47Status(StatusTests):
    gen = make_mixed47
    # 5·15: 68; 老旧小区改造申报: the eleven 申报单位 of 附件1; 政务信息化项目需求: 32 departments and 7 直属机构
    cells_per_campaign = {make_mixed47.C515: 68, make_mixed47.LX: 11, make_mixed47.XQ: 39}
