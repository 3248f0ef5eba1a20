"""The 报送情况 of the forty-first, held-out mixed mailbox, end to end.

tests/fixtures/mixed41 (5·15 and two 2051 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed41/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed41"))
import make_mixed41  # noqa: E402


class TestMixed41Status(StatusTests):
    gen = make_mixed41
    # 5·15: 68; 无障碍: the 7 镇, five departments and 县政务服务中心, two requirements each; 应急广播: the 28 towns
    cells_per_campaign = {make_mixed41.C515: 68, make_mixed41.WZA: 26, make_mixed41.GB: 28}
