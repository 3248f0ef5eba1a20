"""Pictures a Word file only links to (插入图片 → 链接到文件): the document's relationship points outside the package
(TargetMode="External") to a file on the sender's disk, no word/media/ part, and Word shows a red cross anywhere else.
The documents are built here with python-docx and re-laid as Word writes a linked picture."""

from __future__ import annotations

import io
import re
import zipfile
from email.message import EmailMessage

from PIL import Image

from collector.parsers import parse_message


def png(shade: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (800, 600), (40, 120, 60 + 40 * shade)).save(out, "PNG")
    return out.getvalue()


def word_with_pictures(captions: list[str]) -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("县住建局危房改造前后对比照片")
    for shade, caption in enumerate(captions):
        d.add_paragraph(caption)
        d.add_picture(io.BytesIO(png(shade)))
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def linked(data: bytes, target: str) -> bytes:
    """The same document with each picture a link to ``target`` + its number, the media parts gone."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename.startswith("word/media/"):
                continue
            body = src.read(item)
            if item.filename == "word/document.xml":
                body = body.replace(b"r:embed=", b"r:link=")
            elif item.filename == "word/_rels/document.xml.rels":
                text = body.decode("utf-8")
                count = iter(range(1, 100))
                text = re.sub(r'Target="media/[^"]+"', lambda m: f'Target="{target}{next(count)}.png" TargetMode="External"',
                              text)
                body = text.encode("utf-8")
            dst.writestr(item, body)
    return out.getvalue()


def parsed_with(name: str, data: bytes):
    m = EmailMessage()
    m["From"] = "zjjbgs@163.com"
    m["To"] = "jc7710089@163.com"
    m["Subject"] = "住建局危房改造照片"
    m.set_content("县政府办：\n照片见附件。\n建昌县住房和城乡建设局")
    m.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return parse_message(m.as_bytes())


def test_pictures_linked_to_the_senders_disk_did_not_come():
    data = linked(word_with_pictures(["改造前", "改造后"]), "file:///D:/%E6%96%B0%E5%BB%BA%E6%96%87%E4%BB%B6%E5%A4%B9/")
    (doc,) = parsed_with("危房改造照片.docx", data).attachments
    assert doc.problem and "2张图片是链接到发件人电脑上的文件" in doc.problem


def test_a_windows_path_is_the_senders_disk_too():
    data = linked(word_with_pictures(["改造前"]), "D:\\照片\\")
    (doc,) = parsed_with("危房改造照片.docx", data).attachments
    assert doc.problem and "链接到发件人电脑" in doc.problem


def test_embedded_pictures_come_with_the_document():
    parsed = parsed_with("危房改造照片.docx", word_with_pictures(["改造前", "改造后"]))
    assert [a.kind for a in parsed.attachments] == ["document", "photo", "photo"]
    assert parsed.attachments[0].problem is None


def test_a_picture_linked_to_a_web_address_is_left_alone():
    data = linked(word_with_pictures(["改造前"]), "https://img.example.cn/wf/")
    (doc,) = parsed_with("危房改造照片.docx", data).attachments
    assert doc.problem is None
