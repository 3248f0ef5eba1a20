"""The 报送情况 of the fifty-sixth, held-out mixed mailbox, end to end.

tests/fixtures/mixed56 (5·15 and two 2066 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed56/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed56"))
import make_mixed56  # noqa: E402


class TestMixed56Status(StatusTests):
    gen = make_mixed56
    # 5·15: 68; 安全生产月: the 28 towns' 统计表 and the 32 departments' 总结; 推进会 回执: 28 towns and six departments
    cells_per_campaign = {make_mixed56.C515: 68, make_mixed56.AQ: 60, make_mixed56.HY: 34}
    open_cells = {  # README, After the fixes
        (make_mixed56.AQ, "汤神庙镇", "statistics"): "open since round 55: 025, the 总结 with photos held",
        (make_mixed56.AQ, "县应急局", "summary"): "open since round 55: 033, the county-wide 总结 held (several units)",
        (make_mixed56.HY, "喇嘛洞镇", "reply"): "open since round 55: 037, forwarded inline by the 政务邮箱, held",
        (make_mixed56.HY, "老大杖子乡", "reply"): "open since round 55: 041, the handwritten 回执 photo held",
    }
