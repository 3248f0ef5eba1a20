"""The text of a notice file: .txt (UTF-8 / GB18030 / …), .docx (paragraphs and tables in
document order), .pdf (its text layer, ruled tables cell by cell; a scan without one is refused with a clear error),
.doc (antiword), .wps / .rtf / .odt (saved as .docx by LibreOffice)."""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
from pathlib import Path

from collector.parsers.charsets import guess_text_encoding

MAX_NOTICE_BYTES = 20 * 1024 * 1024
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class NoticeReadError(ValueError):
    """A notice file the drafter cannot read (the message says why, for the clerk)."""


def read_notice(path: str | Path) -> str:
    path = Path(path)
    data = path.read_bytes()
    if len(data) > MAX_NOTICE_BYTES:
        raise NoticeReadError(f"{path.name}: 文件过大（超过 20 MB），不像是一份通知")
    ext = path.suffix.lower().lstrip(".")
    if ext == "docx":
        return docx_text(data, path.name)
    if ext == "pdf":
        return pdf_text(data, path.name)
    if ext in ("txt", "text", ""):
        return guess_text_encoding(data)[0]
    if ext in ("doc", "wps", "rtf", "odt"):
        return office_text(data, ext, path.name)
    raise NoticeReadError(f"{path.name}: 不支持的通知格式 .{ext}（支持 .txt、.docx、.pdf、.doc、.wps）")


def docx_text(data: bytes, name: str = "notice.docx") -> str:
    """Paragraphs and table rows in document order (table cells joined by tabs), so a
    附件's table stays under its heading."""
    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            xml = zf.read("word/document.xml")
    except (zipfile.BadZipFile, KeyError) as exc:
        raise NoticeReadError(f"{name}: 不是有效的 Word（.docx）文件（{exc}）") from None
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    body = etree.fromstring(xml, parser).find(f"{_W}body")
    if body is None:
        raise NoticeReadError(f"{name}: Word 文件没有正文")
    lines: list[str] = []
    for child in body:
        if child.tag == f"{_W}p":
            lines.append(_paragraph(child))
        elif child.tag == f"{_W}tbl":
            lines += _table_rows(child)
    return "\n".join(lines)


def _table_rows(table) -> list[str]:
    rows = []
    for row in table.iter(f"{_W}tr"):
        cells: list[str] = []
        for cell in row.iterchildren(f"{_W}tc"):
            text = " ".join(_paragraph(p) for p in cell.iterchildren(f"{_W}p")).strip()
            cells.append(text)
        rows.append("\t".join(cells))
    return rows


def _paragraph(p) -> str:
    out = []
    for node in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br"):
        if node.tag == f"{_W}t":
            out.append(node.text or "")
        else:
            out.append("\t" if node.tag == f"{_W}tab" else "\n")
    return "".join(out)


def office_text(data: bytes, ext: str, name: str) -> str:
    """.doc by antiword (its table rows `|…|` become tab rows); .wps, .rtf, .odt saved as .docx by LibreOffice and
    read as one, so a table keeps its cells (LibreOffice's plain text puts each cell on a line of its own); failing
    that, their text as attachments are read."""
    from collector.parsers.documents import DocumentProblem, extract_text, soffice_convert

    if ext != "doc":
        try:
            return docx_text(soffice_convert(data, ext, "docx"), name)
        except (DocumentProblem, NoticeReadError):
            pass  # said below, from the plain text's own try
    text, status = extract_text(data, ext)
    if text is None or not text.strip():
        raise NoticeReadError(f"{name}: 无法读取该文件（{status.removeprefix('failed: ')}），请另存为 .docx 后再导入")
    return "\n".join(_tab_cells(line) for line in text.split("\n"))


def _tab_cells(line: str) -> str:
    """antiword writes a table row as |序号   |单位   |名额   |: its cells joined by tabs, as a
    .docx row is read."""
    if not re.fullmatch(r"\s*\|.*\|\s*", line) or line.count("|") < 3:
        return line
    return "\t".join(cell.strip() for cell in line.strip().strip("|").split("|"))


def _page_text(page, plumbed) -> str:
    """A page's text layer: its tables read cell by cell, ruled or lined up (pdf_tables); else its plain text, a
    table of ticks in it with its blank cells placed (ticked_pdf_rows)."""
    from .pdf_tables import page_with_tables
    from .quotes_in_place import marks_in_place
    from .ticked_pdf_rows import TICKS, ticked_rows_placed

    try:
        tabled = page_with_tables(page, plumbed) if plumbed is not None else None
    except Exception:  # pdfminer's reading of one odd page: that page is read as plain text
        tabled = None
    if tabled is not None:
        return marks_in_place(tabled, plumbed)
    plain = marks_in_place(page.extract_text() or "", plumbed)  # “单位名称+…” drawn out of order
    if not any(t in plain for t in TICKS):
        return plain
    return ticked_rows_placed(plain, page.extract_text(extraction_mode="layout") or "")


@contextlib.contextmanager
def _laid_out_pages(data: bytes, count: int):
    """pdfplumber's pages, for their ruling lines and where words stand, closed after; a file pdfplumber cannot open
    gives None for each page and is read as plain text (pypdf, which read it, is the judge of a damaged file)."""
    import logging

    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        document = pdfplumber.open(io.BytesIO(data))
    except Exception:  # pdfminer raises many kinds for a file pypdf forgives
        yield [None] * count
        return
    with document:
        pages = list(document.pages)[:count]
        yield pages + [None] * (count - len(pages))


def pdf_text(data: bytes, name: str = "notice.pdf") -> str:
    import logging

    import pypdf

    from .pdf_tables import pages_joined

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        with _laid_out_pages(data, len(reader.pages)) as laid_out:
            text = pages_joined([_page_text(page, lines) for page, lines in zip(reader.pages, laid_out)])
    except Exception as exc:  # pypdf raises many kinds for a damaged file
        raise NoticeReadError(f"{name}: PDF 无法读取（{exc}）") from None
    # a quotation mark pair drawn from a fallback font comes out as "“ ”" at the start of the line
    text = re.sub(r"“\s*”\s*", "", text)
    if len(re.findall(r"[\u4e00-\u9fff]", text)) < 10:
        raise NoticeReadError(
            f"{name}: PDF 中没有可提取的文字（可能是扫描件），请提供 Word 版或文字版 PDF，或先做文字识别（OCR）"
        )
    return text
