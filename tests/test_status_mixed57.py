"""The 报送情况 of the fifty-seventh, held-out mixed mailbox, end to end.

tests/fixtures/mixed57 (5·15 and two 2067 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed57/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed57"))
import make_mixed57  # noqa: E402


class TestMixed57Status(StatusTests):
    gen = make_mixed57
    # 5·15: 68; 无纸化问卷: every unit (68); 年鉴供稿: the twelve units of 附件1, 初稿 and 定稿 each
    cells_per_campaign = {make_mixed57.C515: 68, make_mixed57.WJ: 68, make_mixed57.NJ: 24}
