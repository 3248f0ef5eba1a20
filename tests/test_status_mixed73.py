"""The 报送情况 of the seventy-third, held-out mixed mailbox, end to end.

tests/fixtures/mixed73 (5·15 and two 2083 campaigns drafted from their notices) written out as .eml files and imported
with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed73/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed73"))
import make_mixed73  # noqa: E402


class TestMixed73Status(StatusTests):
    gen = make_mixed73
    # 5·15: 68; 人防: the 28 乡镇; 科普日: the 28 乡镇, 县教育局, 县科技局
    cells_per_campaign = {make_mixed73.C515: 68, make_mixed73.SIREN: 28, make_mixed73.SCI: 30}
