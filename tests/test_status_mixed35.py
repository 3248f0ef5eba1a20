"""The 报送情况 of the thirty-fifth, held-out mixed mailbox, end to end.

tests/fixtures/mixed35 (5·15 and two 2045 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed35/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed35"))
import make_mixed35  # noqa: E402


class TestMixed35Status(StatusTests):
    gen = make_mixed35
    # 5·15: 68; 食品安全示范县创建: ten named units; 乡级河长巡河记录: 28 towns and townships
    cells_per_campaign = {make_mixed35.C515: 68, make_mixed35.CJ: 10, make_mixed35.XH: 28}
