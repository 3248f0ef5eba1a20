"""A part asking a scan, and the typed copy that is not one.

“加盖单位公章的年度报告PDF扫描件” asks the paper printed, stamped and scanned. A unit that saves its Word report as PDF
(`年度报告.pdf`, its words typed text, written by Word or WPS: text_status "typed", parsers/pdf_origin.py) sends the
report again, not the scan: a clerk counts it for no part asking a scan, and the cell waits for the scan. A PDF the
part asks without a scan (`PDF版`), or one a scanner or an 电子印章 system wrote, is read as before.
"""

from __future__ import annotations

import re

from collector.campaign import Part
from collector.parsers.pdf_origin import TYPED

SCAN_ASKED = re.compile(r"扫描")


def asks_a_scan(part: Part) -> bool:
    """A document part whose title asks a scan (盖章PDF扫描件, 签字扫描件)."""
    return part.kind == "document" and bool(SCAN_ASKED.search(part.title))


def a_typed_copy_for_a_scan(a, part: Part) -> bool:
    """``a`` is a PDF a word processor wrote, offered where ``part`` asks a scan."""
    return a.text_status == TYPED and asks_a_scan(part)
