"""Several materials packed into one file: `将《…台账》（Excel格式）和现场照片（每处不少于3张）打包为一个压缩包，发送至…`.
The 打包 stands after the whole object of 将, outside any bracket, so it packs every material the object names: one
archive, not a sheet beside a zip of photos. A packing said inside one material's own bracket (`矢量数据（shp格式，打包为
一个压缩文件）`) or after a single material is parts.py's."""

from __future__ import annotations

import re

from .words import part_words

ARCHIVE_FORMATS = ["zip", "rar", "7z"]
# 将A（…）和B（…）打包为一个压缩包: the object of 将 up to its 打包, brackets included, no clause break
ALL_PACKED = re.compile(r"[将把](?P<what>(?:[^，,。；;()（）]|[(（][^()（）]*[)）])+?)\s*(?:统一|一并|全部|合并)?(?:打包|压缩)"
                        r"(?:为|成)\s*(?:一个|1个)\s*(?:压缩包|压缩文件|文件包)")


def packed_together(text: str, names: list[str]) -> dict | None:
    """The one archive part when the object a 打包 follows names two or more of ``names``, else None."""
    m = ALL_PACKED.search(text)
    if not m:
        return None
    packed = [n for n in names if n in m.group("what")]
    if len(packed) < 2:
        return None
    return {"id": "archive", "title": "、".join(packed), "kind": "document", "words": part_words(packed[0]),
            "formats": list(ARCHIVE_FORMATS)}
