"""The 报送情况 of the seventy-seventh, held-out mixed mailbox, end to end.

tests/fixtures/mixed77 (5·15 and two 2087 campaigns drafted from their notices) written out as .eml files and imported
with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed77/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed77"))
import make_mixed77  # noqa: E402


class TestMixed77Status(StatusTests):
    gen = make_mixed77
    # 5·15: 68; 春防: the 28 乡镇 × 统计表 and 照片, 县市场局 × 休市消毒; 双公示: the eight departments
    cells_per_campaign = {make_mixed77.C515: 68, make_mixed77.EPI: 29, make_mixed77.CRED: 8}
