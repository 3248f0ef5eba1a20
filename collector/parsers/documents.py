"""Document text for matching and search.

docx (parsers/word.py: its main XML part and 批注, with lxml), xlsx (openpyxl), xls and WPS's et (xlrd), pptx (its XML), ofd (its pages' XML), pdf (pypdf; no text at
all means a scan: text_status "scanned"; "typed" when Word or WPS wrote it, parsers/pdf_origin.py), txt (BOM / UTF-8 / GB18030 / Big5),
doc (antiword), wps and anything antiword cannot read (LibreOffice headless,
own profile in a temp dir, timeout per file), ppt / dps / odp slides (LibreOffice
Impress to pptx).

COLLECTOR_NO_OFFICE=1 switches the LibreOffice conversion off (it is by far
the slowest step); those documents then get text_status "failed: …".

Input bytes are handed to external tools through an in-memory file
(memfd), so only LibreOffice ever touches the disk, inside its own private
temporary directory that is removed afterwards, under fixed names.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import signal
import subprocess
import tempfile
import zipfile

from .charsets import guess_text_encoding
from .maps import MAP_READERS
from .reading import MAX_TEXT_CHARS, DocumentProblem
from .memfile import memfile
from .pdf_origin import text_status_of_a_pdf
from .sniff import OLE_MAGIC
from .word import docx_text, ooxml_part

MAX_PDF_PAGES = 60
OFFICE_TIMEOUT = int(os.environ.get("COLLECTOR_OFFICE_TIMEOUT", "60"))
ANTIWORD_TIMEOUT = 20


def office_enabled() -> bool:
    return os.environ.get("COLLECTOR_NO_OFFICE", "").strip() not in ("1", "true", "yes")


def extract_text(data: bytes, ext: str) -> tuple[str | None, str]:
    """Return (text, text_status) for a document given its detected extension."""
    handler = _HANDLERS.get(ext)
    if handler is None:
        return None, f"failed: 不支持提取 .{ext or '?'} 文件的文字"
    try:
        text = handler(data)
    except DocumentProblem as exc:
        return None, f"failed: {exc}"[:300]
    except Exception as exc:  # libraries raise many types on damaged files
        return None, f"failed: 文件无法读取（{type(exc).__name__}: {exc}）"[:300]
    if isinstance(text, tuple):
        return text
    text = _tidy(text)
    return text, "ok"


def _tidy(text: str) -> str:
    text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[ \t\u3000]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return text[:MAX_TEXT_CHARS]


MAX_SHEET_ROWS = 5000  # rows read of each sheet (.xlsx, .ods)


def _xlsx(data: bytes) -> str:
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    margins = _sheet_margins(data)
    lines: list[str] = []
    try:
        for sheet in book.worksheets:
            lines.append(f"[{sheet.title}]")
            lines += margins.get(sheet.title, [])
            for n, row in enumerate(sheet.iter_rows(values_only=True)):
                if n >= MAX_SHEET_ROWS:
                    break
                values = ["" if v is None else str(v) for v in row]
                if any(values):
                    lines.append("\t".join(values).rstrip())
    finally:
        book.close()
    return "\n".join(lines)


HEADER_FOOTER = re.compile(rb"<(?:\w+:)?headerFooter\b[^>]*>(.*?)</(?:\w+:)?headerFooter>", re.S)
HEADER_FOOTER_PART = re.compile(rb"<(?:\w+:)?(odd|even|first)(Header|Footer)>(.*?)</", re.S)
# &C / &L / &R (where), &P &N &D &T &F &A (page, pages, date, time, file, sheet), &"宋体,加粗" (font), &12 (size), &K…
# (colour), &B &I &U &S … (styles); && is an ampersand
HEADER_CODES = re.compile(r'&(?:"[^"]*"|K[0-9A-Fa-f]{6}|K\d\d[+-]\d{3}|\d+|[LCRPNDTFAZGBIUESXYH])')
MAX_SHEET_XML = 32 * 1024 * 1024


def _xlsb(data: bytes) -> str:
    """An Excel binary workbook (.xlsb: a big 台账 saved small), each sheet's rows as a .xlsx's are read (pyxlsb)."""
    from pyxlsb import open_workbook

    lines: list[str] = []
    with open_workbook(io.BytesIO(data)) as book:
        for name in book.sheets:
            lines.append(f"[{name}]")
            with book.get_sheet(name) as sheet:
                for n, row in enumerate(sheet.rows()):
                    if n >= MAX_SHEET_ROWS:
                        break
                    values = ["" if c.v is None else _cell_text(c.v) for c in row]
                    if any(values):
                        lines.append("\t".join(values).rstrip())
    return "\n".join(lines)


def _cell_text(value) -> str:
    """12.0 as 12: a binary workbook keeps every number as a float."""
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def _sheet_margins(data: bytes) -> dict[str, list[str]]:
    """Each sheet's print header and footer (页眉 / 页脚: where a unit often puts its name, 填报单位：建昌县…), as
    lines 页眉：… under the sheet's name. openpyxl's read-only mode does not read them, so the sheet parts' XML is."""
    import html

    from lxml import etree

    out: dict[str, list[str]] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            book = ooxml_part(zf, "xl/workbook.xml")
            rels = ooxml_part(zf, "xl/_rels/workbook.xml.rels")
            targets = {r.get("Id"): r.get("Target", "") for r in rels.iter("{*}Relationship")}
            for sheet in book.iter("{*}sheet"):
                rid = sheet.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
                target = targets.get(rid, "").lstrip("/")
                part = target if target.startswith("xl/") else f"xl/{target}"
                if part not in zf.namelist() or zf.getinfo(part).file_size > MAX_SHEET_XML:
                    continue
                found = HEADER_FOOTER.search(zf.read(part))
                if not found:
                    continue
                lines = []
                for where, which, raw in HEADER_FOOTER_PART.findall(found.group(1)):
                    text = HEADER_CODES.sub(" ", html.unescape(raw.decode("utf-8", "replace"))).replace("&&", "&")
                    if len(re.sub(r"[^\u4e00-\u9fff]|[第共页]", "", text)) >= 2:  # not 第 &P 页 alone
                        lines.append(f"{'页眉' if which == b'Header' else '页脚'}：{' '.join(text.split())}")
                if lines:
                    out[sheet.get("name", "")] = list(dict.fromkeys(lines))
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, OSError, DocumentProblem):
        return {}
    return out


def _xls(data: bytes) -> str:
    """An Excel 97-2003 workbook (WPS saves tables so by default; a WPS .et is often one too), read as an
    .xlsx is: each sheet's name, then its rows, cells tab-separated; whole numbers without ".0" and dates
    as openpyxl gives them."""
    import xlrd

    if not data.startswith(OLE_MAGIC):
        return _table_markup(data)
    book = xlrd.open_workbook(file_contents=data, on_demand=True, logfile=io.StringIO())
    lines: list[str] = []
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            lines.append(f"[{sheet.name}]")
            for n in range(min(sheet.nrows, MAX_SHEET_ROWS)):
                values = [_xls_cell(cell, book.datemode) for cell in sheet.row(n)]
                if any(values):
                    lines.append("\t".join(values).rstrip())
            book.unload_sheet(index)
    finally:
        book.release_resources()
    return "\n".join(lines)


def _xls_cell(cell, datemode: int) -> str:
    import xlrd

    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return ""
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return str(xlrd.xldate.xldate_as_datetime(cell.value, datemode))
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return str(cell.value)
    if cell.ctype == xlrd.XL_CELL_NUMBER and float(cell.value).is_integer():
        return str(int(cell.value))
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if cell.value else "FALSE"
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(cell.value, "")
    return str(cell.value)


SPREADSHEET_2003 = "{urn:schemas-microsoft-com:office:spreadsheet}"
MARKUP_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_-]+)""")


def _table_markup(data: bytes) -> str:
    """What a web platform's 导出Excel saves under an .xls name: an HTML table, Excel 2003's XML Spreadsheet,
    or plain text. Rows come out as an .xlsx's do, cells tab-separated."""
    from lxml import etree
    from lxml import html as lxml_html

    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<"):
        if b"\0" in head or not re.search(rb"[\t,]", head.split(b"\n", 1)[0]):
            raise DocumentProblem("不是 Excel 文件，也不是网页或文本导出的表格")
        return _txt(data)  # tab- or comma-separated text
    if head.startswith(b"<?xml") and SPREADSHEET_2003.strip("{}").encode() in head:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
        sheets = [(sheet.get(f"{SPREADSHEET_2003}Name", ""), sheet.iter(f"{SPREADSHEET_2003}Row"))
                  for sheet in root.iter(f"{SPREADSHEET_2003}Worksheet")]
        cells = f"{SPREADSHEET_2003}Cell"
    else:
        root = lxml_html.document_fromstring(_markup_text(data))
        sheets = [("", table.iter("tr")) for table in root.iter("table")]
        cells = ("td", "th")
    lines: list[str] = []
    for name, rows in sheets:
        if name:
            lines.append(f"[{name}]")
        for n, row in enumerate(rows):
            if n >= MAX_SHEET_ROWS:
                break
            values = [" ".join("".join(cell.itertext()).split()) for cell in row.iter(cells)]
            if any(values):
                lines.append("\t".join(values).rstrip())
    return "\n".join(lines)


def _markup_text(data: bytes) -> str:
    """HTML bytes as text: by the charset the page declares (as a mail body's label is read: gb2312 as GB18030),
    else as a text file is guessed."""
    from .charsets import decode_bytes

    declared = MARKUP_CHARSET.search(data[:4096])
    if declared:
        return decode_bytes(data, declared.group(1).decode("ascii"))[0]
    return guess_text_encoding(data)[0]


_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
MAX_REPEATED = 200  # a row or cell "repeated" a thousand times is the sheet's empty rest


def _ods(data: bytes) -> str:
    """An OpenDocument spreadsheet (LibreOffice, WPS on a 信创 desktop): each sheet's name, then its rows,
    cells tab-separated, as an .xlsx is read. The text is content.xml's table cells, read with lxml."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        root = ooxml_part(zf, "content.xml")
    lines: list[str] = []
    for sheet in root.iter(f"{_TABLE}table"):
        lines.append(f"[{sheet.get(f'{_TABLE}name', '')}]")
        for n, row in enumerate(sheet.iter(f"{_TABLE}table-row")):
            if n >= MAX_SHEET_ROWS:
                break
            values: list[str] = []
            for cell in row.iterchildren(f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell"):
                text = "\n".join("".join(p.itertext()) for p in cell.iterchildren(f"{_TEXT}p"))
                values += [text] * min(int(cell.get(f"{_TABLE}number-columns-repeated", "1")), MAX_REPEATED)
            if any(values):
                lines.append("\t".join(values).rstrip())
    return "\n".join(lines)


OFD_PAGE = re.compile(r"Doc_(\d+)/Pages/Page_(\d+)/Content\.xml$")
OFD_NS = "{http://www.ofdspec.org/2016}"


def _ofd(data: bytes) -> str:
    """The text of an OFD: each page's TextCode runs in page order, a new line where a run starts
    lower on the page than the one before. (ofdkit 0.2 and ofdreader 0.1 do this too, but are
    months old; the text layer is a few lines over zipfile and lxml, which the docx reader uses.)"""
    from lxml import etree

    lines: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        pages = sorted((tuple(map(int, m.groups())), name) for name in zf.namelist()[:5000]
                       for m in [OFD_PAGE.search(name)] if m)
        for _, name in pages[:MAX_PDF_PAGES]:
            root = etree.fromstring(zf.open(name).read(20_000_000), etree.XMLParser(resolve_entities=False, no_network=True))
            last_y = None
            for obj in root.iter(f"{OFD_NS}TextObject", "TextObject"):
                top = _number((obj.get("Boundary") or "0 0").split()[1:2])
                for code in obj.iter(f"{OFD_NS}TextCode", "TextCode"):
                    y = round(top + _number([code.get("Y")]), 1)  # a run's Y is within its object's Boundary
                    if lines and y == last_y:
                        lines[-1] += code.text or ""
                    else:
                        lines.append(code.text or "")
                    last_y = y
    return "\n".join(lines)


def _number(values: list) -> float:
    try:
        return float(values[0]) if values and values[0] else 0.0
    except ValueError:
        return 0.0


_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _pptx(data: bytes) -> str:
    """Each slide's paragraphs in order, a line each: the runs of a paragraph joined as written (a title split
    into runs by a change of font is one line), a slide's paragraphs one after another."""
    lines: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        slides = sorted(
            (n for n in zf.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
            key=lambda n: int(re.search(r"\d+", n.rsplit("/", 1)[1]).group()),
        )
        for name in slides:
            for paragraph in ooxml_part(zf, name).iter(f"{_A}p"):
                line = "".join(t.text or "" for t in paragraph.iter(f"{_A}t")).strip()
                if line:
                    lines.append(line)
    return "\n".join(lines)


def _pdf(data: bytes):
    import logging

    import pypdf

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            reader.decrypt("")
        except Exception as exc:
            raise DocumentProblem(f"PDF 已加密（{exc}）") from None
    parts: list[str] = []
    for n, page in enumerate(reader.pages):
        if n >= MAX_PDF_PAGES:
            break
        parts.append(page.extract_text() or "")
    text = _tidy("\n".join(parts))
    if not re.search(r"\w", text):
        return None, "scanned"
    return text, text_status_of_a_pdf(reader)


def _mht(data: bytes) -> str:
    """A document saved as 单个文件网页 (.mht: Word's or a browser's MIME multipart/related): its HTML parts' text."""
    import email
    import email.policy

    from .charsets import decode_bytes
    from .markup import html_to_text

    page = email.message_from_bytes(data, policy=email.policy.compat32)
    texts = []
    for part in page.walk():
        if part.get_content_type() in ("text/html", "text/plain"):
            text, _ = decode_bytes(part.get_payload(decode=True) or b"", part.get_content_charset())
            texts.append(html_to_text(text) if part.get_content_type() == "text/html" else text)
    if not any(t.strip() for t in texts):
        raise DocumentProblem("单个文件网页（.mht）中没有可读取的文字")
    return "\n".join(texts)


def _word_xml(data: bytes) -> str:
    """Word saved as XML (Word 2003 XML, or the flat-OPC "XML Document"): each paragraph's runs of text, read with
    lxml; a UOF document (.uot, 永中 / WPS) likewise, its 段落 (paragraphs) by their text."""
    from lxml import etree

    root = etree.fromstring(data[:MAX_TEXT_CHARS * 8], etree.XMLParser(resolve_entities=False, no_network=True,
                                                                      recover=True, huge_tree=False))
    if root is None:
        raise DocumentProblem("XML 文档无法解析")
    lines = []
    for paragraph in root.iter("{*}p", "{*}段落"):
        runs = paragraph.iter("{*}t") if paragraph.tag.endswith("}p") else paragraph.iter("{*}文本串")
        text = "".join(run.text or "" for run in runs).strip()
        if text:
            lines.append(text)
    if not lines:
        lines = [t.strip() for t in root.itertext() if t.strip()]
    return "\n".join(lines)


def _txt(data: bytes) -> str:
    return guess_text_encoding(data[: MAX_TEXT_CHARS * 4])[0]


VCARD_LABELS = (("fn", "姓名"), ("org", "单位"), ("title", "职务"), ("tel", "手机"), ("email", "邮箱"))


def _vcard(data: bytes) -> str:
    """A contact card a phone shares (.vcf, vCard 2.1 or 3.0, quoted-printable names too) as the
    lines a 回执 would have: 姓名：李芳娜 / 单位：… / 职务：… / 手机：…"""
    import vobject

    lines: list[str] = []
    for card in vobject.readComponents(_txt(data), ignoreUnreadable=True):
        for key, label in VCARD_LABELS:
            for item in card.contents.get(key, []):
                value = item.value
                value = "".join(value) if isinstance(value, list) else str(value)
                if value.strip():
                    lines.append(f"{label}：{value.strip()}")
        lines.append("")
    return "\n".join(lines)


def _antiword(data: bytes) -> str:
    if not shutil.which("antiword"):
        raise DocumentProblem("未安装 antiword")
    with memfile(data, "collector-doc") as path:
        proc = subprocess.run(
            ["antiword", "-m", "UTF-8.txt", "-w", "0", path],
            capture_output=True, timeout=ANTIWORD_TIMEOUT,
        )
    text = proc.stdout.decode("utf-8", errors="replace")
    if proc.returncode != 0 or not text.strip():
        detail = proc.stderr.decode("utf-8", errors="replace").strip()[:200]
        raise DocumentProblem(f"antiword 无法读取（{detail}）")
    return text


def soffice_to_text(data: bytes, ext: str) -> str:
    """LibreOffice headless conversion to UTF-8 text, with a private profile."""
    text = soffice_convert(data, ext, "txt:Text (encoded):UTF8", MAX_TEXT_CHARS * 4)
    return text.decode("utf-8-sig", errors="replace")


MAX_CONVERTED_BYTES = 400 * 1024 * 1024


def soffice_convert(data: bytes, ext: str, target: str, max_bytes: int = MAX_CONVERTED_BYTES) -> bytes:
    """The document converted by LibreOffice (headless, private profile, timeout)
    to ``target`` ("docx", "txt:Text (encoded):UTF8", ...): its first max_bytes."""
    if not office_enabled():
        raise DocumentProblem("已关闭 LibreOffice 转换（COLLECTOR_NO_OFFICE=1）")
    binary = shutil.which("soffice") or shutil.which("libreoffice")
    if not binary:
        raise DocumentProblem("未安装 LibreOffice")
    with tempfile.TemporaryDirectory(prefix="collector-office-") as tmp:
        source = os.path.join(tmp, f"input.{ext if ext.isalnum() else 'bin'}")
        with open(source, "wb") as handle:
            handle.write(data)
        outdir = os.path.join(tmp, "out")
        cmd = [
            binary, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--norestore",
            "--nologo", "--nolockcheck", "--convert-to", target,
            "--outdir", outdir, source,
        ]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True, env={**os.environ, "HOME": tmp})
        try:
            out, err = proc.communicate(timeout=OFFICE_TIMEOUT)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)  # its own session: soffice.bin too
            proc.communicate()
            raise DocumentProblem(f"LibreOffice 转换超时（{OFFICE_TIMEOUT} 秒）") from None
        result = os.path.join(outdir, "input." + target.split(":", 1)[0])
        if not os.path.exists(result):
            said = (err or out).decode("utf-8", errors="replace").splitlines()
            detail = " ".join(line for line in said if not line.startswith("Warning:")).strip()  # javaldx noise
            raise DocumentProblem(f"LibreOffice 无法转换（{detail[:150]}）")
        with open(result, "rb") as handle:
            return handle.read(max_bytes)


def _word_binary(ext: str):
    def convert(data: bytes) -> str:
        if ext == "doc":
            try:
                return _antiword(data)
            except (DocumentProblem, subprocess.TimeoutExpired, OSError):
                pass  # antiword knows Word 97+ only; LibreOffice reads more
        return soffice_to_text(data, ext)

    return convert


def _presentation_binary(ext: str):
    """PowerPoint 97-2003 (.ppt), WPS 演示 (.dps) and OpenDocument (.odp) slides: LibreOffice Impress makes
    them a .pptx, whose slides' text is read as any .pptx's (Impress has no plain-text export)."""
    def convert(data: bytes) -> str:
        return _pptx(soffice_convert(data, ext, "pptx"))

    return convert


def _docx_or_office(data: bytes) -> str:
    try:
        return docx_text(data)
    except Exception as exc:
        if not office_enabled() or not data.startswith(b"PK"):
            raise  # only a damaged zip is worth LibreOffice's repair attempt
        try:
            return soffice_to_text(data, "docx")  # LibreOffice repairs many damaged files
        except DocumentProblem:
            raise DocumentProblem(f"文件无法读取（{type(exc).__name__}: {exc}）"[:200]) from None


_HANDLERS = {
    "docx": _docx_or_office, "docm": docx_text, "xlsx": _xlsx, "xlsm": _xlsx, "pptx": _pptx,
    "pdf": _pdf, "txt": _txt, "csv": _txt, "ofd": _ofd, "vcf": _vcard, "ods": _ods,
    "xls": _xls, "et": _xls, "mht": _mht, "mhtml": _mht, "xml": _word_xml, "uot": _word_xml, "uof": _word_xml,
    "uos": _word_xml,
    "doc": _word_binary("doc"), "wps": _word_binary("wps"), "rtf": _word_binary("rtf"),
    "odt": _word_binary("odt"), "wpt": _word_binary("wpt"),
    "ppt": _presentation_binary("ppt"), "dps": _presentation_binary("dps"), "odp": _presentation_binary("odp"),
    **MAP_READERS,
    "xlsb": _xlsb,
}
