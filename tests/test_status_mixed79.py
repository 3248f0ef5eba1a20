"""The 报送情况 of the seventy-ninth, held-out mixed mailbox, end to end.

tests/fixtures/mixed79 (5·15 and two 2089 campaigns drafted from their notices) written out as .eml files and imported
with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed79/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed79"))
import make_mixed79  # noqa: E402


class TestMixed79Status(StatusTests):
    gen = make_mixed79
    # 5·15: 68; 档案年检: the six departments; 关工委先进个人: the 28 乡镇 and the 县教育局
    cells_per_campaign = {make_mixed79.C515: 68, make_mixed79.ARCH: 6, make_mixed79.HON: 29}
