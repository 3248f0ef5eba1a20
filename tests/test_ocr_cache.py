"""What tesseract read of a picture is kept by the picture's bytes, when COLLECTOR_OCR_CACHE names a folder."""

import io
import os

import pytest
from PIL import Image, ImageDraw

from collector.parsers import ocr

pytestmark = pytest.mark.skipif(not ocr.enabled(), reason="tesseract with chi_sim is not installed")


def a_picture(colour: int) -> bytes:
    img = Image.new("L", (400, 120), colour)
    ImageDraw.Draw(img).text((20, 40), "2055 OCR TEST", fill=0)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def test_a_picture_is_read_by_tesseract_once_and_then_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("COLLECTOR_OCR_CACHE", str(tmp_path / "cache"))
    picture = a_picture(255)
    first = ocr.read_picture(picture)
    (kept,) = (tmp_path / "cache").glob("*.txt")
    assert kept.read_text(encoding="utf-8") == first
    kept.write_text("读自缓存", encoding="utf-8")  # what the next read returns: the cache, not tesseract
    assert ocr.read_picture(picture) == "读自缓存"
    ocr.read_picture(a_picture(250))  # other bytes: read by tesseract and kept apart
    assert len(list((tmp_path / "cache").glob("*.txt"))) == 2
    assert not list((tmp_path / "cache").glob("*.tmp"))


def test_without_the_setting_nothing_is_kept(tmp_path, monkeypatch):
    monkeypatch.delenv("COLLECTOR_OCR_CACHE", raising=False)
    monkeypatch.chdir(tmp_path)
    ocr.read_picture(a_picture(255))
    assert os.listdir(tmp_path) == []


def test_no_picture_is_no_entry(tmp_path, monkeypatch):
    monkeypatch.setenv("COLLECTOR_OCR_CACHE", str(tmp_path / "cache"))
    assert ocr.read_picture(b"not a picture") == ""
    assert not (tmp_path / "cache").exists()
