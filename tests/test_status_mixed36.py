"""The 报送情况 of the thirty-sixth, held-out mixed mailbox, end to end.

tests/fixtures/mixed36 (5·15 and two 2046 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed36/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed36"))
import make_mixed36  # noqa: E402


class TestMixed36Status(StatusTests):
    gen = make_mixed36
    # 5·15: 68; 公共机构能源资源消费统计: ten named units; 耕地保护田长制: 28 towns and townships, two requirements
    cells_per_campaign = {make_mixed36.C515: 68, make_mixed36.JN: 10, make_mixed36.GD: 56}
