"""The parts a mail brings by download links, where the notice lets a part come so (``links: true``)."""

from __future__ import annotations

import datetime as dt
import re

from collector.campaign import Campaign, Part, Requirement
from collector.match.page_links import pages_linked
from collector.parsers.links import openable_shares
from collector.parsers.names import extension_of
from collector.status.files import ARCHIVE_FORMATS, PICTURES, texts_of
from collector.status.mails import FiledMail


def parts_linked(msg: FiledMail, req: Requirement, campaign: Campaign, in_files: dict[str, int]) -> set[str]:
    """The parts a mail brings by download links, of those the notice lets come so (``links: true``:
    视频、照片较大的，可使用超大附件或网盘发送下载链接). A link named for a file (航拍视频.mp4, 照片原图.zip) brings the
    part it fits; one that names none (a 百度网盘 share, 超大附件1) brings each such part the mail's files do not.
    A mail system's link that had expired when the mail came brings nothing. A government site's page
    brings the part that pictures it (match/page_links.py)."""
    open_to_links = [p for p in req.parts if p.links]
    if not open_to_links:
        return set()
    brought: set[str] = set()
    for name in _links_in(msg, campaign):
        fitting = [p for p in open_to_links if _link_fits(name, p)] if name else \
            [p for p in open_to_links if not in_files.get(p.id)]
        brought |= {p.id for p in fitting}
    return brought | pages_linked(open_to_links, texts_of(msg, campaign))


def _links_in(msg: FiledMail, campaign: Campaign) -> list[str]:
    """The names of the working links a mail brings ("" for a link that names no file): the mail system's
    large attachments and saved shortcuts, and the cloud-drive shares in the sender's words and files (not one
    whose 提取码 the sender says comes later, until a later mail of the sender gives it)."""
    names = [a.filename if a.kind == "link" and extension_of(a.filename) else "" for a in msg.attachments
             if a.link_url and not _expired(a.link_expires, msg.received_at)]
    seen = {a.link_url for a in msg.attachments if a.link_url}
    texts = f"{texts_of(msg, campaign)}\n{msg.codes_apart}"  # a code sent apart opens the share from the mail's time
    return names + ["" for url in openable_shares(texts) if url not in seen]


EXPIRED = re.compile(r"已过期|已失效")
DAY = re.compile(r"(\d{4})\s*[年/-]\s*(\d{1,2})\s*[月/-]\s*(\d{1,2})")


def _expired(expires: str, received_at: dt.datetime) -> bool:
    """A link whose stated last day (2065年10月9日 到期) was before the mail came."""
    if EXPIRED.search(expires):
        return True
    m = DAY.search(expires)
    try:
        return bool(m) and dt.date(*map(int, m.groups())) < received_at.date()
    except ValueError:  # 2065年13月40日: no day, no judgement
        return False


def _link_fits(name: str, part: Part) -> bool:
    """A named link is a photo part's when it holds pictures or an archive of them, another part's when it is
    in a format the part asks (or named by the part's words, when it asks none)."""
    ext = extension_of(name)
    if part.kind == "photo":
        return ext in PICTURES or ext in ARCHIVE_FORMATS
    if part.formats:
        return part.takes_format(ext)
    return any(w in name for w in part.words)
