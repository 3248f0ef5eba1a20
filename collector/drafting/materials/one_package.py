"""Several materials packed into one file: `将《…台账》（Excel格式）和现场照片（每处不少于3张）打包为一个压缩包，发送至…`.
The 打包 stands after the whole object of 将, outside any bracket, so it packs every material the object names: one
archive, not a sheet beside a zip of photos; so does a packing after a material and the one 连同 joins to it
(`填写《…台账》（Excel格式），连同巡查现场照片，以乡镇名称命名文件夹，压缩打包（ZIP格式）后…`). A packing said inside one
material's own bracket (`矢量数据（shp格式，打包为一个压缩文件）`) or after a single material is parts.py's."""

from __future__ import annotations

import re

from ..words import part_words

ARCHIVE_FORMATS = ["zip", "rar", "7z"]
# 将A（…）和B（…）打包为一个压缩包: the object of 将 up to its 打包, brackets included, no clause break
# (将活动总结、照片等材料打包压缩后（以单位名称命名）发送: the same, its packing said as 打包压缩 / 压缩打包 after it)
ALL_PACKED = re.compile(r"[将把](?P<what>(?:[^，,。；;()（）]|[(（][^()（）]*[)）])+?)\s*(?:统一|一并|全部|合并)?(?:(?:打包|压缩)"
                        r"(?:为|成)\s*(?:一个|1个)\s*(?:压缩包|压缩文件|文件包)|(?:打包压缩|压缩打包)(?=后|\s*[(（]|发送|报送))")

# 填写《…台账》（Excel格式），连同巡查现场照片，以乡镇名称命名文件夹，压缩打包（ZIP格式）后于…发送: a material and the one
# 连同 joins to it, then (past a clause naming the folder) a packing of its own clause, outside any bracket: both packed
# (连同现场照片（以乡镇名称命名打包为压缩包）packs the photos alone, in their own bracket)
_WORDS = r"(?:[^，,。；;()（）]|[(（][^()（）]*[)）])"
TOGETHER_PACKED = re.compile(r"(?P<what>" + _WORDS + r"+[，,]?\s*连同" + _WORDS + r"+?)"
                             r"(?:[，,]\s*(?:[^，,。；;()（）]{1,16}?[，,])?)?\s*(?:统一|一并|全部|合并)?"
                             r"(?:压缩打包|打包压缩|打包|压缩)(?:为|成|后|[(（])")


# 上述材料, 以上材料电子版, 前述全部材料: the materials named before, pointed back at
POINTED_BACK = re.compile(r"(?:上述|以上|前述)(?:全部|所有|各项)?(?:材料|资料)(?:电子版)?")


def packed_together(text: str, names: list[str]) -> dict | None:
    """The one archive part when the object a 打包 follows (of 将, or two materials joined by 连同) names two or more of
    ``names``, else None."""
    m = ALL_PACKED.search(text) or TOGETHER_PACKED.search(text)
    if not m:
        return None
    # 将上述材料打包压缩后发送: the materials named above, every one of them, in one archive
    packed = names if POINTED_BACK.fullmatch(m.group("what").strip()) else [n for n in names if n in m.group("what")]
    if len(packed) < 2:
        return None
    return {"id": "archive", "title": "、".join(packed), "kind": "document", "words": part_words(packed[0]),
            "formats": list(ARCHIVE_FORMATS)}
