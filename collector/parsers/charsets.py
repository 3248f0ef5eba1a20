"""Charset labels as real Chinese mail uses them, and forgiving decoding.

The labels gb2312 / gbk / cp936 / x-gbk / euc-cn very often carry GBK or
GB18030 bytes (Foxmail, Outlook zh-CN, old QQ mail), and Python's gb2312
codec is strict and maps A1A4 to U+30FB where GBK means U+00B7 ("5·15").
Like the WHATWG Encoding Standard, all of them are decoded with gb18030.
"""

from __future__ import annotations

import codecs
import contextvars
import re

_GB_LABELS = {
    "gb2312", "gbk", "cp936", "x-gbk", "euc-cn", "x-euc-cn", "gb_2312", "gb_2312-80",
    "csgb2312", "iso-ir-58", "chinese", "ms936", "windows-936", "gb18030", "csgb231280",
    "gb2312-80", "csiso58gb231280", "hz-gb-2312-x",
}
_LATIN_LABELS = {"us-ascii", "ascii", "iso-8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252", "iso8859-1", "iso_8859-1"}
_ALIASES = {
    "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8", "x-unicode20utf8": "utf-8",
    "big5": "big5hkscs", "x-x-big5": "big5hkscs", "cn-big5": "big5hkscs",
    "ks_c_5601-1987": "cp949", "euc-kr": "cp949", "windows-949": "cp949",
    "shift_jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "windows-31j": "cp932",
    "tis-620": "cp874", "iso-8859-11": "cp874",
}
# The charset of the mail's body: raw 8-bit header bytes are most likely in it.
HEADER_CHARSET_HINT: contextvars.ContextVar[str | None] = contextvars.ContextVar("header_charset_hint", default=None)

# Tried, in order, when a label is missing, unknown or wrong.
FALLBACKS = ("utf-8", "gb18030")


def normalize_charset(label: str | None) -> str | None:
    """Map a MIME charset label to a Python codec name, or None if unknown."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = name.split("*", 1)[0]  # RFC 2231 language suffix: utf-8*zh-cn
    if name in _GB_LABELS:
        return "gb18030"
    if name in _LATIN_LABELS:
        return "cp1252" if name not in ("us-ascii", "ascii") else "ascii"
    name = _ALIASES.get(name, name)
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError, UnicodeError, TypeError):  # junk labels: NUL, surrogates
        return None
    return info.name if getattr(info, "_is_text_encoding", True) else None


def _is_latin_family(codec: str | None) -> bool:
    return codec in ("ascii", "cp1252", "latin-1", "iso8859-1")


def decode_bytes(data: bytes, label: str | None = None) -> tuple[str, bool]:
    """Decode with the declared charset (GB labels as gb18030), falling back
    to UTF-8 and GB18030. Returns (text, clean): clean is False when nothing
    decoded strictly and replacement characters were needed."""
    if data.isascii() and b"\x1b" not in data:
        return data.decode("ascii"), True
    codec = normalize_charset(label)
    order: list[str] = []
    if codec == "ascii":
        # us-ascii over 8-bit bytes is a lie: try what Chinese senders use.
        order = ["utf-8", "gb18030", "cp1252"]
    elif codec and _is_latin_family(codec):
        # UTF-8 is self-checking, so it wins over a Latin label; so does GBK that no Latin text looks like.
        order = ["utf-8", "gb18030", "cp1252"] if _gbk_under_a_latin_label(data) else ["utf-8", "cp1252"]
    elif codec:
        order = [codec]
    for fallback in FALLBACKS:
        if fallback not in order:
            order.append(fallback)
    for name in order:
        try:
            return data.decode(name), True
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode(codec or "utf-8", errors="replace"), False


def _gbk_under_a_latin_label(data: bytes) -> bool:
    """Chinese bytes a client labelled iso-8859-1 (Outlook Express set to 西欧): Latin text has its 8-bit letters one
    or two inside words (Formação); these decode strictly as GB18030 and read as Chinese characters and punctuation."""
    if _latin_word_text(data) is not None:
        return False
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return False
    wide = [c for c in text if not c.isascii()]
    chinese = sum("\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef" for c in wide)
    return len(wide) >= 2 and chinese * 10 >= len(wide) * 9


def _utf8_cut_short(data: bytes) -> str | None:
    """UTF-8 that is valid except for a character cut off at the very end
    (a name truncated by the sending client): the text without that tail."""
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError as exc:
        if exc.reason != "unexpected end of data" or exc.start < len(data) - 3:
            return None
        try:
            return data[: exc.start].decode("utf-8")
        except UnicodeDecodeError:
            return None


def _latin_word_text(data: bytes) -> str | None:
    """Raw Latin-1/cp1252 header text ("Formação", "Lütkebohle"): every
    8-bit run is one byte inside a word, or two bytes with letters on both
    sides, and decodes to letters. GBK text almost never looks like this."""
    runs = list(re.finditer(rb"[\x80-\xff]+", data))
    if not runs:
        return None
    for run in runs:
        before = data[run.start() - 1 : run.start()]
        after = data[run.end() : run.end() + 1]
        if len(run.group()) == 1:
            if not (before.isalpha() or after.isalpha()):
                return None
        elif len(run.group()) == 2:
            if not (before.isalpha() and after.isalpha()):
                return None
        else:
            return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return text if all(c.isalpha() for c in text if not c.isascii()) else None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a stray invalid byte or two: keep the valid text."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if not c.isascii() and c != "\ufffd")
    if good >= 3 and bad * 5 <= good:
        return text.replace("\ufffd", "")
    return None


def decode_header_bytes(data: bytes, oem_fallback: bool = False) -> tuple[str, bool]:
    """Raw 8-bit header bytes: UTF-8; the mail's own body charset when it is
    not a Latin one; Latin-1 words; GB18030; then repairs and cp1252 (for zip
    names the DOS code pages cp866 / cp437 instead)."""
    if data.isascii():
        if b"\x1b$" in data:  # raw ISO-2022-JP / -KR / -CN escapes
            for name in ("iso2022_jp_2", "iso2022_kr"):
                try:
                    return data.decode(name), True
                except UnicodeDecodeError:
                    continue
        return data.decode("ascii"), True
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        pass
    hint = HEADER_CHARSET_HINT.get()
    if hint == "gb18030":  # the body says GB: so do the header bytes, most likely
        try:
            return data.decode("gb18030"), True
        except UnicodeDecodeError:
            pass
    if hint and hint not in ("utf-8", "gb18030", "ascii", "cp1252"):
        try:
            return data.decode(hint), True
        except (UnicodeDecodeError, LookupError):
            pass
    if not oem_fallback:
        latin = _latin_word_text(data)
        if latin is not None:
            return latin, True
    try:
        return data.decode("gb18030"), True
    except UnicodeDecodeError:
        pass
    for repair in (_utf8_cut_short, _mostly_utf8):
        text = repair(data)
        if text is not None:
            return text, False
    if oem_fallback:
        cyrillic = data.decode("cp866")
        letters = [c for c in cyrillic if not c.isascii()]
        if letters and sum("\u0400" <= c <= "\u04ff" for c in letters) * 2 >= len(letters):
            return cyrillic, True
        return data.decode("cp437"), True
    try:
        return data.decode("cp1252"), True
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace"), False


def guess_text_encoding(data: bytes) -> tuple[str, str]:
    """Decode a .txt file of unknown encoding: BOM, UTF-8, UTF-16 without BOM,
    GB18030, Big5. Returns (text, codec)."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                      (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    sample = data[:4000]
    if sample and sample.count(b"\x00") > len(sample) // 4:
        name = "utf-16-le" if sample[1::2].count(b"\x00") > sample[0::2].count(b"\x00") else "utf-16-be"
        return data.decode(name, errors="replace"), name
    for name in ("utf-8", "gb18030", "big5hkscs"):
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    return data.decode("gb18030", errors="replace"), "gb18030"
