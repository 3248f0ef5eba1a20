"""parse_message: raw bytes -> ParsedMail, the parse stage.

The stdlib email package is the parser here; mail-parser only reads the
Received chain (received.py). mail-parser 4.8.0 drops characters from
gb2312-labelled GBK names and crashes (AttributeError in find_between) on some
malformed mails, and everything else it offers (decoded headers, attachment
list) is done below with the rules real Chinese mail needs.
"""

from __future__ import annotations

from collector.model import ParsedMail

from .blobs import Blobs
from .charsets import HEADER_CHARSET_HINT, normalize_charset
from .classify import classify
from .headers import decode_words, parse_address_list
from .links import links_from_html, links_from_text
from .markup import html_to_text, link_targets, picture_words
from .received import received_chain
from .sniff import OLE_MAGIC
from .structure import Collected, Walker, content_type_of, parse_tree, stored_payload

SELECTED_HEADERS = (
    "Message-ID", "From", "Sender", "Reply-To", "To", "Cc", "Date", "Subject", "X-Mailer",
    "User-Agent", "Auto-Submitted", "X-Autoreply", "X-Autorespond", "X-Autoreply-From",
    "X-Auto-Response-Suppress", "Precedence", "List-Id", "List-Unsubscribe", "Return-Path",
    "In-Reply-To", "References", "Content-Type", "MIME-Version", "X-Originating-IP",
    "X-Failed-Recipients", "Disposition-Notification-To", "Authentication-Results",
    "X-Priority", "Importance", "Thread-Topic",
)
MAX_HEADER_CHARS = 20_000
# Defects after which a part may be missing or damaged; the many cosmetic ones
# (odd header lines, missing separators the parser got past) are not reported.
SERIOUS_DEFECTS = {
    "StartBoundaryNotFoundDefect", "CloseBoundaryNotFoundDefect", "NoBoundaryInMultipartDefect",
    "MultipartInvariantViolationDefect", "InvalidBase64CharactersDefect",
    "InvalidBase64LengthDefect",
}


def parse_message(raw: bytes, texts_apart: tuple[str, ...] = ()) -> ParsedMail:
    """Parse one mail. Recoverable oddities go to ParsedMail.problems; an
    exception only when nothing at all can be made of the input. ``texts_apart``: the words of the sender's later
    mails, which may give the password of this mail's locked zip (解压密码另行发送)."""
    if not isinstance(raw, (bytes, bytearray, memoryview)):
        raise TypeError(f"parse_message needs bytes, got {type(raw).__name__}")
    raw = bytes(raw)
    problems: list[str] = []
    blobs = Blobs(raw)
    msg = parse_tree(raw, problems, blobs)
    token = HEADER_CHARSET_HINT.set(_body_charset(msg))
    try:
        return _parse(raw, msg, problems, blobs, texts_apart)
    finally:
        HEADER_CHARSET_HINT.reset(token)


def _body_charset(msg) -> str | None:
    """The first charset declared in the mail's parts (breadth-first, shallow)."""
    queue = [(msg, 0)]
    while queue:
        part, depth = queue.pop(0)
        _ctype, params = content_type_of(part)
        if params.get("charset"):
            return normalize_charset(params["charset"])
        payload = stored_payload(part)
        if isinstance(payload, list) and depth < 4:
            queue.extend((p, depth + 1) for p in payload[:20] if hasattr(p, "get_payload"))
    return None


def _parse(raw: bytes, msg, problems: list[str], blobs: Blobs, texts_apart: tuple[str, ...] = ()) -> ParsedMail:
    headers = _selected_headers(msg, problems)
    if not headers and not raw.strip():
        raise ValueError("empty message")
    if raw.startswith(OLE_MAGIC):
        problems.append("不是标准邮件，而是 Outlook .msg 文件")
    out = Collected(problems=problems)
    walker = Walker(out, blobs)
    try:
        walker.walk(msg)
        walker.join_volumes()
        walker.open_locked(headers.get("Subject", ""), texts_apart)  # zips with a password: once the text is read
    except RecursionError:
        out.problem("邮件结构嵌套过深，部分内容未分析")
    except Exception as exc:  # a bug or a library surprise: keep what was read so far
        out.problem(f"解析附件时出错（{type(exc).__name__}: {exc}），部分内容未分析"[:300])
    _note_defects(msg, out)

    markup = out.html + out.forwarded_html
    links = links_from_html("\n".join(markup)) if markup else []
    if not links:
        links = links_from_text("\n".join(out.plain + out.forwarded_plain))
    out.attachments.extend(links)

    raw_from = (_raw_values(msg, "From") or [""])[0][:MAX_HEADER_CHARS]
    senders = parse_address_list(raw_from) or [(None, None)]
    from_name, from_addr = senders[0]
    ctype, _ = content_type_of(msg)
    subject = headers.get("Subject", "").strip()
    return ParsedMail(
        message_id=(headers.get("Message-ID") or "").strip() or None,
        subject=subject,
        from_addr=from_addr,
        from_name=from_name,
        from_raw=headers.get("From", ""),
        to=_recipients(msg),
        date_header=(headers.get("Date") or "").strip() or None,
        body_text=_body_text(out),
        attachments=out.attachments,
        forwarded=out.forwarded,
        not_submission=classify(headers, subject, from_addr, ctype, out.part_types),
        problems=out.problems,
        headers=headers,
        received_chain=received_chain(raw),
    )


def _raw_values(msg, name: str) -> list[str]:
    name = name.lower()
    return [str(v) for k, v in msg.raw_items() if k.lower() == name]


MAX_HEADER_BLOCK_CHARS = 1_000_000  # real clients write a few KB; 163 adds a few more


def _selected_headers(msg, problems: list[str]) -> dict[str, str]:
    headers: dict[str, str] = {}
    total = sum(len(str(v)) for _k, v in msg.raw_items())
    if total > MAX_HEADER_BLOCK_CHARS:
        problems.append(f"邮件头异常庞大（{total} 字符），可能是恶意构造")
    for name in SELECTED_HEADERS:
        values = _raw_values(msg, name)
        if not values:
            continue
        if name in ("Subject", "From", "Date", "Message-ID"):
            values = values[:1]
        text = "\n".join(values)
        if len(text) > MAX_HEADER_CHARS:
            problems.append(f"{name} 邮件头过长（{len(text)} 字符），已截断")
            text = text[:MAX_HEADER_CHARS]
        decoded = _decode_safely(text)
        if "\ufffd" in decoded:
            problems.append(f"{name} 邮件头有无法解码的字符")
        headers[name] = decoded.replace("\r", "").replace("\n\t", " ").replace("\n ", " ")
    return headers


def _decode_safely(text: str) -> str:
    try:
        return decode_words(text)
    except Exception:  # a decoder bug must not cost the whole mail
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _recipients(msg) -> list[str]:
    """Addresses in To, then Cc, lower-cased, without duplicates."""
    seen: list[str] = []
    for name in ("To", "Cc"):
        for value in _raw_values(msg, name):
            for _display, addr in parse_address_list(value[:MAX_HEADER_CHARS]):
                if addr and addr not in seen:
                    seen.append(addr)
    return seen


def _text_of(plain: list[str], html: list[str]) -> str:
    text = "\n".join(t.strip() for t in plain if t.strip())
    if not text and html:
        text = html_to_text("\n".join(html))
    elif html:  # the plain copy leaves out the signature picture's words (alt="…人民政府"): they end it
        text = "\n".join([text, *(w for w in picture_words("\n".join(html)) if w not in text)])
    if html:  # and the addresses behind linked words (点此进入我乡专栏)
        text = "\n".join([text, *(u for u in link_targets("\n".join(html)) if u not in text)])
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _body_text(out: Collected) -> str:
    parts = [_text_of(out.plain, out.html)]
    forwarded = _text_of(out.forwarded_plain, out.forwarded_html)
    if forwarded:
        parts.append("---------- 转发的邮件 ----------\n" + forwarded)
    return "\n\n".join(p for p in parts if p)


def _note_defects(msg, out: Collected) -> None:
    names: list[str] = []
    stack = [(msg, 0)]
    while stack:
        part, depth = stack.pop()
        for defect in getattr(part, "defects", []):
            label = type(defect).__name__
            if label in SERIOUS_DEFECTS and label not in names:
                names.append(label)
        payload = stored_payload(part) if depth < 64 else None
        if isinstance(payload, list):
            stack.extend((p, depth + 1) for p in payload if hasattr(p, "defects"))
    if names:
        out.problem("邮件结构有缺陷，可能缺少部分内容（" + ", ".join(names) + "）")
