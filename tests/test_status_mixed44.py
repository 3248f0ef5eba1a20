"""The 报送情况 of the forty-fourth, held-out mixed mailbox, end to end.

tests/fixtures/mixed44 (5·15 and two 2054 campaigns drafted from their notices) written out as .eml files and
imported with the real `collector import`; every cell of every campaign's status table against
tests/fixtures/mixed44/expected_status.yaml (worked out from the hand labels; a cell not listed there is 未报送 and
late). The tests are tests/mixed_mailbox_tests.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixed_mailbox_tests import StatusTests

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed44"))
import make_mixed44  # noqa: E402


class TestMixed44Status(StatusTests):
    gen = make_mixed44
    # 5·15: 68; 乡镇简志初稿: the 28 towns; 政务邮箱账号核实: every unit
    cells_per_campaign = {make_mixed44.C515: 68, make_mixed44.JZ: 28, make_mixed44.YX: 68}
    open_cells = {
        (make_mixed44.JZ, "贺杖子乡", "jz"): "open since round 44: 042's photos in the last volume of a zip split over two "
                                          "mails, held (volumes are not joined across mails); the cell counts 041's 初稿",
        (make_mixed44.JZ, "牤牛营子乡", "jz"): (
            "open since round 44: the 初稿 and the photos only behind forwarded 163 超大附件 links, which the collector "
            "does not count until the files are in the archive (docs/campaign-format.md); the label counts the "
            "clerk's download, as mixed23's and mixed25's open cells"),
    }
    open_mails = {"042-spanned-zip-over-two-mails": "open since round 44: held, where the label files it"}
