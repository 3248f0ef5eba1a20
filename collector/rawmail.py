"""Reading a few headers straight from raw bytes, without parsing the mail.

Used where a full parse would be wasted or must not be trusted yet: the DKIM
check, receipt times of imported files, the Received chain. Cheap and safe on
hostile input: only the first ``limit`` bytes are searched.
"""

from __future__ import annotations

import re

_HEADER_END = re.compile(rb"\r?\n\r?\n")
DEFAULT_LIMIT = 1024 * 1024


def header_block(raw: bytes, limit: int = DEFAULT_LIMIT) -> bytes:
    """The header section (without the blank line), at most ``limit`` bytes."""
    match = _HEADER_END.search(raw, 0, limit)
    return raw[: match.start()] if match else raw[:limit]


def header_values(header: bytes, name: str) -> list[str]:
    """Every value of header ``name``, top first, unfolded, decoded as UTF-8 (with U+FFFD)."""
    pattern = re.compile(rb"^" + re.escape(name.encode("ascii")) + rb":(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)
    return [" ".join(m.group(1).decode("utf-8", "replace").split()) for m in pattern.finditer(header)]
