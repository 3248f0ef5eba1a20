"""A paper's bracket naming one file format and pictures: `将馆藏相关档案目录及重要档案翻拍件（Word、照片）报送` (held-out 2542)
is the paper in that format and the photos beside it, two parts, as a table's 格式 cell `Word、照片` is
(row_formats.paper_and_its_photos): written out as `…翻拍件(Word格式)、照片`, so the paper is read by its name and the
photos as photos, never the photos alone. Only a bracket of one paper's format (Word, Excel, WPS, PDF, OFD) and picture
words (照片, 现场照片, 图片, 截图, 视频); a bracket of what the pictures show or how many (`（Word格式，附照片2-3张）`,
`（含照片）`) or of formats alone (`（Word、PDF）`) stays as written."""

from __future__ import annotations

import re

# Word, Word版, PDF格式: one paper's file format
PAPER_FORMAT = r"(?:Word|Excel|WPS|PDF|OFD)\s*(?:格式|版|文件)?"
# 照片, 现场照片, 图片, 截图, 视频: pictures beside the paper
PICTURE = r"[\u4e00-\u9fa5]{0,4}(?:照片|图片|截图|视频)"
PICTURES_IN_THE_BRACKET = re.compile(r"(?<=[\u4e00-\u9fa5》”\"])(?P<open>[(（])\s*(?P<format>" + PAPER_FORMAT + r")"
                                     r"\s*[、和及/／+]\s*(?P<pictures>" + PICTURE + r"(?:\s*、\s*" + PICTURE + r")*)"
                                     r"\s*[)）]", re.I)


def _written_out(m: re.Match) -> str:
    fmt = m.group("format")
    fmt = fmt if re.search(r"格式|版|文件", fmt) else fmt + "格式"
    return f"{m.group('open')}{fmt}{')' if m.group('open') == '(' else '）'}、{m.group('pictures')}"


def pictures_set_beside(text: str) -> str:
    """Each paper's bracket of one format and pictures written out as the paper in that format, then the pictures."""
    return PICTURES_IN_THE_BRACKET.sub(_written_out, text)
