"""Text helpers: normalising, and the sender's own words (no quoted replies, no pasted notice)."""

from __future__ import annotations

import functools
import re

QUOTE_START_RE = re.compile(
    r"^\s*(?:-{2,}\s*(?:原始邮件|Original Message|转发邮件信息|Forwarded message|转发的邮件)\s*-{2,}"
    r"|-{5,}|_{5,}"
    r"|在\s?.{0,60}写道[:：]?\s*$"
    r"|On .{0,100}wrote:\s*$"
    r"|(?:发件人|From)\s*[:：].*$)",
    re.IGNORECASE,
)
# the parse stage's "[汇总表]" line opening each sheet of a workbook's text (collector/parsers/documents.py)
SHEET_HEAD_RE = re.compile(r"^\[([^\]\n]*)\]$", re.M)
# 发件人: 张三 <zs@163.com> / From: zs@163.com — a quoted mail's sender line
QUOTED_FROM_RE = re.compile(r"^[\s>]*(?:发件人|From)\s*[:：]\s*(?P<value>.*)$", re.I)
QUOTED_HEADER_RE = re.compile(r"^\s*(?:发件人|发送时间|收件人|抄送|主题|日期|From|Sent|Date|To|Cc|Subject)\s*[:：]")
NOISE_LINE_RE = re.compile(r"发自我的|Sent from my|来自网易|来自QQ邮箱|^--\s*$|^\s*$")


def per_campaign(fn):
    """``fn(campaign)`` computed once per campaign object: campaigns are loaded once per run
    and not changed, while the matcher asks for their words for every mail and rule."""
    cache: dict[int, tuple] = {}

    @functools.wraps(fn)
    def cached(campaign):
        hit = cache.get(id(campaign))
        if hit is None or hit[0] is not campaign:
            if len(cache) > 64:
                cache.clear()
            hit = cache[id(campaign)] = (campaign, fn(campaign))
        return hit[1]

    return cached


@functools.cache
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str | None) -> str:
    """Traditional characters written as simplified ones (藥王廟鎮 → 药王庙镇): some units
    type in traditional, or paste from a document that was. Simplified text is unchanged."""
    return _t2s().convert(text) if text else (text or "")


def simplified_view(parsed):
    """The mail as the matcher reads it: subject, names, body and document texts in
    simplified characters. The archive keeps what was sent."""
    return with_texts_mapped(parsed, to_simplified)


def with_texts_mapped(parsed, change):
    """The mail with ``change`` applied to every text the matcher reads: subject, sender's name, body,
    file names, document texts, and the forwarded mails' subjects and senders."""
    import dataclasses

    def mapped(text):
        return text and change(text)

    return dataclasses.replace(
        parsed, subject=mapped(parsed.subject), from_name=mapped(parsed.from_name), body_text=mapped(parsed.body_text),
        attachments=[dataclasses.replace(a, filename=mapped(a.filename), text=mapped(a.text)) for a in parsed.attachments],
        forwarded=[dataclasses.replace(f, subject=mapped(f.subject), from_name=mapped(f.from_name))
                   for f in parsed.forwarded],
    )


def normalize(text: str | None) -> str:
    """Full-width to half-width, drop zero-width chars; keep line breaks."""
    if not text:
        return ""
    import unicodedata

    t = unicodedata.normalize("NFKC", text)
    t = re.sub(r"[\u200b-\u200f\ufeff]", "", t)
    # "县 发改局", "喇嘛洞镇　人民政府": spaces between Chinese characters carry nothing
    return re.sub(r"(?<=[\u4e00-\u9fa5])[ \t]+(?=[\u4e00-\u9fa5])", "", t)


def _squash(s: str) -> str:
    return re.sub(r"[\s|｜>*\-—_·•]+", "", s)


def strip_quoted(body: str, quote_sources: list[str] = ()) -> str:
    """The sender's own words: no quoted replies, no pasted notice. A reply whose own words point into the
    quote (见下文，已按格式填写) also wrote there: the quoted notice's lines it did not add are left out, its own kept."""
    lines = normalize(body).splitlines()
    own = cut_quoted(lines)
    if quote_sources and POINTS_INTO_THE_QUOTE.search("\n".join(own)):
        written = [ln.lstrip("> ") for ln in lines[len(own):] if not HEADER_AHEAD_RE.match(ln.lstrip("> "))]
        own = own + drop_pasted(written, quote_sources)
    elif quote_sources and not any(ln.strip() for ln in own):
        own = _written_below_the_notice(lines[len(own):], quote_sources)
    return "\n".join(drop_pasted(own, quote_sources))


def _written_below_the_notice(quoted: list[str], quote_sources: list[str]) -> list[str]:
    """A reply with nothing above the quote, written on a phone below the notice it quotes whole (…存在的问题和需求 /
    娘娘庙乡答复：1.是 2.6台…): the lines after the notice's last line. A quote of anything else gives nothing."""
    lines = [ln.lstrip("> ") for ln in quoted]
    pasted_lines = set(lines) - set(drop_pasted(lines, quote_sources))
    last = max((k for k, ln in enumerate(lines) if ln in pasted_lines and ln.strip()), default=None)
    return [] if last is None else lines[last + 1:]


# 见下文 / 见下方 / 已按格式填写 / 填在下面: the reply's answer is written into the quoted notice
POINTS_INTO_THE_QUOTE = re.compile(r"见下文|见下方|详见下|已按(?:通知)?格式填写|填(?:写)?在(?:下面|下方|下文|原文|通知)")


@functools.lru_cache(maxsize=8)
def _squashed(quote_sources: tuple[str, ...]) -> list[str]:
    """The notice(s), normalised and squashed once, not once for every text compared with them."""
    return [_squash(normalize(s)) for s in quote_sources if s]


@functools.lru_cache(maxsize=8)
def _heads(quote_sources: tuple[str, ...]) -> frozenset[str]:
    """The notices' first lines (issuer, 文号, title), squashed: pasted with the notice, no 落款."""
    return frozenset(_squash(normalize(line)) for s in quote_sources if s
                     for line in [ln for ln in s.splitlines() if ln.strip()][:4])


HEADER_AHEAD_RE = re.compile(r"(?:发件人|发送时间|日期|Sent|Date|收件人|To|From)\s*[:：]", re.I)


def cut_quoted(lines: list[str]) -> list[str]:
    """Lines before a quoted reply or forward; "> " lines dropped."""
    kept: list[str] = []
    for i, line in enumerate(lines):
        if QUOTE_START_RE.match(line):
            # "发件人：张三" may be the sender's own line, and a row of dashes
            # may just decorate a signature: only a quoted header block ends the text
            plain_sep = re.fullmatch(r"\s*(?:-{5,}|_{5,})\s*", line)
            own_from = re.match(r"^\s*(?:发件人|From)\s*[:：]", line, re.I)
            if plain_sep or own_from:
                nxt = " ".join(lines[i + 1 : i + 4])
                if not HEADER_AHEAD_RE.search(nxt):
                    kept.append(line)
                    continue
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line)
    return kept


def drop_pasted(kept: list[str], quote_sources: list[str] = ()) -> list[str]:
    """Lines without the pieces pasted from ``quote_sources`` (the notice)."""
    squashed_sources = _squashed(tuple(quote_sources))
    if not squashed_sources:
        return kept
    squashed = [_squash(normalize(line)) for line in kept]
    # short lines ("附件1", "|") neither start nor break a pasted block
    neutral = [len(sq) < 4 for sq in squashed]
    in_source = [not neutral[k] and any(sq in src for src in squashed_sources) for k, sq in enumerate(squashed)]
    out: list[str] = []
    i = 0
    while i < len(kept):
        if not in_source[i]:
            out.append(kept[i])
            i += 1
            continue
        j = i
        while j < len(kept) and (in_source[j] or neutral[j]):
            j += 1
        run = [k for k in range(i, j) if in_source[k]]
        long_lines = [k for k in run if len(squashed[k]) >= 15]
        if len(run) >= 3 or long_lines:
            # a pasted piece of the notice: drop it, but short lines just above
            # its first long line are the sender's own 落款 ("县发改局") — unless they
            # are the notice's own head (its issuer, 文号), pasted with the rest
            heads = _heads(tuple(quote_sources))
            above = kept[i : long_lines[0]] if long_lines else []
            out.extend(line for line in above if _squash(normalize(line)) not in heads)
        else:
            out.extend(kept[i:j])
        i = j
    return out


def content_lines(text: str) -> list[str]:
    return [ln.strip() for ln in normalize(text).splitlines() if ln.strip() and not NOISE_LINE_RE.search(ln)]


def signature_block(body: str, n: int = 4) -> str:
    return "\n".join(content_lines(body)[-n:])


def lead_block(body: str, n: int = 2) -> str:
    return "\n".join(content_lines(body)[:n])


def workbook_sheets(text: str) -> list[tuple[str, str]]:
    """(name, text) of each sheet of a workbook's text as the parse stage writes it; none for any other document."""
    pieces = SHEET_HEAD_RE.split(text)
    return list(zip(pieces[1::2], pieces[2::2]))


def quoted_senders(text: str) -> list[str]:
    """The addresses of the quoted mails' senders (发件人 / From lines), lower-cased, in order."""
    from collector.parsers.headers import parse_address_list

    return [a.lower() for line in text.splitlines() if (m := QUOTED_FROM_RE.match(line))
            for _, a in parse_address_list(m.group("value")) if a]
