"""The 报送情况 of the fifty-ninth, held-out mixed mailbox, end to end.

tests/fixtures/mixed59 (5·15 and two 2069 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed59/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed59"))
import make_mixed59  # noqa: E402


class TestMixed59Status(StatusTests):
    gen = make_mixed59
    # 5·15: 68; 最美基层干部 推荐: the 28 towns and the eight 县直有关单位 of 附件1; 秋收进度: the 28 towns
    cells_per_campaign = {make_mixed59.C515: 68, make_mixed59.TJ: 36, make_mixed59.QS: 28}
