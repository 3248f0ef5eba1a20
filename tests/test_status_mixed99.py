"""The 报送情况 of the ninety-ninth, held-out mixed mailbox, end to end.

tests/fixtures/mixed99 (5·15 and two 2109 campaigns drafted from their notices) written out as .eml files and imported
with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed99/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed99"))
import make_mixed99  # noqa: E402


class TestMixed99Status(StatusTests):
    gen = make_mixed99
    # 5·15: 68; 病虫害: seven units; 示范评定: eight units × two requirements
    cells_per_campaign = {make_mixed99.C515: 68, make_mixed99.BCH: 7, make_mixed99.SF: 16}
    open_cells = {}
