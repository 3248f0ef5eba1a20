"""The 报送情况 of the forty-fifth, held-out mixed mailbox, end to end.

tests/fixtures/mixed45 (5·15 and two 2055 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed45/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed45"))
import make_mixed45  # noqa: E402


class TestMixed45Status(StatusTests):
    gen = make_mixed45
    # 5·15: 68; 三资承诺书: the 21 乡; 问卷调查: the 28 towns and the 32 departments
    cells_per_campaign = {make_mixed45.C515: 68, make_mixed45.CN: 21, make_mixed45.WJ: 60}
