"""Large-attachment links (超大附件): 163 / 126 / yeah / qiye.163 and QQ mail
send big files as links in the HTML body, with the name, the size and the
expiry written next to the link, e.g.

  <a href="https://mail.163.com/large-attachment-download/index.html?file=…">照片.zip</a>
  <span> (80.96M, 2026年8月17日 0:49 到期)</span>

Each distinct link becomes one Attachment(kind="link", data=None). A file shared from a cloud
drive instead (百度网盘, 微云, 金山文档) is not one of them: the mail goes to a person.
"""

from __future__ import annotations

import html
import plistlib
import re
import urllib.parse
from html.parser import HTMLParser

from collector.model import Attachment
from collector.parsers.share_codes import code_to_follow, locked, shares_given_with_a_code

LINK_PATTERNS = [
    re.compile(r"^https?://([a-z0-9-]+\.)*(163|126|188|yeah)\.(com|net)/large-attachment-download/", re.I),
    re.compile(r"^https?://dashi\.163\.com/html/cloud-attachment-download", re.I),
    re.compile(r"^https?://edisk\.qiye\.163\.com/", re.I),
    re.compile(r"^https?://([a-z0-9-]+\.)*qiye\.163\.com/[^?#]*large-?attach", re.I),
    re.compile(r"^https?://([a-z0-9-]+\.)*(mail|exmail)\.qq\.com/cgi-bin/ftnExs_download", re.I),
    re.compile(r"^https?://([a-z0-9-]+\.)*mail\.qq\.com/ftn/download", re.I),
    re.compile(r"^https?://mail\.dingtalk\.com/largeattach/", re.I),  # 钉钉邮箱's 超大附件 (钉盘)
]
_GENERIC_WORDS = re.compile(r"下载|预览|收藏|保存|转存|查看|打开|中转站|download|preview|open", re.I)
_TRAILING_SIZE = re.compile(r"\s*[（(][^()（）]*\d[^()（）]*[)）]\s*$")


def _is_generic(label: str) -> bool:
    """Button texts (下载, 进入下载页面, 预览…) are not file names."""
    return "." not in label and bool(_GENERIC_WORDS.search(label)) and len(label) <= 12
_SIZE = re.compile(r"(\d+(?:\.\d+)?\s*(?:[KMGT]i?B?|字节|bytes?)\b|\d+(?:\.\d+)?\s*[KMGT]\b)", re.I)
_SIZE_CJK = re.compile(r"(\d+(?:\.\d+)?\s*(?:[KMGT]i?B?))(?![A-Za-z])", re.I)
_EXPIRY = re.compile(
    r"(\d{4}\s*[年/-]\s*\d{1,2}\s*[月/-]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)\s*(?:到期|过期|前有效)"
    r"|(无限期|永久有效|永久保存|已过期|已失效)"
    r"|(?:有效期至|到期时间[:：]?|expires?(?: on)?:?)\s*(\d{4}[^\s,，)）<]*(?:\s*\d{1,2}:\d{2})?)",
    re.I,
)
_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"'）)]+")


# a file shared from a cloud drive or an online document instead of attached: not in the mail, nor a mail
# system's own large attachment the archive keeps a link to; a person fetches it
CLOUD_DRIVE = re.compile(r"https?://(?:pan\.baidu\.com|share\.weiyun\.com|www\.kdocs\.cn|docs\.qq\.com|"
                         r"(?:www\.)?(?:aliyundrive|alipan)\.com|cloud\.189\.cn|[a-z0-9.-]*lanzou[a-z]*\.com|"
                         # 夸克网盘, 中国移动云盘 (139邮箱's 超大附件), 联通云盘, 123云盘, 坚果云, 迅雷云盘, 文叔叔 (a transfer
                         # service)
                         r"pan\.quark\.cn|(?:caiyun|yun)\.139\.com|pan\.wo\.cn|(?:www\.)?123pan\.(?:com|cn)|"
                         r"(?:www\.)?jianguoyun\.com|"
                         r"pan\.xunlei\.com|(?:c\.)?wss\.ink|(?:www\.)?wenshushu\.cn)/[^\s<>\"'）)，。]*", re.I)


def shares_from_a_cloud_drive(text: str) -> bool:
    return bool(cloud_drive_shares(text))


def cloud_drive_shares(text: str) -> list[str]:
    """The cloud-drive and transfer-service share addresses in a text, each once, in order: those of the drives
    known, and any link given with its 提取码 (share_codes.py)."""
    known = [m.group(0).rstrip(".,;:") for m in CLOUD_DRIVE.finditer(text)]
    return list(dict.fromkeys(known + shares_given_with_a_code(text)))


def shares_awaiting_a_code(text: str) -> list[str]:
    """The shares a text gives whose 提取码 it says comes later (提取码稍后电话告知): not to be opened yet."""
    return [s for s in cloud_drive_shares(text) if locked(s)] if code_to_follow(text) else []


def openable_shares(text: str) -> list[str]:
    """The shares a text gives that can be opened from it."""
    waiting = set(shares_awaiting_a_code(text))
    return [s for s in cloud_drive_shares(text) if s not in waiting]


SHORTCUT_URL = re.compile(r"^\s*URL\s*=\s*(\S+)", re.M | re.I)


def shortcut_target(data: bytes, ext: str) -> str | None:
    """The address a saved link points to: a Windows Internet shortcut (.url, an INI file whose
    [InternetShortcut] section has URL=…) or a macOS .webloc (a property list with a URL key)."""
    if ext == "url" and b"[InternetShortcut]" in data[:2000]:
        m = SHORTCUT_URL.search(data[:20000].decode("utf-8", "replace"))
        return m.group(1) if m and m.group(1).lower().startswith(("http://", "https://")) else None
    if ext == "webloc":
        try:
            url = plistlib.loads(data).get("URL")
        except Exception:  # not a property list after all
            return None
        return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else None
    return None


def is_large_attachment_url(url: str) -> bool:
    return any(p.search(url) for p in LINK_PATTERNS)


class _Tokens(HTMLParser):
    """Flatten HTML into text pieces and anchor boundaries."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tokens: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href") or ""
            self.tokens.append(("a", href.strip()))
        elif tag in ("br", "div", "p", "tr", "li", "td"):
            self.tokens.append(("text", "\n"))

    def handle_endtag(self, tag):
        if tag == "a":
            self.tokens.append(("/a", ""))

    def handle_data(self, data):
        self.tokens.append(("text", data))


def _size_and_expiry(text: str) -> tuple[str | None, str | None]:
    size = _SIZE_CJK.search(text) or _SIZE.search(text)
    expiry = _EXPIRY.search(text)
    expires = None
    if expiry:
        expires = next(g for g in expiry.groups() if g)
        expires = re.sub(r"\s+", " ", expires).strip()
    return (re.sub(r"\s+", "", size.group(1)) if size else None), expires


def _name_from_url(url: str) -> str | None:
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
    for key in ("fname", "filename", "name", "title"):
        if query.get(key):
            return query[key][0]
    return None


def links_from_html(body: str) -> list[Attachment]:
    parser = _Tokens()
    try:
        parser.feed(body)
        parser.close()
    except Exception:
        return links_from_text(html.unescape(re.sub(r"<[^>]+>", " ", body)))
    tokens = parser.tokens
    found: dict[str, dict] = {}
    order: list[str] = []
    i = 0
    while i < len(tokens):
        kind, value = tokens[i]
        if kind != "a" or not is_large_attachment_url(value):
            i += 1
            continue
        url = value
        j = i + 1
        inside: list[str] = []
        while j < len(tokens) and tokens[j][0] not in ("/a", "a"):
            if tokens[j][0] == "text":
                inside.append(tokens[j][1])
            j += 1
        label = " ".join("".join(inside).split())
        after: list[str] = []
        k = j + 1
        while k < len(tokens) and len("".join(after)) < 200:
            if tokens[k][0] == "a" and tokens[k][1] != url:
                break
            if tokens[k][0] == "text":
                after.append(tokens[k][1])
            k += 1
        entry = found.setdefault(url, {"name": None, "size": None, "expires": None})
        if url not in order:
            order.append(url)
        if label and not _is_generic(label) and not entry["name"]:
            entry["name"] = _TRAILING_SIZE.sub("", label) if _SIZE.search(label) else label
        size, expires = _size_and_expiry(label + " " + "".join(after))
        entry["size"] = entry["size"] or size
        entry["expires"] = entry["expires"] or expires
        i = j
    return [_attachment(url, found[url], n) for n, url in enumerate(order, 1)]


def links_from_text(body: str) -> list[Attachment]:
    """Plain-text bodies: the name is usually on the line before the URL."""
    out: list[Attachment] = []
    seen: set[str] = set()
    lines = body.splitlines()
    for n, line in enumerate(lines):
        for m in _URL_IN_TEXT.finditer(line):
            url = m.group(0).rstrip(".,;，。")
            if url in seen or not is_large_attachment_url(url):
                continue
            seen.add(url)
            context = " ".join(lines[max(0, n - 2) : n + 1]).replace(url, " ")
            name = None
            for previous in reversed(lines[max(0, n - 2) : n + 1]):
                candidate = previous.replace(url, "").strip(" :：-\t")
                candidate = re.split(r"\s*[（(]", candidate)[0].strip()
                if candidate and "." in candidate and not candidate.startswith("http"):
                    name = candidate
                    break
            size, expires = _size_and_expiry(context)
            out.append(_attachment(url, {"name": name, "size": size, "expires": expires}, len(out) + 1))
    return out


def _attachment(url: str, entry: dict, number: int) -> Attachment:
    name = entry["name"] or _name_from_url(url) or f"超大附件{number}"
    return Attachment(
        filename=name,
        content_type="text/uri-list",
        kind="link",
        data=None,
        link_url=url,
        link_size=entry["size"],
        link_expires=entry["expires"],
    )
