"""Keep big base64 bodies out of the stdlib parser.

The stdlib feedparser holds a mail as lists of lines: a 50 MB attachment
peaks at ~550 MB. Before parsing, long runs of base64 lines are replaced by a
one-line marker; the payload is later decoded straight from the original
bytes (decode_base64_run, no line lists), so a big attachment costs its encoded and
its decoded size, not ten times that.
"""

from __future__ import annotations

import binascii
import re
import secrets

import pybase64

MIN_MAIL_BYTES = 512 * 1024
MIN_RUN_BYTES = 64 * 1024
# Lines of base64, and the last line of a body, which may be as short as "AA==":
# without it a sixth of all attachments (those whose last line has fewer than 16
# characters) missed the shortcut and went through the stdlib parser whole.
# Possessive quantifiers: no backtracking, so the scan stays linear.
_RUN = re.compile(rb"(?:^[A-Za-z0-9+/]{16,998}+={0,2}\r?\n)++(?:[A-Za-z0-9+/]{1,15}+={0,2}\r?\n)?+", re.M)
# The same runs, found faster (base64_runs): every byte mapped to its class (a
# base64 letter becomes "a"; "=", CR and LF stay; anything else becomes "#"), so
# runs of identical lines can be skipped by comparing bytes, not matched one by one.
_CLASSES = bytes(
    ord("a") if chr(b).isascii() and (chr(b).isalnum() or chr(b) in "+/") else b if chr(b) in "=\r\n" else ord("#")
    for b in range(256)
)
_FIRST_LINE = re.compile(rb"^a{16,998}+={0,2}\r?\n", re.M)
_REST_OF_RUN = re.compile(rb"(?:a{16,998}+={0,2}\r?\n)*+(?:a{1,15}+={0,2}\r?\n)?+")
FAST_SCAN_MAX_BYTES = 16 * 1024 * 1024  # the class map is a copy of the mail
_SKIP_LINES = 1024


def base64_runs(raw: bytes) -> list[tuple[int, int]]:
    """(start, end) of every match of _RUN in raw, as _RUN.finditer gives them,
    in a third of the time: a base64 body is thousands of identical lines once
    each letter is mapped to "a", and those are skipped a thousand at a time."""
    if len(raw) > FAST_SCAN_MAX_BYTES:
        return [match.span() for match in _RUN.finditer(raw)]
    classes = raw.translate(_CLASSES)
    spans = []
    position = 0
    while (first := _FIRST_LINE.search(classes, position)) is not None:
        start, end = first.span()
        line = classes[start:end]
        lines = line * _SKIP_LINES
        while classes.startswith(lines, end):
            end += len(lines)
        while classes.startswith(line, end):
            end += len(line)
        end = _REST_OF_RUN.match(classes, end).end()
        spans.append((start, end))
        position = end
    return spans


# Any mail's markers (compiled once, not per mail); only this mail's, found in
# self.spans, are expanded, so a marker-like line a sender wrote stays as it is.
_TOKEN_PREFIX = "X-COLLECTOR-BLOB-"
_MARKER = re.compile(re.escape(_TOKEN_PREFIX) + r"[0-9a-f]{12}-\d+")


def decode_base64_run(raw: bytes, start: int, end: int) -> bytes | None:
    """raw[start:end], a run _RUN found (base64 letters, "=" and line breaks only),
    decoded as binascii.a2b_base64 decodes it, in a sixth of the time and without a
    copy. With "=" only at its end (the usual case) pybase64's SIMD decoder, which
    skips the line breaks, gives the same bytes; padding mid-run (mailers that
    encode chunk by chunk) gets binascii's lenient decoding. None if neither can."""
    view = memoryview(raw)[start:end]
    padding = raw.find(b"=", start, end)
    if padding == -1 or not raw[padding:end].strip(b"=\r\n"):
        try:
            return pybase64.b64decode(view)
        except ValueError:  # binascii.Error is a ValueError
            pass
    try:
        return binascii.a2b_base64(view)
    except binascii.Error:
        return None


class Blobs:
    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        self.token = _TOKEN_PREFIX + secrets.token_hex(6)
        self.spans: dict[str, tuple[int, int]] = {}

    def shrink(self) -> bytes:
        """The mail with long base64 runs replaced by marker lines."""
        if len(self.raw) < MIN_MAIL_BYTES:
            return self.raw
        pieces: list[bytes] = []
        last = 0
        runs = ((start, end) for start, end in base64_runs(self.raw) if end - start >= MIN_RUN_BYTES)
        for n, (start, end) in enumerate(runs):
            marker = f"{self.token}-{n}"
            self.spans[marker] = (start, end)
            newline = b"\r\n" if self.raw[end - 2 : end] == b"\r\n" else b"\n"
            pieces.append(self.raw[last:start])
            pieces.append(marker.encode("ascii") + newline)
            last = end
        if not self.spans:
            return self.raw
        pieces.append(self.raw[last:])
        return b"".join(pieces)

    def holds(self, text: str) -> bool:
        return bool(self.spans) and self.token in text

    def decode_payload(self, payload: str, cte: str) -> bytes | None:
        """Bytes of a part whose whole payload is one marker; None otherwise."""
        match = _MARKER.fullmatch(payload.strip())
        if not match or match.group(0) not in self.spans:
            return None
        start, end = self.spans[match.group(0)]
        if cte == "base64":
            return decode_base64_run(self.raw, start, end)
        if cte in ("", "7bit", "8bit", "binary"):
            return self.raw[start:end]
        return None

    def expand_text(self, text: str) -> str:
        return _MARKER.sub(lambda m: self._span_text(m.group(0)), text)

    def _span_text(self, marker: str) -> str:
        if marker not in self.spans:
            return marker
        start, end = self.spans[marker]
        return self.raw[start:end].decode("ascii").rstrip("\r\n")
