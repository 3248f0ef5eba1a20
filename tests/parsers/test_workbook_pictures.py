"""Photos pasted onto a sheet (插入 → 图片): a town's 隐患排查情况表 with its 整治现场照片 on a second sheet, no JPG attached.
Each picture a sheet's drawing shows becomes a file of its own after the workbook, as the photos of a Word summary do,
whether the drawing names it relative to itself (Excel: ../media/image1.jpeg) or from the package's root (openpyxl:
/xl/media/image1.jpeg). A workbook without pictures brings none, and a logo-sized one is no photo."""

from __future__ import annotations

import io
import re
import zipfile
from email.message import EmailMessage

import openpyxl
from openpyxl.drawing.image import Image as SheetImage
from PIL import Image

from collector.parsers import parse_message


def jpeg(shade: int, size: tuple[int, int] = (1024, 768)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (40, 120, 60 + 40 * shade)).save(out, "JPEG")
    return out.getvalue()


def workbook(pictures: list[bytes]) -> bytes:
    wb = openpyxl.Workbook()
    wb.active.append(["村（社区）", "排查点位", "隐患数"])
    wb.active.append(["石佛村", "村委会院内充电棚", 2])
    if pictures:
        sheet = wb.create_sheet("整治现场照片")
        for i, data in enumerate(pictures):
            sheet.add_image(SheetImage(io.BytesIO(data)), f"A{1 + 40 * i}")
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def as_excel_writes_it(data: bytes) -> bytes:
    """The same workbook with the drawings' picture targets relative to the drawing, as Excel writes them."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item)
            if re.fullmatch(r"xl/drawings/_rels/drawing\d+\.xml\.rels", item.filename):
                body = body.replace(b'Target="/xl/media/', b'Target="../media/')
            dst.writestr(item, body)
    return out.getvalue()


def parsed_with(data: bytes):
    m = EmailMessage()
    m["From"] = "sfx_zhb@163.com"
    m["To"] = "jc7710089@163.com"
    m["Subject"] = "石佛乡电动自行车充电隐患排查情况表"
    m.set_content("情况表和整治照片都在表格里。\n石佛乡人民政府")
    m.add_attachment(data, maintype="application", subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     filename="石佛乡电动自行车充电隐患排查情况表.xlsx")
    return parse_message(m.as_bytes())


def test_photos_on_a_sheet_come_out_as_photos_of_the_workbook():
    for data in (workbook([jpeg(0), jpeg(1)]), as_excel_writes_it(workbook([jpeg(0), jpeg(1)]))):
        parsed = parsed_with(data)
        assert [a.kind for a in parsed.attachments] == ["document", "photo", "photo"]
        assert [a.parent for a in parsed.attachments[1:]] == [0, 0]
        assert parsed.attachments[0].problem is None


def test_a_workbook_without_pictures_brings_none():
    assert [a.kind for a in parsed_with(workbook([])).attachments] == ["document"]


def test_a_logo_on_a_sheet_is_no_photo():
    parsed = parsed_with(workbook([jpeg(0, (120, 40))]))
    (logo,) = [a for a in parsed.attachments if a.parent == 0]  # taken out of the workbook, and named for what it is
    assert logo.kind == "other" and "图标或标志" in logo.filename
