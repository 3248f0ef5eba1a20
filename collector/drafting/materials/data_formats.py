"""Files asked in a data format no office program opens, a map's or a drawing's (`作业点位置坐标（KML格式）`,
`…矢量数据（SHP格式，2000国家大地坐标系）`, `平面图（DWG格式）`, `施工图（CAD格式，.dwg文件）`), or a design's source
file (`LOGO矢量源文件（AI格式）`, `（PSD格式）`, `（CDR格式）`, `（EPS格式）`, 2088): a file asked in a named
format is a part, as a Word or an Excel bracket makes one (2069), a document in that format's files. Packed by its own
bracket (`矢量数据（shp格式，打包为一个压缩文件）`, `（shp格式压缩包）`) it is the archive parts.py reads instead."""

from __future__ import annotations

import re

# the data formats known, each with the files it is sent as (a KMZ is a zipped KML and 奥维's .ovkml its KML:
# campaign.model.STANDS_FOR takes them for kml); CAD is the drawing program's name, its files DWG or DXF
DATA_FORMATS = {
    "kml": ["kml"], "kmz": ["kmz"], "shp": ["shp"], "geojson": ["geojson"], "gpx": ["gpx"],
    "dwg": ["dwg"], "dxf": ["dxf"], "cad": ["dwg", "dxf"],
    # a design's source, as Illustrator, Photoshop, CorelDRAW save it (an EPS the vector any of them exports)
    "ai": ["ai"], "psd": ["psd"], "cdr": ["cdr"], "eps": ["eps"],
}
WORD = r"\.?(?:" + "|".join(DATA_FORMATS) + r")(?![A-Za-z])"
# 作业点位置坐标（KML格式）, （dwg或shp格式）, （.shp格式，2000国家大地坐标系）: a bracket opening with data formats
DATA_BRACKET = rf"(?i:{WORD}(?:\s*(?:或|、|/|和)\s*{WORD})*)(?:\s*(?:格式|文件|数据))?"
NOT_PACKED = r"(?![^)）]*(?:打包|压缩))"  # （shp格式，打包为一个压缩文件）: the archive, not a data file


def formats_in(bracket: str) -> list[str]:
    """The files of the data formats a bracket's first clause names (`dwg或shp格式`: dwg, shp), [] when it names none
    (or packs them, an archive)."""
    if not re.match(rf"\s*{DATA_BRACKET}\s*(?:$|[)）,，;；])", bracket) or re.search(r"打包|压缩", bracket):
        return []
    found = (m.group().lstrip(".").lower() for m in re.finditer(rf"(?i:{WORD})", bracket))
    return list(dict.fromkeys(f for word in found for f in DATA_FORMATS[word]))
