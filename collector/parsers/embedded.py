"""Pictures inside documents: the activity photos an office pasted into its Word
summary ("照片已插入文档"), the screenshots a rectification report shows.

Each picture becomes a file of its own (structure.Walker.open_document), the
document its parent; photos.picture_role tells photos and screenshots from
logos, seals and icons.

- docx: the pictures the main document part shows (its relationships), in the
  order it shows them; header and footer art (letterhead logos) is not read.
- pdf: the image XObjects of the pages (also inside forms), each once, its
  size read before it is decoded; JPEGs are taken as they are stored; one
  shown on several pages is letterhead or footer art and is left out. A PDF
  with no text at all is a scan, its page images are the pages: none taken.
- doc, wps, wpt, rtf, odt: LibreOffice converts the document to docx (headless,
  OFFICE_TIMEOUT), then as docx; only when the file holds a JPEG or PNG
  signature at all, so documents without pictures cost nothing more.

Limits: MAX_PICTURES per document, MAX_PICTURE_BYTES per picture,
MAX_TOTAL_BYTES per document, MAX_PDF_PAGES pages, MAX_DECODED_PIXELS of
PDF pictures that must be decoded (not JPEGs); the docx zip passes the
archive limits (member count, size, compression ratio) first.
"""

from __future__ import annotations

import dataclasses
import io
import posixpath
import re
import zipfile

from PIL import Image

from . import archives
from .documents import MAX_PDF_PAGES, DocumentProblem, _main_document_part, _xml, office_enabled, soffice_convert

MAX_PICTURES = 100
MAX_PICTURE_BYTES = 50 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_DECODED_PIXELS = 150_000_000  # a PDF's pictures that are not JPEGs, together (a dozen photos' worth)
OFFICE_EXTS = {"doc", "wps", "wpt", "rtf", "odt"}
# a JPEG's start and first marker, a PNG's signature: what a pasted photo or screenshot starts with
PICTURE_SIGNATURE = re.compile(rb"\xff\xd8\xff[\xc0-\xfe]|\x89PNG\r\n\x1a\n")

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_IMAGE_REL = "/image"


@dataclasses.dataclass
class Picture:
    name: str  # as the document stores it ("image3.jpeg", "Im0.jpg")
    data: bytes


class PictureProblem(Exception):
    """The document's pictures cannot (or must not) be taken out."""


# 县统计局爱国卫生月活动照片.pdf: a PDF its sender calls photos, whatever its pages look like
PHOTOS_NAME = re.compile(r"照片|相片|图片")


def pictures_in_document(data: bytes, ext: str, text_status: str | None, filename: str = "") -> list[Picture]:
    """The pictures a document shows, within the limits; raises PictureProblem. A PDF without text
    is a scan, its page images the paper, not photos; unless its name says it holds photos (a
    phone's "print to PDF" of the activity photos)."""
    if ext in ("docx", "docm"):
        return _docx_pictures(data)
    if ext == "pdf":
        return [] if text_status == "scanned" and not PHOTOS_NAME.search(filename) else _pdf_pictures(data)
    if ext in OFFICE_EXTS and office_enabled() and PICTURE_SIGNATURE.search(data):
        try:
            converted = soffice_convert(data, ext, "docx")
        except DocumentProblem as exc:
            raise PictureProblem(f"文档中的图片未能取出：{exc}") from None
        return _docx_pictures(converted)
    return []


def _docx_pictures(data: bytes) -> list[Picture]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return []  # the text extraction already says the document is damaged
    with zf:
        main = _main_document_part(zf)
        infos = [zf.getinfo(name) for name in _shown_pictures(zf, main)]
        try:
            archives.check_limits(len(infos), sum(i.file_size for i in infos), len(data))
        except archives.ArchiveProblem as exc:
            raise PictureProblem(f"文档中的图片未取出：{exc}") from None
        pictures: list[Picture] = []
        for info in _within_limits(infos, lambda i: i.file_size):
            with zf.open(info) as handle:
                pictures.append(Picture(posixpath.basename(info.filename), handle.read(MAX_PICTURE_BYTES + 1)))
        return pictures


def _shown_pictures(zf: zipfile.ZipFile, main: str) -> list[str]:
    """Zip names of the image parts the main part refers to, in its order, each once."""
    folder = posixpath.dirname(main)
    rels_name = posixpath.join(folder, "_rels", posixpath.basename(main) + ".rels")
    try:
        rels = _xml(zf, rels_name)
    except Exception:  # missing, too big, or broken: the text extraction reports it
        return []
    targets = {
        rel.get("Id"): posixpath.normpath(posixpath.join(folder, rel.get("Target", "")))
        for rel in rels.iter(_REL)
        if rel.get("Type", "").endswith(_IMAGE_REL) and rel.get("TargetMode") != "External"
    }
    if not targets:
        return []  # most reports: no picture, and the main part is not read twice
    try:
        document = _xml(zf, main)
    except Exception:
        return []
    names = set(zf.namelist())
    shown: list[str] = []
    for element in document.iter():
        for attr in (f"{_R}embed", f"{_R}id"):  # DrawingML a:blip, VML v:imagedata
            target = targets.get(element.get(attr))
            if target and target in names and target not in shown:
                shown.append(target)
    return shown


def _within_limits(items, size_of):
    total = 0
    for n, item in enumerate(items):
        size = size_of(item)
        if n >= MAX_PICTURES or total + size > MAX_TOTAL_BYTES:
            return
        if size > MAX_PICTURE_BYTES:
            continue
        total += size
        yield item


# --- pdf -----------------------------------------------------------------------

def _pdf_pictures(data: bytes) -> list[Picture]:
    import logging

    import pypdf

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        pages = list(reader.pages)[:MAX_PDF_PAGES]
    except Exception:  # damaged or encrypted: the text extraction says so
        return []
    found: dict = {}  # image XObject -> (page, key), in page order
    pages_showing: dict = {}
    for page in pages:
        for key, xobj in _page_image_xobjects(page):
            ref = xobj.indirect_reference or id(xobj)
            pages_showing.setdefault(ref, set()).add(id(page))
            if ref not in found and _decodable_size(xobj):
                found[ref] = (page, key, xobj)
    # the same picture drawn on several pages is letterhead or footer art, not a photo
    found = {ref: item for ref, item in found.items() if len(pages_showing[ref]) == 1}
    pictures: list[Picture] = []
    total = 0
    pixels_to_decode = MAX_DECODED_PIXELS
    for page, key, xobj in list(found.values())[:MAX_PICTURES]:
        if not _is_jpeg(xobj):
            pixels_to_decode -= int(xobj["/Width"]) * int(xobj["/Height"])
            if pixels_to_decode < 0:
                break  # decoding (and re-encoding as PNG) costs time by the pixel
        picture = _pdf_picture(page, key, xobj)
        if picture is None or len(picture.data) > MAX_PICTURE_BYTES:
            continue
        total += len(picture.data)
        if total > MAX_TOTAL_BYTES:
            break
        pictures.append(picture)
    return pictures


def _page_image_xobjects(page):
    """(key for page.images, image XObject) of the images a page draws (its
    content's Do operators; a form it draws opened one level deep). Writers
    share one resource dictionary among all pages (LibreOffice does): being
    listed there is not being shown."""
    if not _lists_pictures(page):
        return  # a page of text: its content is not parsed a second time
    for name, xobj in _drawn_xobjects(page, page.get_contents()):
        subtype = xobj.get("/Subtype")
        if subtype == "/Image":
            yield name, xobj
        elif subtype == "/Form":
            for inner, inner_xobj in _drawn_xobjects(xobj, xobj):
                if inner_xobj.get("/Subtype") == "/Image":
                    yield [name, inner], inner_xobj


def _lists_pictures(page) -> bool:
    try:
        xobjects = page["/Resources"].get_object()["/XObject"].get_object()
        return any(xobjects[name].get_object().get("/Subtype") in ("/Image", "/Form") for name in xobjects)
    except Exception:
        return False


def _drawn_xobjects(owner, content):
    from pypdf.generic import ContentStream

    try:
        xobjects = owner["/Resources"].get_object()["/XObject"].get_object()
        operations = ContentStream(content, owner.pdf if hasattr(owner, "pdf") else None).operations
    except Exception:  # no resources, no content, or content pypdf cannot read
        return
    drawn: list[str] = []
    for operands, operator in operations:
        if operator == b"Do" and operands and str(operands[0]) not in drawn:
            drawn.append(str(operands[0]))
    for name in drawn:
        try:
            yield name, xobjects[name].get_object()
        except Exception:
            continue


def _decodable_size(xobj) -> bool:
    try:
        width, height = int(xobj.get("/Width", 0)), int(xobj.get("/Height", 0))
    except (TypeError, ValueError):
        return False
    return 0 < width * height <= Image.MAX_IMAGE_PIXELS


def _is_jpeg(xobj) -> bool:
    filters = xobj.get("/Filter")
    return (list(filters) if isinstance(filters, list) else [filters]) == ["/DCTDecode"]


def _pdf_picture(page, key, xobj) -> Picture | None:
    name = (key[-1] if isinstance(key, list) else key).lstrip("/")
    try:
        if _is_jpeg(xobj):
            return Picture(name + ".jpg", xobj.get_data())  # the JPEG as the writer stored it
        image = page.images[key]
        return Picture(image.name.rsplit("/", 1)[-1], image.data)
    except Exception:  # an image pypdf cannot decode: skip it, keep the others
        return None
