"""The 报送情况 of the seventy-second, held-out mixed mailbox, end to end.

tests/fixtures/mixed72 (5·15 and two 2082 campaigns drafted from their notices) written out as .eml files and imported
with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed72/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed72"))
import make_mixed72  # noqa: E402


class TestMixed72Status(StatusTests):
    gen = make_mixed72
    # 5·15: 68; 博爱一日捐: the eight departments; 禁毒宣传月: the 28 乡镇, 县教育局, 县卫健局, 县司法局
    cells_per_campaign = {make_mixed72.C515: 68, make_mixed72.DON: 8, make_mixed72.JD: 31}
