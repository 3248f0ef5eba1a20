"""What every document reader shares: how much of a document is read, and the problem a reader raises (its message
is the Chinese line the mail's reason shows)."""

from __future__ import annotations

MAX_TEXT_CHARS = 200_000
MAX_DOCX_XML_BYTES = 64 * 1024 * 1024


class DocumentProblem(Exception):
    pass
