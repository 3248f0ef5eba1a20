"""The 报送情况 of the sixty-third, held-out mixed mailbox, end to end.

tests/fixtures/mixed63 (5·15 and two 2073 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed63/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed63"))
import make_mixed63  # noqa: E402


class TestMixed63Status(StatusTests):
    gen = make_mixed63
    # 5·15: 68; 防汛抗旱先进 推荐: the 28 乡镇 and seven departments; 热线 核对: the 28 乡镇
    cells_per_campaign = {make_mixed63.C515: 68, make_mixed63.TJ: 35, make_mixed63.HD: 28}
