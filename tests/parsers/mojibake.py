"""A small mojibake detector for decoded subjects, names and display names.

It flags what a wrong decoder leaves behind: U+FFFD, C1 controls, UTF-8 read
as Latin-1/cp1252 ("Ã©", "â€"), UTF-8 read as GBK (the text re-encodes to
valid multi-byte UTF-8), GBK read as Latin-1, 锟斤拷 and friends, and
half-width katakana (GBK read as Shift-JIS).
"""

from __future__ import annotations

import re

_C1 = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_UTF8_AS_LATIN = re.compile(r"[ÃÂÐÑâ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|ï¿½|â€")
_MARKERS = ("锟斤拷", "烫烫烫", "屯屯屯", "\ufffd")
_HALFWIDTH_KATAKANA = re.compile(r"[\uff61-\uff9f]")
_LATIN_RUN = re.compile(r"[\xa1-\xff]{4,}")


def _reencodes_to_utf8(text: str, codec: str) -> bool:
    """True when the non-ASCII text, encoded back with `codec`, is valid
    UTF-8 with multi-byte sequences: it was UTF-8 decoded with `codec`."""
    if text.isascii():
        return False
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        return False
    if data.isascii():
        return False
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return decoded != text


def mojibake_reason(text: str | None) -> str | None:
    if not text:
        return None
    for marker in _MARKERS:
        if marker in text:
            return f"contains {marker!r}"
    if _C1.search(text):
        return "control character (undecoded escape?)"
    if _UTF8_AS_LATIN.search(text):
        return "UTF-8 read as Latin-1/cp1252"
    if _HALFWIDTH_KATAKANA.search(text):
        return "half-width katakana (GBK read as Shift-JIS?)"
    non_ascii = [c for c in text if not c.isascii()]
    if len(non_ascii) >= 2 and _reencodes_to_utf8(text, "gb18030"):
        return "UTF-8 read as GBK"
    if _LATIN_RUN.search(text) and _reencodes_to_gbk(text):
        return "GBK read as Latin-1"
    return None


def _reencodes_to_gbk(text: str) -> bool:
    for run in _LATIN_RUN.findall(text):
        try:
            decoded = run.encode("cp1252" if not any(c in run for c in "\x81\x8d\x8f\x90\x9d") else "latin-1").decode("gb18030")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if all("\u4e00" <= c <= "\u9fff" for c in decoded):
            return True
    return False
