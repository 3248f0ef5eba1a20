"""What the demo units attach: Word documents, photos with EXIF, scanned PDFs and zips."""

from __future__ import annotations

import datetime as dt
import functools
import io
import random
import time
import zipfile
from pathlib import Path


# ----- attachments: documents and photos -----------------------------------------------

FIXED_ZIP_TIME = (2023, 5, 1, 0, 0, 0)


def normalize_zip(data: bytes, when: tuple[int, ...]) -> bytes:
    """Re-write a zip with fixed member times (python-docx stamps 'now')."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=when)
            member.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(member, source.read(info.filename))
    return out.getvalue()


def make_docx(title: str, paragraphs: list[str], signature: list[str], author: str,
              when: dt.datetime) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = heading.add_run(title)
    run.bold = True
    run.font.size = Pt(18)
    for text in paragraphs:
        document.add_paragraph(text)
    for line in signature:
        document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    naive = when.astimezone(dt.timezone.utc).replace(tzinfo=None)
    props = document.core_properties
    props.author = props.last_modified_by = author
    props.title = title
    props.created = props.modified = naive
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return normalize_zip(buffer.getvalue(), when.timetuple()[:6])


@functools.lru_cache(maxsize=1)
def _cjk_font_path() -> str | None:
    for candidate in ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                      "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
                      "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"):
        if Path(candidate).exists():
            return candidate
    return None


def draw_scene(rng: random.Random, caption: str, size=(640, 480)):
    """An outdoor 'activity' photo: sky, ground, a red banner, tables, people."""
    from PIL import Image, ImageDraw, ImageFont

    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    sky = (rng.randrange(120, 200), rng.randrange(170, 220), rng.randrange(220, 255))
    for y in range(height // 2):
        shade = tuple(max(0, c - y // 6) for c in sky)
        draw.line([(0, y), (width, y)], fill=shade)
    draw.rectangle([0, height // 2, width, height], fill=(rng.randrange(110, 160),) * 3)
    building = (rng.randrange(180, 230), rng.randrange(170, 210), rng.randrange(150, 200))
    draw.rectangle([rng.randrange(0, 80), 60, rng.randrange(560, 640), height // 2], fill=building)
    for wx in range(40, width - 40, 60):
        draw.rectangle([wx, 90, wx + 30, 130], fill=(90, 110, 140))
    banner_top = rng.randrange(140, 180)
    draw.rectangle([30, banner_top, width - 30, banner_top + 50], fill=(200, 20, 30))
    font_path = _cjk_font_path()
    if font_path:
        font = ImageFont.truetype(font_path, 22)
        draw.text((45, banner_top + 10), caption[:26], fill=(255, 230, 80), font=font)
    for _ in range(rng.randrange(2, 4)):  # display boards / tables
        x = rng.randrange(20, width - 160)
        draw.rectangle([x, 300, x + 140, 340], fill=(240, 240, 240), outline=(60, 60, 60))
        draw.rectangle([x + 10, 220, x + 60, 300], fill=(30, 90, 180))
    for _ in range(rng.randrange(6, 14)):  # people
        x, y = rng.randrange(10, width - 30), rng.randrange(300, 430)
        coat = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.ellipse([x, y, x + 22, y + 22], fill=(240, 200, 170))
        draw.rectangle([x - 4, y + 22, x + 26, y + 70], fill=coat)
    return image


CAMERAS = [("HUAWEI", "VOG-AL00"), ("HUAWEI", "ELS-AN00"), ("Xiaomi", "M2012K11AC"), ("OPPO", "PEGM00"),
           ("vivo", "V2055A"), ("Canon", "Canon EOS 80D"), ("NIKON CORPORATION", "NIKON D7500"),
           ("HONOR", "ANY-AN00")]


def make_photo(rng: random.Random, caption: str, taken_at: dt.datetime, camera=None,
               fmt: str = "JPEG") -> bytes:
    """A small photo with real EXIF (Make, Model, Orientation, DateTimeOriginal)."""
    from PIL import Image

    make, model = camera or rng.choice(CAMERAS)
    orientation = 6 if (fmt == "JPEG" and rng.random() < 0.2) else 1
    scene = draw_scene(rng, caption)
    stored = scene.transpose(Image.Transpose.ROTATE_90) if orientation == 6 else scene
    exif = Image.Exif()
    exif[0x010F] = make
    exif[0x0110] = model
    exif[0x0112] = orientation
    exif[0x0132] = taken_at.strftime("%Y:%m:%d %H:%M:%S")
    exif[0x0131] = "Demo camera 1.0" if make in ("Canon", "NIKON CORPORATION") else f"{model} 13.0.0"
    details = exif.get_ifd(0x8769)
    details[0x9003] = taken_at.strftime("%Y:%m:%d %H:%M:%S")  # DateTimeOriginal
    details[0x9004] = taken_at.strftime("%Y:%m:%d %H:%M:%S")  # DateTimeDigitized
    details[0x9011] = "+08:00"  # OffsetTimeOriginal
    buffer = io.BytesIO()
    if fmt == "HEIC":
        import pillow_heif

        pillow_heif.from_pillow(stored).save(buffer, quality=40, exif=exif.tobytes())
    else:
        stored.save(buffer, "JPEG", quality=rng.randrange(70, 85), exif=exif.tobytes())
    return buffer.getvalue()


def make_scanned_pdf(rng: random.Random, title: str, lines: list[str], when: dt.datetime) -> bytes:
    """A 'scanned' PDF (image only, no text layer), as sent after stamping the seal."""
    from PIL import Image, ImageDraw, ImageFont

    page = Image.new("L", (620, 877), 245)
    draw = ImageDraw.Draw(page)
    font_path = _cjk_font_path()
    if font_path:
        big, small = ImageFont.truetype(font_path, 22), ImageFont.truetype(font_path, 15)
        draw.text((40, 60), title[:26], fill=20, font=big)
        for n, line in enumerate(lines[:30]):
            draw.text((40, 120 + n * 24), line[:38], fill=40, font=small)
    draw.ellipse([400, 700, 540, 840], outline=90, width=5)  # the seal
    for _ in range(400):  # scanner noise
        x, y = rng.randrange(620), rng.randrange(877)
        draw.point((x, y), fill=rng.randrange(150, 230))
    buffer = io.BytesIO()
    stamp = time.gmtime(when.timestamp())  # Pillow would write "now"
    page.save(buffer, "PDF", resolution=72.0, creationDate=stamp, modDate=stamp, producer="PDF Scanner")
    return buffer.getvalue()


def zip_with_gbk_names(files: list[tuple[str, bytes]], when: dt.datetime) -> bytes:
    """A zip as Windows' 'Send to compressed folder' makes it: GBK names, no UTF-8 flag."""
    placeholders = {}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for n, (name, data) in enumerate(files):
            gbk = name.encode("gbk")
            placeholder = (f"@@{n:03d}@@" + "x" * len(gbk))[:len(gbk)]
            if len(placeholder) < len(gbk) or len(gbk) < 8:
                raise ValueError("zip member names must be at least 8 GBK bytes")
            placeholders[placeholder.encode("ascii")] = gbk
            archive.writestr(zipfile.ZipInfo(placeholder, date_time=when.timetuple()[:6]), data,
                             compress_type=zipfile.ZIP_DEFLATED)
    data = out.getvalue()
    for placeholder, gbk in placeholders.items():
        assert data.count(placeholder) == 2, "placeholder must occur in local and central header"
        data = data.replace(placeholder, gbk)
    return data


