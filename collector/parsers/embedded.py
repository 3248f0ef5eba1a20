"""Pictures inside documents: the activity photos an office pasted into its Word
summary ("照片已插入文档"), the screenshots a rectification report shows.

Each picture becomes a file of its own (structure.Walker.open_document), the
document its parent; photos.picture_role tells photos and screenshots from
logos, seals and icons.

- docx: the pictures the main document part shows (its relationships), in the
  order it shows them; header and footer art (letterhead logos) is not read.
- xlsx: the pictures the sheets' drawings show (插入 → 图片 on a sheet: the 整治现场照片
  a town pastes beside its 情况表), drawing by drawing, each once.
- pdf: the image XObjects of the pages (also inside forms), each once, its
  size read before it is decoded; JPEGs are taken as they are stored; one
  shown on several pages is letterhead or footer art and is left out. A PDF
  with no text at all is a scan, its page images are the pages: none taken.
- doc, wps, wpt, rtf, odt: LibreOffice converts the document to docx (headless,
  OFFICE_TIMEOUT), then as docx; only when the file holds a JPEG or PNG
  signature at all, so documents without pictures cost nothing more.

Workbooks inside Word documents (workbooks_in_document): the 台账 a summary carries at its end as
an Excel object (插入 → 对象). Only those the main document part refers to, as with pictures, and only
what is a workbook whole: an .xlsx / .xlsm package (relationship "package"), or an .xls, also an
oleObject*.bin that is an Excel 97-2003 workbook as it stands (its compound file holds a Workbook
stream and no Ole10Native wrapper around another file). An object wrapping a file (Ole10Native), a
Word or PowerPoint object, a linked (not embedded) one, and the objects of .doc / .wps files are not
taken. The same limits as pictures.

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
from .documents import MAX_PDF_PAGES, DocumentProblem, office_enabled, soffice_convert
from .word import main_document_part, ooxml_part

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
_OBJECT_RELS = ("/package", "/oleObject")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# compound-file directory entry names (UTF-16LE, NUL-ended): Excel 97-2003's workbook stream (Excel 5's
# "Book"), and the stream an OLE "Package" object wraps another file in
_WORKBOOK_STREAMS = ("Workbook\0".encode("utf-16-le"), "Book\0".encode("utf-16-le"))
_OLE10_NATIVE = "\x01Ole10Native".encode("utf-16-le")


@dataclasses.dataclass
class Picture:
    name: str  # as the document stores it ("image3.jpeg", "Im0.jpg")
    data: bytes


@dataclasses.dataclass
class Workbook:
    ext: str  # "xlsx", "xlsm" or "xls"
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
    if ext in ("xlsx", "xlsm"):
        return _workbook_pictures(data)
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
    pictures = [Picture(posixpath.basename(name), part) for name, part in _docx_parts(data, (_IMAGE_REL,), "图片")]
    if not pictures and (linked := _pictures_linked_to_the_senders_disk(data)):
        raise PictureProblem(f"文档中的{linked}张图片是链接到发件人电脑上的文件（插入图片时选了“链接到文件”），图片没有随文档发来，"
                             f"打开只见红叉，请该单位把照片作为附件重发")
    return pictures


# file:///C:/Users/…/1.jpg, C:\照片\1.jpg, \\server\share\1.jpg, ../照片/1.jpg: a picture kept on the sender's disk
_WEB_TARGET = re.compile(r"^(?:https?|ftp)://", re.I)


def _pictures_linked_to_the_senders_disk(data: bytes) -> int:
    """How many pictures the main part shows only as links to files outside the package (插入图片 → 链接到文件):
    Word draws them from the sender's disk, so nobody else sees them. A picture linked to a web address is left
    alone (whoever opens the file online sees it)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        with zf:
            main = main_document_part(zf)
            rels = ooxml_part(zf, posixpath.join(posixpath.dirname(main), "_rels", posixpath.basename(main) + ".rels"))
            linked = {rel.get("Id") for rel in rels.iter(_REL) if rel.get("Type", "").endswith(_IMAGE_REL)
                      and rel.get("TargetMode") == "External" and not _WEB_TARGET.match(rel.get("Target", ""))}
            if not linked:
                return 0
            document = ooxml_part(zf, main)
    except Exception:  # missing, too big, or broken: the text extraction reports it
        return 0
    return sum(1 for element in document.iter() if element.get(f"{_R}link") in linked or element.get(f"{_R}id") in linked)


DRAWING = re.compile(r"xl/drawings/drawing(\d+)\.xml")


def _workbook_pictures(data: bytes) -> list[Picture]:
    def drawings(zf: zipfile.ZipFile) -> list[str]:
        found = [(int(m.group(1)), name) for name in zf.namelist() if (m := DRAWING.fullmatch(name))]
        return [name for _, name in sorted(found)]

    return [Picture(posixpath.basename(name), part) for name, part in _package_parts(data, drawings, (_IMAGE_REL,), "图片")]


def _docx_parts(data: bytes, rel_types: tuple[str, ...], what: str) -> list[tuple[str, bytes]]:
    """(zip name, bytes) of the parts of those relationship types the main document part shows, in
    its order, within the limits (the archive limits on them all first; raises PictureProblem)."""
    return _package_parts(data, lambda zf: [main_document_part(zf)], rel_types, what)


def _package_parts(data: bytes, showing, rel_types: tuple[str, ...], what: str) -> list[tuple[str, bytes]]:
    """(zip name, bytes) of the parts of those relationship types the parts ``showing(zip)`` names show, in their
    order, each once, within the limits (the archive limits on them all first; raises PictureProblem)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return []  # the text extraction already says the document is damaged
    with zf:
        shown = [name for main in showing(zf) for name in _shown_parts(zf, main, rel_types)]
        infos = [zf.getinfo(name) for name in dict.fromkeys(shown)]
        try:
            archives.check_limits(len(infos), sum(i.file_size for i in infos), len(data))
        except archives.ArchiveProblem as exc:
            raise PictureProblem(f"文档中的{what}未取出：{exc}") from None
        parts: list[tuple[str, bytes]] = []
        for info in _within_limits(infos, lambda i: i.file_size):
            with zf.open(info) as handle:
                parts.append((info.filename, handle.read(MAX_PICTURE_BYTES + 1)))
        return parts


def _shown_parts(zf: zipfile.ZipFile, main: str, rel_types: tuple[str, ...]) -> list[str]:
    """Zip names of the parts of those relationship types the main part refers to, in its order,
    each once; parts outside the package (TargetMode External: linked files) are not."""
    folder = posixpath.dirname(main)
    rels_name = posixpath.join(folder, "_rels", posixpath.basename(main) + ".rels")
    try:
        rels = ooxml_part(zf, rels_name)
    except Exception:  # missing, too big, or broken: the text extraction reports it
        return []
    targets = {
        rel.get("Id"): _part_name(folder, rel.get("Target", ""))
        for rel in rels.iter(_REL)
        if rel.get("Type", "").endswith(rel_types) and rel.get("TargetMode") != "External"
    }
    if not targets:
        return []  # most reports: no picture, and the main part is not read twice
    try:
        document = ooxml_part(zf, main)
    except Exception:
        return []
    names = set(zf.namelist())
    shown: list[str] = []
    for element in document.iter():
        for attr in (f"{_R}embed", f"{_R}id"):  # DrawingML a:blip, VML v:imagedata, o:OLEObject
            target = targets.get(element.get(attr))
            if target and target in names and target not in shown:
                shown.append(target)
    return shown


def _part_name(folder: str, target: str) -> str:
    """The zip name a relationship's target names: ../media/image1.png from word/, or /xl/media/image1.jpeg (an
    absolute part name, as openpyxl writes them)."""
    return posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target))


# --- workbooks inside Word documents ---------------------------------------------------

def workbooks_in_document(data: bytes, ext: str) -> list[Workbook]:
    """The workbooks a Word document carries as embedded objects, in the order it shows them, within
    the limits; raises PictureProblem (the limits). Not for .doc / .wps (their objects are OLE
    storages inside the compound file, not workbooks as they stand)."""
    if ext not in ("docx", "docm"):
        return []
    found = ((workbook_kind(part), part) for _name, part in _docx_parts(data, _OBJECT_RELS, "嵌入表格"))
    return [Workbook(kind, part) for kind, part in found if kind]


def workbook_kind(part: bytes) -> str | None:
    """"xlsx" / "xlsm" for a SpreadsheetML package, "xls" for an Excel 97-2003 compound file as it
    stands; None for anything else (a Word or PowerPoint object, a file wrapped as a Package)."""
    if part.startswith(OLE_MAGIC):
        if _OLE10_NATIVE in part or not any(stream in part for stream in _WORKBOOK_STREAMS):
            return None
        return "xls"
    try:
        with zipfile.ZipFile(io.BytesIO(part)) as package:
            names = set(package.namelist())
            types = package.read("[Content_Types].xml")[:1_000_000] if "[Content_Types].xml" in names else b""
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, KeyError, RuntimeError, NotImplementedError):
        return None
    if not any(n.startswith("xl/") and n.endswith("workbook.xml") for n in names):
        return None
    return "xlsm" if b"sheet.macroEnabled" in types else "xlsx"


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
