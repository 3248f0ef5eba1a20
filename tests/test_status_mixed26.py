"""The 报送情况 of the twenty-sixth, held-out mixed mailbox, end to end.

tests/fixtures/mixed26 (5·15 and two spring 2036 campaigns drafted from their notices) written out as
.eml files and imported with the real `collector import`; every cell of every campaign's status table
against tests/fixtures/mixed26/expected_status.yaml (worked out from the hand labels; a cell not listed
there is 未报送 and late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed26"))
import make_mixed26  # noqa: E402


class TestMixed26Status(StatusTests):
    gen = make_mixed26
    cells_per_campaign = {make_mixed26.C515: 68, make_mixed26.ZRS: 28, make_mixed26.SB: 29}
    open_mails = {"020-unsigned-word-before-stamped-scan": (
        "open since round 17: an unsigned Word where a stamped scan is asked is filed (partial), as mixed2's clerk "
        "labels that shape, where this label holds it for a person (README, After the fixes)")}
