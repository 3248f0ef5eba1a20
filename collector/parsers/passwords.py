"""Passwords a mail gives for its own locked archive: “解压密码：jc2045”, “密码:123456”,
“压缩包密码为 abc123”, “（密码 8888）”, “password: Abc-2045”.

Only an ASCII token of 3 to 32 characters right after the word (and an optional 为 / 是 / is and
a colon or equals sign) is taken: “密码另行电话告知” and “密码是6位数字” give none. The text is
NFKC-normalised first, so a password typed with a full-width IME (ｊｃ２０４５) reads as ASCII.

The passwords live only in memory while the mail is parsed (structure.Walker.open_locked): they
are not logged, not kept on the parsed mail and never put in a problem text.
"""

from __future__ import annotations

import html
import re
import unicodedata

MAX_TEXT_CHARS = 200_000  # of each text looked at: a password is said near the top of a mail
MAX_PASSWORDS = 8

_TOKEN = r"[A-Za-z0-9!#$%&*+.=?@^_~-]"
PASSWORD_RE = re.compile(
    r"(?:解压(?:密码|码|口令)|密码|password|passwd|pwd)"
    r"[ \t\u00a0\u3000]*(?:[为是]|is)?[ \t\u00a0\u3000]*[:=]?[ \t\u00a0\u3000]*[\"'“‘「【(\[]?"
    rf"({_TOKEN}{{3,32}})(?!{_TOKEN})",
    re.I,
)
TRAILING = ".!?=-~"  # “密码：abc123.”: the sentence's stop, not the password's


def passwords_in(texts: list[str]) -> tuple[str, ...]:
    """The candidate passwords the texts give, in order, each once (a token and, when it ends in
    punctuation, the token without it)."""
    found: list[str] = []
    for text in texts:
        text = unicodedata.normalize("NFKC", text[:MAX_TEXT_CHARS])
        for m in PASSWORD_RE.finditer(text):
            token = m.group(1)
            for candidate in (token, token.rstrip(TRAILING)):
                if len(candidate) >= 3 and candidate not in found:
                    found.append(candidate)
    return tuple(found[:MAX_PASSWORDS])


def markup_words(markup: str) -> str:
    """An HTML body's words for the search above: tags dropped, entities read."""
    return html.unescape(re.sub(r"<[^>]*>", " ", markup[:MAX_TEXT_CHARS]))
