"""Parts a notice lets come as download links: 视频、照片文件较大的，可使用163邮箱超大附件、QQ邮箱文件中转站或
百度网盘等方式发送下载链接. Such a part is drafted with ``links: true`` (docs/campaign-format.md): a working link
then counts for it, where by default a file shared by a link is not counted until someone downloads it."""

from __future__ import annotations

import re

from .parts import VIDEO_FORMATS
from ..requirements import FILM_NOUN, DraftRequirement
from ..words import PHOTO_WORDS

# a sender's ways of sharing a big file instead of attaching it; not the office's own drive a template is
# fetched from (模板已上传至政务云盘，请自行下载)
SHARED_BY_LINK = re.compile(r"超大附件|文件中转站|链接(?:及|和|与|、)?提取码"
                            r"|(?:网盘|云盘|文叔叔)[^，,。；]{0,15}(?:发送|报送|提交|分享|传送|链接)"
                            r"|(?:发送|报送|提交|提供|分享|附上|注明)[^，,。；]{0,10}链接")
# 不接受网盘链接 / 请勿以网盘链接报送 / 不得使用超大附件: links refused, not allowed
REFUSED = re.compile(r"不接受|不予接受|不予受理|请勿|勿以|不得|不要|不可|不能|禁止|严禁|一律不")
VIDEO_WORDS = re.compile(rf"视频|宣传片|影像|录像|短片|{FILM_NOUN}")


def parts_sent_by_link(body: str, requirements: list[DraftRequirement]) -> None:
    """Mark ``links: true`` on the parts a sentence of the notice lets send as a download link: the videos and
    photos it names (all of them, when it names no material), and a document part whose words it names."""
    for sentence in re.split(r"[。；;\n]", body):
        if not SHARED_BY_LINK.search(sentence) or _refused(sentence):
            continue
        named_media = VIDEO_WORDS.search(sentence) or PHOTO_WORDS.search(sentence)
        for r in requirements:
            for part in r.parts:
                if _allowed(part, sentence, bool(named_media)):
                    part["links"] = True


def _refused(sentence: str) -> bool:
    """The clause that speaks of links says no to them (请以附件形式发送，不接受网盘链接)."""
    return any(SHARED_BY_LINK.search(c) and REFUSED.search(c) for c in re.split(r"[，,]", sentence))


def _allowed(part: dict, sentence: str, named_media: bool) -> bool:
    if _is_video(part):
        return not named_media or bool(VIDEO_WORDS.search(sentence))
    if part["kind"] == "photo":
        return not named_media or bool(PHOTO_WORDS.search(sentence))
    return part["kind"] == "document" and any(w in sentence for w in part.get("words", []))


def _is_video(part: dict) -> bool:
    return part["kind"] == "document" and bool(set(part.get("formats", [])) & set(VIDEO_FORMATS))
