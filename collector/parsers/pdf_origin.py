"""How a PDF with a text layer was made: typed in a word processor and saved as PDF, or not.

A clerk asked for a 盖章扫描件 tells the Word file “另存为PDF” (its words typed text, no seal, no signature) from the
paper printed, stamped and scanned (page images, perhaps with an OCR layer). The PDF's own metadata says which program
wrote it: Word, WPS 文字 and LibreOffice Writer put their names in /Producer or /Creator; a scanner, a phone's scanning
app or an 电子印章 system puts its own. Such a PDF gets the text_status "typed" (beside "ok", "scanned", "ocr").
"""

from __future__ import annotations

import re

WORD_PROCESSOR = re.compile(r"Microsoft.{0,3}\s*Word|\bWPS\b|Kingsoft|LibreOffice|OpenOffice|\bWriter\b", re.I)
TYPED = "typed"


def made_by_a_word_processor(reader) -> bool:
    """The PDF's /Producer or /Creator names a word processor (Microsoft® Word 2016, WPS Office, LibreOffice)."""
    try:
        info = reader.metadata or {}
        said = " ".join(_as_text(info.get(key)) for key in ("/Producer", "/Creator"))
    except Exception:  # a damaged info dictionary says nothing of its maker
        return False
    return bool(WORD_PROCESSOR.search(said))


def _as_text(value) -> str:
    """A metadata string; one written as raw UTF-8 bytes (WPS 文字) read as such."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value or "")


def text_status_of_a_pdf(reader) -> str:
    """“typed” for a word processor's PDF, else “ok”: both carry their words as text."""
    return TYPED if made_by_a_word_processor(reader) else "ok"
