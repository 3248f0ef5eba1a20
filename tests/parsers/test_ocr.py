"""Words in pictures (collector/parsers/ocr.py): tesseract's simplified-Chinese model reads a 红头 drawn in a CJK
font and the first page of a scan; a mail whose unit only pictures name is read again with them (the pipeline's
second look), and one its words name is never sent to OCR."""

from __future__ import annotations

import io
import shutil

import pytest
from PIL import Image, ImageDraw, ImageFont

from collector.parsers import ocr

needs_tesseract = pytest.mark.skipif(not ocr.enabled(), reason="tesseract with chi_sim not installed")
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NAMES = ["巴什罕乡", "汤神庙镇", "要路沟乡", "县发改局", "县财政局"]


def drawn(lines: list[str], size=(1240, 1754), colour=(0, 0, 0), font_size=44, top: int = 140) -> Image.Image:
    page = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, font_size)
    for k, line in enumerate(lines):
        draw.text((120, top + k * int(font_size * 1.8)), line, fill=colour, font=font)
    return page


def as_bytes(image: Image.Image, fmt: str = "PNG") -> bytes:
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


def scanned_pdf(lines: list[str]) -> bytes:
    out = io.BytesIO()
    drawn(lines).save(out, "PDF", resolution=150)
    return out.getvalue()


@needs_tesseract
def test_a_red_header_is_read_and_a_misread_character_of_the_name_mended():
    banner = drawn(["建昌县巴什罕乡人民政府"], size=(1400, 180), colour=(210, 20, 20), font_size=72, top=30)
    read = ocr.read_picture(as_bytes(banner))
    assert read.startswith("建昌县") and read.endswith("人民政府"), read  # 罕 is read 军 at this size
    assert ocr.names_mended(read, NAMES, "建昌县") == "建昌县巴什罕乡人民政府"


@needs_tesseract
def test_the_first_page_of_a_scan_is_read():
    pdf = scanned_pdf(["建昌县巴什罕乡人民政府", "2048年第一季度安全生产工作情况报告", "县政府办公室："])
    text = ocr.read_picture(ocr.first_page_picture(pdf))
    assert "巴什罕乡" in text and "安全生产工作情况报告" in text


def test_what_is_no_picture_reads_as_nothing():
    assert ocr.read_picture(b"not a picture") == ""
    assert ocr.first_page_picture(b"%PDF-1.4 broken") is None


def test_ocr_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("COLLECTOR_NO_OCR", "1")
    assert not ocr.enabled()


def test_without_tesseract_ocr_is_off(monkeypatch):
    ocr._installed.cache_clear()
    monkeypatch.setattr(shutil, "which", lambda name: None)
    try:
        assert not ocr.enabled()
    finally:
        ocr._installed.cache_clear()



@pytest.mark.parametrize("read, mended", [
    ("建昌县巴什军乡人民政府", "建昌县巴什罕乡人民政府"),  # 罕 read 军, before 人民政府
    ("建昌县疡神庙镇", "建昌县汤神庙镇"),  # after the county's name
    ("巴什军乡的照片", "巴什军乡的照片"),  # no place a unit's name stands
    ("建昌县喇呀洞读人民政府", "建昌县喇呀洞读人民政府"),  # two characters off, and no such unit here
    ("县发政局办公室", "县发政局办公室"),  # one off 县发改局 and 县财政局 alike: left as read
])
def test_a_misread_character_of_a_units_name_is_mended_only_where_one_name_fits(read, mended):
    assert ocr.names_mended(read, NAMES, "建昌县") == mended


@needs_tesseract
@pytest.mark.parametrize("seconds_left", [120.0, 0.0], ids=["time-left", "budget-spent"])
def test_a_mail_whose_unit_only_its_scan_names_is_read_again_with_the_scans_words(tmp_path, seconds_left):
    """The pipeline's second look: no unit in the sender, subject, body or file names; the scan's 红头 says it. A run
    whose OCR budget is spent leaves the mail for a person."""
    import base64
    import datetime as dt

    from collector import index
    from collector.campaign import load_campaigns
    from collector.model import RawMail
    from collector.pipeline import Context, ingest

    pdf = scanned_pdf(["建昌县巴什罕乡人民政府", "关于2023年5·15政务公开日活动的总结", "县政府办公室："])
    raw = (b"From: zhang2023@163.com\r\nTo: jc7710089@163.com\r\nSubject: =?utf-8?b?" + base64.b64encode("活动总结".encode())
           + b"?=\r\nMessage-ID: <ocr-1@163.com>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
           b"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + "请查收。".encode() + b"\r\n--B\r\n"
           b"Content-Type: application/pdf; name=scan.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + base64.encodebytes(pdf) + b"--B--\r\n")
    db = index.connect(tmp_path)
    ctx = Context(data_dir=tmp_path, db=db, campaigns=load_campaigns(["builtin"]), learned={},
                  ocr_seconds_left=seconds_left)
    when = dt.datetime(2023, 5, 20, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    match = ingest(ctx, RawMail(raw=raw, received_at=when, source="import")).match
    if not seconds_left:
        db.close()
        assert (match.state, match.unit) == ("needs_review", None), match.reason
        return
    assert (match.state, match.unit) == ("filed", "巴什罕乡"), match.reason
    assert 0 < ctx.ocr_seconds_left < seconds_left
    assert "图片中识别" in match.reason
    assert [r[0] for r in db.execute("SELECT text_status FROM attachments")] == ["ocr"]
    db.close()


def test_past_its_budget_a_run_reads_no_more_pictures():
    """A run that has spent its OCR seconds (spam full of scanned brochures) reads no more pictures: those mails
    stay for a person, as without OCR."""
    from collector.model import Attachment

    class Parsed:
        attachments = [Attachment(filename="报告.pdf", content_type="application/pdf", kind="document", data=b"%PDF",
                                  text_status="scanned")]

    loaded = []
    assert ocr.read_pictures_of(Parsed(), lambda a: loaded.append(a) or a.data, seconds=0) == (0, pytest.approx(0, abs=1))
    assert loaded == []
    ocr.read_pictures_of(Parsed(), lambda a: loaded.append(a) or a.data, seconds=60)
    assert loaded  # with time left, the scan is loaded (and, being no real PDF, gives no text)
