"""Maps units send as their 范围图 / 点位图: the places and words in them, read as a document's text.

- KML (奥维互动地图, 两步路, Google Earth; 奥维's .ovkml is the same XML) and KMZ (a zipped KML): the document's and
  its folders' names, then each Placemark as 地标：name　description;
- DXF (AutoCAD's text exchange format, what a CAD drawing is exported to): the words of its TEXT and MTEXT entities
  (the title block: 建设单位：…, the project's name), \\U+XXXX escapes of older files decoded;
- GeoJSON (QGIS, 两步路): each feature's string properties as 地标：…;
- a shapefile's .shp: shapes only, no words.
"""

from __future__ import annotations

import io
import json
import re
import zipfile

from .reading import MAX_DOCX_XML_BYTES, MAX_TEXT_CHARS, DocumentProblem

PLACEMARK_LABEL = "地标："  # status/files.py reads these lines: a map of one unit's outline alone holds none of its plots


def _kml(data: bytes) -> str:
    """A map's places (KML: 奥维互动地图, 两步路, Google Earth; 奥维's .ovkml is the same XML): the document's and its
    folders' names, then each Placemark as 地标：name　description. lxml reads the declared encoding (GBK too)."""
    from lxml import etree

    root = etree.fromstring(data[:MAX_TEXT_CHARS * 8], etree.XMLParser(resolve_entities=False, no_network=True,
                                                                      recover=True, huge_tree=False))
    if root is None:
        raise DocumentProblem("KML 地图文件无法解析")
    lines = [(n.text or "").strip() for tag in ("{*}Document", "{*}Folder") for el in root.iter(tag)
             for n in el.iterchildren("{*}name")]
    for mark in root.iter("{*}Placemark"):
        said = [(mark.findtext(f"{{*}}{field}") or "").strip() for field in ("name", "description")]
        lines.append(PLACEMARK_LABEL + "　".join(x for x in said if x))
    return "\n".join(x for x in lines if x)


def _kmz(data: bytes) -> str:
    """A KMZ: the zipped KML (doc.kml) read as a KML."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        inner = next((n for n in zf.namelist() if n.lower().endswith(".kml")), None)
        if inner is None or zf.getinfo(inner).file_size > MAX_DOCX_XML_BYTES:
            raise DocumentProblem("KMZ 中没有可读取的 KML")
        return _kml(zf.read(inner))


def _dxf(data: bytes) -> str:
    """The words of a DXF drawing: each TEXT / MTEXT / ATTRIB entity's string (group codes 1 and 3), in order, with
    MTEXT's formatting codes (\\P paragraph, {\\f…;}) dropped and \\U+5EFA escapes decoded."""
    text = data[: MAX_TEXT_CHARS * 8].decode("utf-8", errors="replace")
    if "\ufffd" in text:
        text = data[: MAX_TEXT_CHARS * 8].decode("gb18030", errors="replace")
    lines = text.replace("\r\n", "\n").split("\n")
    if not any(line.strip() == "SECTION" for line in lines[:4]):
        raise DocumentProblem("不是可读取的 DXF 文件（可能是二进制 DXF 或 DWG）")
    words: list[str] = []
    entity = ""
    for code, value in zip(lines[0::2], lines[1::2]):
        code = code.strip()
        if code == "0":
            entity = value.strip()
        elif code in ("1", "3") and entity in ("TEXT", "MTEXT", "ATTRIB", "ATTDEF"):
            said = _mtext_plain(value.strip())
            if said:
                words.append(said)
    return "\n".join(words)


def _mtext_plain(value: str) -> str:
    value = re.sub(r"\\U\+([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1), 16)), value)
    value = value.replace("\\P", "\n")
    value = re.sub(r"\\[A-Za-z][^;\\{}]*;|[{}]", "", value)
    return value.strip()


def _geojson(data: bytes) -> str:
    """A GeoJSON's features: each one's string properties as a 地标 line (name first), the collection's name above."""
    try:
        doc = json.loads(data[: MAX_DOCX_XML_BYTES].decode("utf-8-sig", errors="replace"))
    except ValueError:
        raise DocumentProblem("GeoJSON 地图文件无法解析") from None
    if not isinstance(doc, dict):
        raise DocumentProblem("GeoJSON 地图文件无法解析")
    features = doc.get("features") if doc.get("type") == "FeatureCollection" else [doc]
    lines = [doc["name"]] if isinstance(doc.get("name"), str) else []
    for feature in features if isinstance(features, list) else []:
        props = feature.get("properties") if isinstance(feature, dict) else None
        said = [v.strip() for k, v in sorted((props or {}).items(), key=lambda kv: kv[0] != "name")
                if isinstance(v, str) and v.strip()]
        if said:
            lines.append(PLACEMARK_LABEL + "　".join(said))
    return "\n".join(lines)


MAP_READERS = {"kml": _kml, "ovkml": _kml, "kmz": _kmz, "dxf": _dxf, "geojson": _geojson,
               "shp": lambda data: ""}  # a shapefile's shapes hold no words
