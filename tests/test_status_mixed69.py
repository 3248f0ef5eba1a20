"""The 报送情况 of the sixty-ninth, held-out mixed mailbox, end to end.

tests/fixtures/mixed69 (5·15 and two 2079 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed69/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed69"))
import make_mixed69  # noqa: E402


class TestMixed69Status(StatusTests):
    gen = make_mixed69
    # 5·15: 68; 总结: the 28 乡镇 and the seven 防指 members; 排查: the eleven units of 附件1
    cells_per_campaign = {make_mixed69.C515: 68, make_mixed69.ZJ: 35, make_mixed69.SHB: 11}
