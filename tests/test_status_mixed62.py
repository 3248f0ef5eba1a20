"""The 报送情况 of the sixty-second, held-out mixed mailbox, end to end.

tests/fixtures/mixed62 (5·15 and two 2072 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed62/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed62"))
import make_mixed62  # noqa: E402


class TestMixed62Status(StatusTests):
    gen = make_mixed62
    # 5·15: 68; 工作动态: the 28 towns and townships × 7月, 8月, 9月; 普法短视频: the 32 departments
    cells_per_campaign = {make_mixed62.C515: 68, make_mixed62.DT: 84, make_mixed62.SP: 32}
