"""How a PDF with text was made (collector/parsers/pdf_origin.py): a word processor's PDF is “typed”; a scan with an
OCR layer, or a PDF of unknown making, keeps “ok”; one without text stays “scanned”."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PIL import Image

from collector.parsers.documents import extract_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures" / "mixed21"))
from mixed21_docs import text_over_pictures_pdf  # noqa: E402

LINES = [(72, 760, 16, "建昌县审计局2077年度工作总结"), (72, 730, 12, "一、主要工作完成情况")]


def pdf(producer: str, invisible: bool = False) -> bytes:
    return text_over_pictures_pdf([(Image.new("L", (210, 297), 255), LINES)], (595.0, 842.0), invisible, producer)


@pytest.mark.parametrize("producer", ["Microsoft® Word 2016", "WPS Office", "WPS 文字", "LibreOffice 7.4"])
def test_a_word_processors_pdf_is_typed(producer):
    text, status = extract_text(pdf(producer), "pdf")
    assert status == "typed" and "工作总结" in text


@pytest.mark.parametrize("producer", ["intsig.com pdf producer", "Canon iR-ADV C3530 PDF", ""])
def test_a_scanners_or_unknown_pdf_with_text_is_ok(producer):
    assert extract_text(pdf(producer, invisible=producer != ""), "pdf")[1] == "ok"


def test_a_pdf_without_text_is_still_a_scan():
    from io import BytesIO

    out = BytesIO()
    Image.new("RGB", (600, 800), (250, 250, 250)).save(out, "PDF")
    assert extract_text(out.getvalue(), "pdf")[1] == "scanned"
