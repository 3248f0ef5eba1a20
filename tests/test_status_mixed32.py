"""The 报送情况 of the thirty-second, held-out mixed mailbox, end to end.

tests/fixtures/mixed32 (5·15 and two 2042 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed32/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed32"))
import make_mixed32  # noqa: E402


class TestMixed32Status(StatusTests):
    gen = make_mixed32
    # 5·15: 68; 建议提案办理答复: 10 departments; 公文评查: 28 towns and townships
    cells_per_campaign = {make_mixed32.C515: 68, make_mixed32.DF: 10, make_mixed32.GW: 28}
    open_cells = {(make_mixed32.GW, "牤牛营子乡", "gw"): (
        "open since round 22: 033 sends the three 公文 scanned into one PDF and says so; a part of min_count 3 counts "
        "files, so the cell is partial where the label counts the three 公文 the mail says are in it")}
    open_mails = {"017-winmail-dat": "open since round 22: the files inside winmail.dat are read and filed",
                  "020-large-attachment-link": "open since round 22: filed with a note to download the linked files"}
