"""A mail's or a document's HTML as words: the text a person reads (html2text), the words of pictures made of a
signature (their alt texts) and the web addresses behind linked words."""

from __future__ import annotations

import html
import re

import html2text

from .links import is_large_attachment_url

MAX_HTML_CHARS = 3_000_000


# <img alt="建昌县药王庙镇人民政府 应急管理办公室">: a signature made a picture; its words are what a person
# reads there. Only alt texts in Chinese: image001.png and the like say nothing.
IMG_WITH_WORDS = re.compile(r"<img\b[^>]*?\balt\s*=\s*([\"'])([^\"'<>]*[\u4e00-\u9fff][^\"'<>]*)\1[^>]*>", re.I)


def picture_words(markup: str) -> list[str]:
    """The Chinese alt texts of the HTML's pictures, in order."""
    return [m.group(2).strip() for m in IMG_WITH_WORDS.finditer(markup[:MAX_HTML_CHARS])]


# <a href="http://www.jianchang.gov.cn/zwgk/ssz/">点此进入我乡专栏</a>: the address is what the words point to
LINK_WITH_WORDS = re.compile(r"<a\b[^>]*?\bhref\s*=\s*([\"'])(https?://[^\"'<>\s]+)\1[^>]*>(.*?)</a>", re.I | re.S)


def link_targets(markup: str) -> list[str]:
    """The web addresses behind the HTML's linked words, which a plain-text copy leaves out; not those
    the words already spell out, nor large-attachment links (those become files of their own)."""
    out = []
    for m in LINK_WITH_WORDS.finditer(markup[:MAX_HTML_CHARS]):
        url, words = html.unescape(m.group(2)), re.sub(r"<[^>]+>", "", m.group(3)).strip()
        if url not in words and not is_large_attachment_url(url) and url not in out:
            out.append(url)
    return out


def html_to_text(markup: str) -> str:
    markup = IMG_WITH_WORDS.sub(lambda m: f"<br>{m.group(2)}<br>", markup[:MAX_HTML_CHARS])
    converter = html2text.HTML2Text()
    converter.body_width = 0
    converter.ignore_images = True
    converter.ignore_emphasis = True
    converter.ignore_links = True
    converter.ignore_tables = False
    try:
        return converter.handle(markup[:MAX_HTML_CHARS]).strip()
    except Exception:  # html2text on hostile markup: fall back to stripping tags
        return re.sub(r"<[^>]+>", " ", markup[:MAX_HTML_CHARS])


# <html><head>…<body><table>…: a web page, whatever the part's label says. An OA system's PHPMailer sends its page as
# text/plain, and a webmail then shows the tags; the words are what its cells say.
HTML_PAGE = re.compile(r"\A\s*(?:<!DOCTYPE\s+html\b[^>]*>\s*)?<html\b[^>]*>[\s\S]*</(?:body|html)>\s*\Z", re.I)


def an_html_page(text: str) -> bool:
    """A body labelled text/plain that is a whole HTML page (from <html> to </html>): read as HTML."""
    return len(text) <= MAX_HTML_CHARS and bool(HTML_PAGE.match(text))
