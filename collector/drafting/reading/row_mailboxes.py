"""A deadline table with a mailbox column after its time column (`报送单位 报送材料 报送时限 接收邮箱`), each row sending to
an address of its own: glued into one run of text by a PDF, each row's address stands right after its date cell, before
the next row's units. The address is its own row's last cell, not the opening of the next row."""

from __future__ import annotations

import re

from ..heading.addresses import EMAIL

def past_a_rows_mailbox(piece: str) -> int:
    """Where the text after a glued row's date cell goes on: past the mailbox cell that ends that row (0 when the text
    does not open with an address)."""
    m = re.match(r"\s*(?:%s)\s*" % EMAIL.pattern, piece)
    return m.end() if m else 0
