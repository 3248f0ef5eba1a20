"""Files uuencoded into a mail's text (begin 644 name … end), as Outlook Express, old Foxmail and some
government mail gateways still send them: the stdlib's uu module is gone from Python 3.13, so the blocks are
found here and each line decoded with binascii.a2b_uu."""

from __future__ import annotations

import binascii
import re

BLOCK = re.compile(r"^begin [0-7]{3,4} (?P<name>[^\r\n]+?)[ \t]*\r?\n(?P<lines>.*?)^end[ \t]*\r?$",
                   re.M | re.S)
MAX_UU_BYTES = 256 * 1024 * 1024


def files_in_text(text: str) -> tuple[str, list[tuple[str, bytes]]]:
    """(the text without its uuencoded blocks, [(file name, bytes)]); a block that does not decode stays in the
    text."""
    if "begin " not in text:
        return text, []
    files: list[tuple[str, bytes]] = []

    def take(m: re.Match) -> str:
        data = _decoded(m.group("lines"))
        if data is None:
            return m.group()
        files.append((m.group("name").strip(), data))
        return f"[附件 {m.group('name').strip()}]"

    return BLOCK.sub(take, text), files


def _decoded(lines: str) -> bytes | None:
    out = bytearray()
    for line in lines.splitlines():
        if not line or line in ("`", " "):
            continue
        try:
            chunk = binascii.a2b_uu(line)
        except binascii.Error:
            # a line whose writer padded it otherwise: decode only the bytes its length character announces
            # (the stdlib uu module's own workaround)
            try:
                chunk = binascii.a2b_uu(line[: (((ord(line[0]) - 32) & 63) * 4 + 5) // 3])
            except binascii.Error:
                return None
        out += chunk
        if len(out) > MAX_UU_BYTES:
            return None
    return bytes(out) if out else None
