"""Word's .docx (Office Open XML) read as text: its main part's paragraphs and tables, the page headers and footers,
and the 批注. Only these parts are read, over zipfile and lxml: python-docx builds the whole package (styles,
numbering, settings, ...), four times the work for the same text. The OOXML helpers here serve the other zip-of-XML
readers too (xlsx's workbook, ods, ofd, embedded pictures)."""

from __future__ import annotations

import io
import re
import zipfile

from .reading import MAX_DOCX_XML_BYTES, DocumentProblem

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OFFICE_DOCUMENT_REL = "/officeDocument"


def docx_text(data: bytes) -> str:
    """The page header's lines, the body paragraphs, then each table's rows (cells
    tab-separated), as python-docx gives them, then the page footer's lines, then the
    批注 (Word comments). A unit often prints its name only in the header of its letter
    paper, and a draft sent back for comment may carry its opinions only as 批注."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        body = ooxml_part(zf, main_document_part(zf)).find(f"{W}body")
        header, footer = margin_lines(zf, "header"), margin_lines(zf, "footer")
        comments = comment_lines(zf)
    if body is None:
        raise DocumentProblem("不是 Word 文档（缺少正文）")
    lines = header + [paragraph_text(p) for p in body.iterchildren(f"{W}p")]
    for table in body.iterchildren(f"{W}tbl"):
        for row in table.iterchildren(f"{W}tr"):
            cells: list[str] = []
            for cell in row.iterchildren(f"{W}tc"):
                text = "\n".join(paragraph_text(p) for p in cell.iterchildren(f"{W}p"))
                if not cells or cells[-1] != text:  # merged cells repeat
                    cells.append(text)
            lines.append("\t".join(cells))
    return "\n".join(lines + footer + comments)


def margin_lines(zf: zipfile.ZipFile, kind: str) -> list[str]:
    """The distinct text lines of the document's page headers (or footers): word/header1.xml…"""
    out: list[str] = []
    for name in sorted(n for n in zf.namelist() if re.fullmatch(rf"word/{kind}\d*\.xml", n)):
        for paragraph in ooxml_part(zf, name).iter(f"{W}p"):
            line = paragraph_text(paragraph).strip()
            if line and not line.isdigit() and line not in out:  # a page number is no text
                out.append(line)
    return out


def comment_lines(zf: zipfile.ZipFile) -> list[str]:
    """Each Word comment (word/comments.xml) as one line, marked as such and with its author:
    批注（县住建局法规股）：建议第十二条… The mark keeps a reviewer's remark apart from the text it
    is written on."""
    if "word/comments.xml" not in zf.namelist():
        return []
    lines: list[str] = []
    for comment in ooxml_part(zf, "word/comments.xml").iterchildren(f"{W}comment"):
        text = " ".join(paragraph_text(p).strip() for p in comment.iter(f"{W}p")).strip()
        if text:
            author = (comment.get(f"{W}author") or "").strip()
            lines.append(f"批注（{author}）：{text}" if author else f"批注：{text}")
    return lines


def main_document_part(zf: zipfile.ZipFile) -> str:
    try:
        rels = ooxml_part(zf, "_rels/.rels")
    except KeyError:
        return "word/document.xml"
    for rel in rels:
        if rel.get("Type", "").endswith(OFFICE_DOCUMENT_REL):
            return rel.get("Target", "").lstrip("/")
    return "word/document.xml"


def ooxml_part(zf: zipfile.ZipFile, name: str):
    from lxml import etree

    if zf.getinfo(name).file_size > MAX_DOCX_XML_BYTES:
        raise DocumentProblem("文档内容过大，未提取文字")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(zf.read(name), parser)


def paragraph_text(paragraph) -> str:
    """A paragraph's runs (also inside hyperlinks and fields): text, tabs, line breaks."""
    out: list[str] = []
    for run in paragraph.iter(f"{W}r"):
        for item in run:
            if item.tag == f"{W}t":
                out.append(item.text or "")
            elif item.tag == f"{W}tab":
                out.append("\t")
            elif item.tag in (f"{W}br", f"{W}cr"):
                out.append("\n")
    return "".join(out)
