"""The 报送情况 of the thirty-third, held-out mixed mailbox, end to end.

tests/fixtures/mixed33 (5·15 and two 2043 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed33/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed33"))
import make_mixed33  # noqa: E402


class TestMixed33Status(StatusTests):
    gen = make_mixed33
    # 5·15: 68; 等保自查: 32 departments × 自查 and 整改; 衔接资金公示: 28 towns and townships
    cells_per_campaign = {make_mixed33.C515: 68, make_mixed33.WB: 64, make_mixed33.GS: 28}
    open_mails = {"023-outlook-recall": "open since round 23: the recall request is held for a person, as mixed11 labels it"}
