"""What a file really is: by content first (filetype), then the name, then
the declared MIME type, which senders and phones often get wrong."""

from __future__ import annotations

import base64
import binascii
import io
import mimetypes
import re
import zipfile

import filetype

from .names import extension_of

PHOTO_EXTS = {"jpg", "jpeg", "jpe", "png", "heic", "heif", "webp", "gif", "bmp", "tif", "tiff"}
DOCUMENT_EXTS = {"doc", "docx", "wps", "pdf", "txt", "xls", "xlsx", "et", "ppt", "pptx", "dps", "rtf", "odt", "ods", "odp", "csv", "wpt",
                 "docm", "xlsm", "xlsb", "kml", "kmz", "ovkml", "shp", "dxf", "geojson", "ofd", "vcf", "mht", "mhtml"}
ARCHIVE_EXTS = {"zip", "rar", "7z", "gz", "tgz", "tar", "bz2", "xz"}
EML_EXTS = {"eml"}

_EXT_TYPES = {
    "doc": "application/msword", "wps": "application/vnd.ms-works", "et": "application/vnd.ms-excel",
    "dps": "application/vnd.ms-powerpoint", "xls": "application/vnd.ms-excel",
    "ppt": "application/vnd.ms-powerpoint", "heic": "image/heic", "heif": "image/heif",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "7z": "application/x-7z-compressed", "rar": "application/vnd.rar", "eml": "message/rfc822",
    "txt": "text/plain", "webp": "image/webp", "mht": "multipart/related", "mhtml": "multipart/related", "ofd": "application/ofd", "vcf": "text/vcard",
}
_OOXML = {"word/": ("docx", _EXT_TYPES["docx"]), "xl/": ("xlsx", _EXT_TYPES["xlsx"]), "ppt/": ("pptx", _EXT_TYPES["pptx"])}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
TNEF_MAGIC = b"\x78\x9f\x3e\x22"


def is_owner_file(filename: str | None) -> bool:
    """~$要路沟乡台账.xlsx: the small file Word, Excel and WPS keep beside a document while it is open
    (who has it open), attached by mistake for the document itself."""
    return (filename or "").strip().startswith("~$")


SYSTEM_FILES = {"thumbs.db", "desktop.ini", ".ds_store", "ehthumbs.db"}


def is_system_file(filename: str | None) -> bool:
    """Thumbs.db / desktop.ini / .DS_Store: what Windows or macOS keeps in a folder, zipped with the photos in it."""
    return (filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip().lower() in SYSTEM_FILES


def is_shortcut(filename: str | None) -> bool:
    """…统计年报表.xlsx - 快捷方式.lnk: a Windows shortcut, the path of a file on the sender's computer."""
    return (filename or "").strip().lower().endswith(".lnk")


def stands_in_for_a_file(filename: str | None) -> bool:
    """An owner file or a shortcut: attached in place of the document, carrying none of it."""
    return is_owner_file(filename) or is_shortcut(filename)


EMPTY_FILE = "附件是空文件（0字节），可能上传时中断，请联系发件单位重发"
OWNER_FILE = "附件是Office打开文档时留下的“~$”临时文件（只记着谁打开了文档），不是文档本身，请联系发件单位重发"
SPLIT_PIECE_NAME = re.compile(r"\.z\d{2}$", re.I)  # 简志图片.z01: a volume of a zip split by WinZip / `zip -s`
SPLIT_PIECE = "附件是分卷压缩包的一卷（.z01 等），单独打不开，要与同名的 .zip 等分卷一起解压；其余分卷如在另一封邮件中，请人工合并解压"
SYSTEM_FILE = "附件是操作系统自动生成的文件（Thumbs.db 缩略图缓存、desktop.ini 文件夹设置），不是材料，不计入"
SHORTCUT = "附件是Windows快捷方式（.lnk，只有文件在发件人电脑上的路径），不是文件本身，请联系发件单位重发"


def nothing_inside(filename: str | None, kind: str) -> str | None:
    """Why an attachment carries no material (a 0-byte upload, an owner file, a shortcut), as the
    note the parse stage puts on it; None for a file that has content. The matcher counts such a
    file for nothing and says so; it is no damage for a person to judge."""
    if kind == "empty":
        return EMPTY_FILE
    if is_owner_file(filename):
        return OWNER_FILE
    if is_shortcut(filename):
        return SHORTCUT
    if is_system_file(filename):
        return SYSTEM_FILE
    if SPLIT_PIECE_NAME.search(filename or ""):
        return SPLIT_PIECE
    return None


def file_extension(filename: str, content_type: str | None) -> str:
    """The file name's extension, lower case; for a name without one, what the parse stage found inside."""
    if re.search(r"\.[A-Za-z0-9]{1,5}$", filename):
        return filename.rsplit(".", 1)[-1].lower()
    return extension_for(content_type)


def extension_for(content_type: str | None) -> str:
    """The extension a sniffed content type stands for: what a file sent without one
    ("王宝营子乡三资清查台账", application/octet-stream, an Excel inside) is."""
    ctype = (content_type or "").lower()
    for ext, known in _EXT_TYPES.items():
        if known == ctype and ext not in ("et", "wps", "dps"):  # the Office format, not WPS's own
            return ext
    return (mimetypes.guess_extension(ctype) or "").lstrip(".")


def _ooxml_kind(data: bytes) -> tuple[str, str] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = zf.namelist()[:2000]
    except Exception:
        return None
    if "[Content_Types].xml" not in names:
        return None
    if "xl/workbook.bin" in names:  # Excel's binary workbook (.xlsb), no xl/workbook.xml to read
        return "xlsb", "application/vnd.ms-excel.sheet.binary.macroenabled.12"
    for prefix, result in _OOXML.items():
        if any(n.startswith(prefix) for n in names):
            return result
    return None


def _is_ofd(data: bytes) -> bool:
    """An OFD (GB/T 33190, the 版式 format of China's 电子公文 and e-invoices): a zip whose root
    holds OFD.xml."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "OFD.xml" in zf.namelist()[:2000]
    except Exception:
        return False


# Word 2003 XML and Word's "XML Document" (flat OPC) announce their program; a UOF file (GB/T 20916: 永中 Office, WPS)
# opens with its uof root; each is kept under the name it came with
WORD_XML = re.compile(rb"<\?mso-application\s+progid=\"Word\.Document\"|<w:wordDocument\b")
UOF_ROOT = re.compile(rb"<uof:UOF\b|<uof\b")
UOF_TYPES = {"uot": "application/vnd.uof.text", "uos": "application/vnd.uof.spreadsheet", "uof": "application/vnd.uof.text"}


# maps the units send (撂荒地块, 巡查路线): KML (奥维互动地图, 两步路, Google Earth), KMZ (zipped KML), ESRI shapefiles
KML_ROOT = re.compile(rb"<kml[\s>]")
SHAPEFILE_MAGIC = b"\x00\x00\x27\x0a"
MAP_TYPES = {"kml": "application/vnd.google-earth.kml+xml", "kmz": "application/vnd.google-earth.kmz",
             "shp": "application/x-esri-shape"}


def _is_kmz(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return any(n.lower() == "doc.kml" for n in zf.namelist()[:50])
    except Exception:
        return False


def _office_xml(head: bytes, ext: str) -> str | None:
    """The document type of an Office or UOF file saved as XML, or None."""
    if not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return None
    if ext in ("xml", "doc", "wordml") and WORD_XML.search(head):
        return "application/msword"
    if ext in UOF_TYPES and UOF_ROOT.search(head):
        return UOF_TYPES[ext]
    return None


def detect(data: bytes | None, filename: str | None, declared: str | None) -> tuple[str, str, str]:
    """Return (kind, content_type, extension) for a file."""
    declared = (declared or "application/octet-stream").lower()
    ext = extension_of(filename)
    if not data:
        return "empty", declared, ext  # an upload cut off: a name, no file
    if stands_in_for_a_file(filename) or is_system_file(filename) or SPLIT_PIECE_NAME.search(filename or ""):
        return "other", "application/octet-stream", ext
    head = data[:8192] if data else b""
    if ext == "msg" and head.startswith(OLE_MAGIC):  # an Outlook item attached: its files are opened as an archive's
        return "archive", "application/vnd.ms-outlook", ext
    guess = filetype.guess(head) if head else None
    if guess is not None:
        gext, gmime = guess.extension, guess.mime
        if gmime.startswith("image/"):
            return "photo", gmime, ("jpg" if gext == "jpg" else gext)
        if gext == "zip":
            office = _ooxml_kind(data) if data else None
            if office:
                return "document", office[1], office[0]
            if data and _is_ofd(data):
                return "document", "application/ofd", "ofd"
            if ext == "kmz" or (data and _is_kmz(data)):  # a map: a zipped doc.kml
                return "document", MAP_TYPES["kmz"], "kmz"
            if ext in ("docx", "xlsx", "pptx"):
                return "document", _EXT_TYPES[ext], ext  # broken office zip: still a document
            return "archive", "application/zip", "zip"
        if gext == "xlsx" and (office := _ooxml_kind(data)) and office[0] == "xlsb":
            return "document", office[1], "xlsb"  # filetype names any xl/ package xlsx
        if gext in ("docx", "xlsx", "pptx", "doc", "xls", "ppt", "pdf", "rtf", "odt", "ods", "odp"):
            if gext in ("doc", "xls", "ppt") and ext in ("wps", "et", "dps", "doc", "xls", "ppt"):
                return "document", _EXT_TYPES.get(ext, gmime), ext
            return "document", gmime, gext
        if gext in ("rar", "7z", "gz", "bz2", "xz", "tar"):
            return "archive", gmime, gext
        if gext == "wmv" and ext == "wma":  # one ASF container for both: the name says it holds sound
            return "other", "audio/x-ms-wma", "wma"
        if gmime.startswith("video/") or gmime.startswith("audio/"):
            return "other", gmime, gext
    if head.startswith(TNEF_MAGIC):  # Outlook's winmail.dat: files inside, opened like an archive's
        return "archive", "application/vnd.ms-tnef", "tnef"
    if head.startswith(OLE_MAGIC):
        if ext in ("doc", "wps", "xls", "et", "ppt", "dps", "wpt"):
            return "document", _EXT_TYPES.get(ext, "application/msword"), ext
        return "document", "application/msword", "doc"
    if KML_ROOT.search(head[:4096]) and head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return "document", MAP_TYPES["kml"], ext if ext in ("kml", "ovkml") else "kml"  # a map's places
    if ext == "shp" and head.startswith(SHAPEFILE_MAGIC):  # an ESRI shapefile's shapes (its .dbf / .shx beside it)
        return "document", MAP_TYPES["shp"], "shp"
    if office_xml := _office_xml(head, ext):  # Word saved as XML (.xml), a 永中 / UOF document (.uot, .uos)
        return "document", office_xml, ext
    if ext in EML_EXTS or declared in ("message/rfc822", "message/global"):
        return "other", "message/rfc822", "eml"
    if ext in DOCUMENT_EXTS:
        return "document", _EXT_TYPES.get(ext) or mimetypes.types_map.get("." + ext, declared), ext
    if ext in ARCHIVE_EXTS:
        return "archive", _EXT_TYPES.get(ext) or mimetypes.types_map.get("." + ext, declared), ext
    if ext in PHOTO_EXTS and head:
        return "other", declared, ext  # named like a photo but not one
    if declared == "text/plain":
        return "document", "text/plain", ext or "txt"
    if declared.startswith("image/") and head:
        return "other", declared, ext
    base_ext = ext or (mimetypes.guess_extension(declared) or "").lstrip(".")
    return "other", declared, base_ext


# 说明\u202excod.exe, which a mail client draws right to left as “说明exe.docx”: a program dressed as a document by a
# right-to-left control (no Chinese file name needs one: they are written for Arabic and Hebrew)
RIGHT_TO_LEFT = re.compile(r"[\u202b\u202e\u2067\u200f]")
PROGRAM_EXTS = {"exe", "scr", "com", "pif", "bat", "cmd", "vbs", "vbe", "js", "jse", "wsf", "wsh", "hta", "msi", "cpl",
                "dll", "ps1", "jar", "lnk", "reg"}
PROGRAM_MAGIC = (b"MZ", b"\x7fELF")  # a Windows (PE / DOS) or a Linux program
DISGUISED_PROGRAM = "附件是伪装成文档的可执行程序"


def disguised_program(name: str | None, data: bytes | None) -> str:
    """The problem to show when a file's name hides a program behind a right-to-left control (its real extension a
    program's, or its bytes a program), or ""."""
    if not name or not RIGHT_TO_LEFT.search(name):
        return ""
    clean = RIGHT_TO_LEFT.sub("", name)
    ext = extension_of(clean)
    if ext not in PROGRAM_EXTS and not (data or b"").startswith(PROGRAM_MAGIC):
        return ""
    before, _, after = name.partition("\u202e")
    shown = f"，邮件程序里显示为“{before}{after[::-1]}”" if after and "\u202c" not in after else ""
    return (f"{DISGUISED_PROGRAM}：文件名用从右到左控制符藏起了真实的扩展名“.{ext or 'exe'}”{shown}，"
            "疑似病毒，请勿打开")


def disguised_programs(attachments) -> list[str]:
    """The names of a mail's files when every one (pictures shown in the body aside) is a program dressed as a
    document: nothing in it is a submission. [] otherwise: beside a real file, the mail is read as any other."""
    files = [a for a in attachments if not a.inline]
    if not files or not all(DISGUISED_PROGRAM in (a.problem or "") for a in files):
        return []
    return [a.filename or "" for a in files]


# 发改局问题整改清单.xlsx whose bytes are base64 text: an OA relay encoded the file once more before the mail's own
# base64, and what is saved is the text of it, which no Office program opens
BASE64_TEXT = re.compile(rb"[A-Za-z0-9+/]+={0,2}")
ENCODED_AGAIN = "附件内容是文件的base64编码文本（发送的系统多编码了一次），{what}打不开；再解码一次是.{ext}文件，请联系发件单位换一种方式重发"


def encoded_again(data: bytes | None, kind: str, ext: str, text_status: str | None) -> str:
    """The problem to show when a document its reader could not open (or a picture that is none) is a file's base64
    text, whole, decoding to a file of a kind this stage knows (an Office file, a PDF, a picture, an archive), or ""."""
    unread = kind == "document" and (text_status or "").startswith("failed")
    if not data or not (unread or (kind == "other" and ext in PHOTO_EXTS)):
        return ""
    packed = re.sub(rb"\s+", b"", data)
    if len(packed) < 64 or len(packed) % 4 or not BASE64_TEXT.fullmatch(packed):
        return ""
    try:
        inner = base64.b64decode(packed, validate=True)
    except (binascii.Error, ValueError):
        return ""
    inner_kind, _, inner_ext = detect(inner, None, None)
    if inner_kind not in ("document", "photo", "archive"):
        return ""
    what = ({"xlsx": "Excel", "xls": "Excel", "et": "Excel", "docx": "Word", "doc": "Word", "wps": "Word", "pdf": "PDF阅读器"}
            .get(ext) or ("看图软件" if ext in PHOTO_EXTS else "相应的软件"))
    return ENCODED_AGAIN.format(what=what, ext=inner_ext)
