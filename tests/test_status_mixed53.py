"""The 报送情况 of the fifty-third, held-out mixed mailbox, end to end.

tests/fixtures/mixed53 (5·15 and two 2063 campaigns drafted from their notices: a 周报 of four weeks, `w1`..`w4`,
and a 培训 报名 of a 登记表 a person and the unit's 汇总表) written out as .eml files and imported with the real
`collector import`; every cell of every campaign's status table against tests/fixtures/mixed53/expected_status.yaml
(worked out from the hand labels, a mail of several weeks counting for each; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed53"))
import make_mixed53  # noqa: E402


class TestMixed53Status(StatusTests):
    gen = make_mixed53
    # 5·15: 68; 周报: the 28 towns and the zone, four weeks each; 培训: the towns, the departments, the 直属机构
    cells_per_campaign = {make_mixed53.C515: 68, make_mixed53.FN: 116, make_mixed53.PX: 67}
