"""Mail shapes held-out mailboxes 43 and 44 brought to the parse stage: an Outlook item (.msg) attached, its files
opened as an archive's; maps as documents (KML, 奥维's .ovkml, KMZ, a shapefile's .shp) with their places; the
system files a zipped folder carries (Thumbs.db, desktop.ini) counted for nothing; a split zip's .z01 and last .zip."""

from __future__ import annotations

import datetime as dt
import io
import struct
import sys
import zipfile
from pathlib import Path

import pytest
from test_mail_shapes_40 import mail

from collector.parsers import parse_message
from collector.parsers.sniff import nothing_inside

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "mixed43"))
import mixed43_docs  # noqa: E402  (its Outlook item writer: the compound file and MAPI properties)

def outlook_item(files: list[tuple[str, bytes]]) -> bytes:
    return mixed43_docs.outlook_msg("一季度统计表", "统计表见附件。", ("科员", "ky@163.com"), ("主任", "zr@163.com"),
                                    dt.datetime(2053, 4, 8, 10, 0, tzinfo=dt.timezone.utc), [(n, d, "application/octet-stream") for n, d in files])


def test_the_files_of_an_attached_outlook_item_are_opened():
    item = outlook_item([("退役军人事务局一季度统计表.xlsx", b"x" * 64), ("说明.txt", "统计口径说明".encode())])
    files = parse_message(mail({"一季度统计表.msg": item})).attachments
    assert [(a.filename, a.kind, a.parent) for a in files] == [
        ("一季度统计表.msg", "archive", None), ("退役军人事务局一季度统计表.xlsx", files[1].kind, 0), ("说明.txt", "document", 0)]
    assert files[2].text == "统计口径说明" and not files[0].problem


def test_a_damaged_outlook_item_is_said_so():
    (a,) = parse_message(mail({"一季度统计表.msg": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(300)})).attachments
    assert a.kind == "archive" and "Outlook" in (a.problem or "")


KML = ('<?xml version="1.0" encoding="{enc}"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>石佛乡撂荒耕地地块</name>'
       "<Folder><name>撂荒地块</name>{marks}</Folder></Document></kml>")


def placemark(name: str, description: str) -> str:
    return (f"<Placemark><name>{name}</name><description>{description}</description><Polygon><outerBoundaryIs>"
            "<LinearRing><coordinates>119.8,40.8,0 119.9,40.8,0 119.9,40.9,0 119.8,40.8,0</coordinates></LinearRing>"
            "</outerBoundaryIs></Polygon></Placemark>")


def kmz(kml: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("doc.kml", kml)
    return out.getvalue()


@pytest.mark.parametrize("name, encode, ext", [
    ("石佛乡撂荒耕地地块.kml", lambda k: k.format(enc="GBK").encode("gbk"), "kml"),
    ("要路沟乡撂荒地块.ovkml", lambda k: k.format(enc="UTF-8").encode(), "ovkml"),
    ("建昌镇撂荒耕地地块.kmz", lambda k: kmz(k.format(enc="UTF-8")), "kmz"),
])
def test_a_maps_places_are_its_text(name, encode, ext):
    marks = placemark("DK001", "村名：东沟村；面积：12.5亩") + placemark("DK002", "村名：西沟村；面积：3亩")
    (a,) = [f for f in parse_message(mail({name: encode(KML.replace("{marks}", marks))})).attachments if f.parent is None]
    assert (a.kind, a.text_status, a.filename.rsplit(".", 1)[1]) == ("document", "ok", ext)
    assert a.text.splitlines() == ["石佛乡撂荒耕地地块", "撂荒地块", "地标：DK001　村名：东沟村；面积：12.5亩",
                                   "地标：DK002　村名：西沟村；面积：3亩"]


def test_a_shapefiles_shapes_are_a_document_and_its_companions_files():
    shp = struct.pack(">7i", 9994, 0, 0, 0, 0, 0, 50) + struct.pack("<2i4d4d", 1000, 5, *([0.0] * 8)) + bytes(8)
    files = parse_message(mail({"牤牛营子乡撂荒地块.shp": shp, "牤牛营子乡撂荒地块.dbf": b"\x03" + bytes(40)})).attachments
    assert [(a.filename.rsplit(".", 1)[1], a.kind) for a in files] == [("shp", "document"), ("dbf", "other")]


def zipped(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return out.getvalue()


def test_the_system_files_of_a_zipped_folder_count_for_nothing_and_hold_nothing():
    folder = zipped({"照片/Thumbs.db": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "照片/desktop.ini": b"[.ShellClassInfo]",
                     "照片/村史馆.txt": "村史馆".encode()})
    files = parse_message(mail({"照片.zip": folder})).attachments
    system = [a for a in files if a.filename.endswith(("Thumbs.db", "desktop.ini"))]
    assert len(system) == 2 and all(a.kind == "other" and a.problem == nothing_inside(a.filename, a.kind) for a in system)
    assert "缩略图" in system[0].problem


def test_a_split_zips_first_volume_is_said_so_and_its_last_needs_the_others():
    (piece,) = parse_message(mail({"简志图片.z01": b"PK\x07\x08" + bytes(500)})).attachments
    assert piece.kind == "other" and piece.problem == nothing_inside(piece.filename, piece.kind) and "分卷" in piece.problem
    whole = zipped({"村史馆.txt": "村史馆".encode()})
    at = whole.rfind(b"PK\x05\x06")
    last_volume = whole[:at + 4] + struct.pack("<H", 1) + whole[at + 6:]  # the end record on disk 1: the last of two
    (last,) = [a for a in parse_message(mail({"简志图片.zip": last_volume})).attachments if a.parent is None]
    assert "最后一卷" in (last.problem or "")
