"""The 报送情况 of the seventy-eighth, held-out mixed mailbox, end to end.

tests/fixtures/mixed78 (5·15 and two 2088 campaigns drafted from their notices) written out as .eml files and imported
with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed78/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed78"))
import make_mixed78  # noqa: E402


class TestMixed78Status(StatusTests):
    gen = make_mixed78
    # 5·15: 68; 文物安全: the 28 乡镇 and the 县文旅局; 移风易俗: the 28 乡镇
    cells_per_campaign = {make_mixed78.C515: 68, make_mixed78.RELIC: 29, make_mixed78.CUSTOM: 28}
