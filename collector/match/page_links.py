"""A screenshot of a published page answered by the page's own link: where the notice lets the link stand for the
screenshot (``links: true`` on a photo part of a 网页截图: 已在县政府网站公示的，也可在邮件正文中提供公示网页链接，代替截图),
a link to a page of a government site (…gov.cn/…/2077001340.html) in the sender's words or files is the page, as a
clerk opens it and sees the same page. A link elsewhere (a 微信公众号 article, a news portal) is no government
publication, and a photo part of anything else (活动照片) is no page a link can show."""

from __future__ import annotations

import re

from collector.campaign import Part

# a page (a path after the host) on a government site: www.jianchang.gov.cn/zwgk/…, zwgk.example.gov.cn/…
GOVERNMENT_PAGE = re.compile(r"https?://(?:[a-z0-9-]+\.)+gov\.cn(?::\d+)?/[^\s<>\"'）)，。；;]+", re.I)
# 网页截图, 网站截图, 页面截图, 公示网址: the picture of a web page
A_PAGE = re.compile(r"网页|网站|页面|网址")


def shows_a_web_page(part: Part) -> bool:
    """A photo part the notice lets come as a link, whose title says it pictures a web page."""
    return part.kind == "photo" and part.links and bool(A_PAGE.search(" ".join([part.title, *part.words])))


def government_pages(text: str) -> list[str]:
    """The links to pages of government sites a text gives, each once, in order."""
    return list(dict.fromkeys(m.group(0).rstrip(".,;:") for m in GOVERNMENT_PAGE.finditer(text or "")))


def pages_linked(parts: list[Part], text: str) -> set[str]:
    """The web-page parts a text's government-site links bring."""
    return {p.id for p in parts if shows_a_web_page(p)} if government_pages(text) else set()


# 公示页面.pdf, 网页截图.pdf: the browser's print of the page (打印 → 另存为PDF), named for what it shows
PRINTED_PAGE = re.compile(r"网页|页面|截图|截屏")


def a_page_printed_to_pdf(filename: str, part: Part) -> bool:
    """A PDF named for a web page, where a part asks the page's picture: the page as the browser prints it."""
    name = filename or ""
    return shows_a_web_page(part) and name.lower().endswith(".pdf") and bool(PRINTED_PAGE.search(name))
