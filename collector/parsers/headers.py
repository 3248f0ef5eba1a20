"""Header decoding: RFC 2047 encoded words (lenient, as real clients send
them), raw 8-bit bytes, RFC 2231 parameters, addresses.

Header values come from the stdlib parser under policy compat32, where raw
8-bit bytes survive as surrogate escapes; ``raw_bytes`` gets them back.
"""

from __future__ import annotations

import base64
import binascii
import re
import urllib.parse

from .charsets import decode_bytes, decode_header_bytes, normalize_charset

_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,64})\?([bBqQ])\?([^?]*?)\?=")
_FOLD = re.compile(r"\r?\n(?=[ \t])|\r?\n$")
_Q_ESCAPE = re.compile(rb"=([0-9A-Fa-f]{2})")
_NON_B64 = re.compile(rb"[^A-Za-z0-9+/]")


def raw_bytes(value: str) -> bytes:
    """Bytes of a compat32 header string (surrogate escapes back to bytes)."""
    return value.encode("utf-8", "surrogateescape")


def decode_plain(value: str) -> str:
    """Text outside encoded words: may hold raw 8-bit bytes."""
    if value.isascii():
        return value
    try:
        data = raw_bytes(value)
    except UnicodeEncodeError:
        return value
    return decode_header_bytes(data)[0]


def _word_bytes(encoding: str, text: str) -> bytes:
    data = text.encode("ascii", "surrogateescape")
    if encoding in "bB":
        data = _NON_B64.sub(b"", data)
        data = data[: len(data) - len(data) % 4 if len(data) % 4 == 1 else len(data)]
        try:
            return base64.b64decode(data + b"=" * (-len(data) % 4))
        except (binascii.Error, ValueError):
            return b""
    data = data.replace(b"_", b" ")
    return _Q_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), data)


def decode_words(value: str) -> str:
    """Decode a header value with RFC 2047 words anywhere (also inside quotes
    and mid-token). Adjacent words of one charset are joined as bytes before
    decoding, so a character split across two words survives."""
    if value is None:
        return ""
    value = _FOLD.sub("", str(value))
    if "=?" not in value:
        return decode_plain(value)
    out: list[str] = []
    pending: bytes = b""
    pending_label: str | None = None
    pos = 0

    def flush() -> None:
        nonlocal pending, pending_label
        if pending_label is not None:
            text, clean = decode_bytes(pending, pending_label)
            out.append(text)
        pending, pending_label = b"", None

    for match in _ENCODED_WORD.finditer(value):
        between = value[pos : match.start()]
        label, encoding, text = match.groups()
        codec = normalize_charset(label) or label.lower()
        if between and not (between.isspace() and pending_label is not None):
            flush()
            out.append(decode_plain(between))
        if pending_label is not None and codec != pending_label:
            flush()
        pending_label = codec if pending_label is None else pending_label
        pending += _word_bytes(encoding, text)
        pos = match.end()
    flush()
    out.append(decode_plain(value[pos:]))
    return "".join(out)


# --- parameters (Content-Type / Content-Disposition) -----------------------

def split_params(value: str) -> tuple[str, list[tuple[str, str, bool]]]:
    """Split 'type/sub; a=1; b="x;y"' into the main value and (name, value,
    was_quoted). Tolerates a missing closing quote and stray semicolons."""
    value = _FOLD.sub("", value or "")
    n = len(value)
    i = value.find(";")
    if i < 0:
        return value.strip(), []
    main = value[:i].strip()
    params: list[tuple[str, str, bool]] = []
    i += 1
    while i < n:
        while i < n and value[i] in " \t\r\n;":
            i += 1
        start = i
        while i < n and value[i] not in "=;":
            i += 1
        name = value[start:i].strip().lower()
        if i >= n or value[i] == ";":
            continue  # a bare token without '=': ignore
        i += 1  # '='
        while i < n and value[i] in " \t":
            i += 1
        if i < n and value[i] == '"':
            i += 1
            qstart = i
            chars: list[str] = []
            closed = False
            while i < n:
                c = value[i]
                if c == "\\" and i + 1 < n and value[i + 1] in '"\\':
                    chars.append(value[i + 1])
                    i += 2
                    continue
                if c == '"' and _closes_quote(value, i + 1):
                    closed = True
                    i += 1
                    break
                chars.append(c)
                i += 1
            text = "".join(chars)
            if not closed:
                semi = value.find(";", qstart)
                if semi >= 0:  # missing closing quote: the value ends at the next ';'
                    text, i = value[qstart:semi], semi
            params.append((name, text, True))
            while i < n and value[i] != ";":
                i += 1
        else:
            start = i
            while i < n and value[i] != ";":
                i += 1
            params.append((name, value[start:i].strip(), False))
    return main, params


def _closes_quote(value: str, after: int) -> bool:
    """A quote ends the value only if a ';' or the end follows; old clients
    put unescaped quotes inside names (filename="县文旅局"政务"材料.docx")."""
    rest = value[after:].lstrip(" \t")
    return not rest or rest[0] == ";"


_SECTION = re.compile(r"^(?P<base>[^*]+)(?:\*(?P<num>\d+))?(?P<ext>\*)?$")


def decode_params(value: str) -> tuple[str, dict[str, str]]:
    """Main value (lower-cased) and decoded parameters, with RFC 2231
    continuations and charsets, encoded words and raw 8-bit bytes."""
    main, items = split_params(value)
    plain: dict[str, str] = {}
    sections: dict[str, list[tuple[int, bool, str]]] = {}
    for name, text, _quoted in items:
        m = _SECTION.match(name)
        if not m:
            continue
        base = m.group("base")
        if m.group("num") is None and not m.group("ext"):
            plain.setdefault(base, decode_words(text))
            continue
        num = int(m.group("num")) if m.group("num") is not None else 0
        sections.setdefault(base, []).append((num, bool(m.group("ext")), text))
    decoded = dict(plain)
    for base, parts in sections.items():
        decoded[base] = _join_rfc2231(sorted(parts, key=lambda p: p[0]))
    return main.lower(), decoded


def _join_rfc2231(parts: list[tuple[int, bool, str]]) -> str:
    charset: str | None = None
    data = b""
    for index, (_num, extended, text) in enumerate(parts):
        if extended:
            if index == 0 and text.count("'") >= 2:
                charset, _lang, text = text.split("'", 2)
            data += urllib.parse.unquote_to_bytes(text.encode("utf-8", "surrogateescape"))
        else:
            data += text.encode("utf-8", "surrogateescape")
    text = decode_bytes(data, charset)[0] if charset else decode_header_bytes(data)[0]
    return decode_words(text) if "=?" in text else text


# --- addresses ---------------------------------------------------------------

_ANGLE_ADDR = re.compile(r"<\s*([^<>\s\"]+@[^<>\s\"]+?)\s*>")
_BARE_ADDR = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*")


def _split_address_list(value: str) -> list[str]:
    """Split on commas outside quotes and angle brackets."""
    items, buf, quoted, angle = [], [], False, 0
    for c in value:
        if c == '"':
            quoted = not quoted
        elif not quoted and c == "<":
            angle += 1
        elif not quoted and c == ">":
            angle = max(0, angle - 1)
        if c in ",;" and not quoted and not angle:
            items.append("".join(buf))
            buf = []
        else:
            buf.append(c)
    items.append("".join(buf))
    return [item.strip() for item in items if item.strip()]


def parse_address(value: str) -> tuple[str | None, str | None]:
    """(display name, lower-cased address) of one mailbox. The angle-bracket
    address wins over anything that merely looks like one in the name."""
    value = _FOLD.sub("", value or "").strip()
    angle = list(_ANGLE_ADDR.finditer(value))
    if angle:
        m = angle[-1]
        addr = m.group(1)
        name = value[: m.start()].strip()
    else:
        m = _BARE_ADDR.search(value)
        if not m:
            return (decode_words(value).strip() or None), None
        addr = m.group(0)
        name = (value[: m.start()] + value[m.end() :]).strip()
        name = re.sub(r"^\(|\)$", "", name.strip()).strip()
    name = decode_words(name).strip()
    if len(name) >= 2 and name[0] == '"' and name[-1] == '"':
        name = name[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    name = name.strip().strip("'").strip() or None
    return name, addr.strip().lower()


def parse_address_list(value: str) -> list[tuple[str | None, str | None]]:
    """Mailboxes of an address header. A piece without any address is joined
    to the next one: Outlook writes 'Last, First <a@b>' without quotes."""
    pieces = _split_address_list(_FOLD.sub("", value or ""))
    merged: list[str] = []
    carry = ""
    for piece in pieces:
        if "@" not in piece and not _ANGLE_ADDR.search(piece):
            carry = f"{carry}, {piece}" if carry else piece
            continue
        merged.append(f"{carry}, {piece}" if carry else piece)
        carry = ""
    if carry:
        merged.append(carry)
    return [parse_address(item) for item in merged]
