import shutil

import pytest
from conftest import ASSETS

from collector.parsers import documents
from collector.parsers.documents import extract_text

needs_soffice = pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed")


def test_docx_text_with_tables():
    text, status = extract_text((ASSETS / "summary.docx").read_bytes(), "docx")
    assert status == "ok"
    assert "县发改局5·15政务公开日活动总结" in text and "朱镕基喆" in text and "县发改局" in text.splitlines()[-1]


def test_pdf_with_text():
    text, status = extract_text((ASSETS / "summary.pdf").read_bytes(), "pdf")
    assert status == "ok" and "政务公开日" in text and "朱镕基喆" in text


def test_scanned_pdf_is_scanned_not_an_error():
    assert extract_text((ASSETS / "scanned.pdf").read_bytes(), "pdf") == (None, "scanned")


def test_xlsx():
    text, status = extract_text((ASSETS / "ledger.xlsx").read_bytes(), "xlsx")
    assert status == "ok" and "照片台账" in text and "县发改局\t12" in text


def test_txt_in_gbk():
    text, status = extract_text((ASSETS / "notes_gbk.txt").read_bytes(), "txt")
    assert status == "ok" and "参加人员：王喆、李堃" in text and "5·15" in text


def test_txt_utf16_and_utf8_bom():
    assert extract_text("县发改局".encode("utf-16"), "txt")[0] == "县发改局"
    assert extract_text(b"\xef\xbb\xbf" + "珺".encode(), "txt")[0] == "珺"


@pytest.mark.skipif(not shutil.which("antiword"), reason="antiword not installed")
def test_doc_via_antiword():
    text, status = extract_text((ASSETS / "summary.doc").read_bytes(), "doc")
    assert status == "ok" and "政务公开日活动总结" in text


@needs_soffice
def test_doc_via_libreoffice(monkeypatch):
    monkeypatch.delenv("COLLECTOR_NO_OFFICE", raising=False)
    text = documents.soffice_to_text((ASSETS / "summary.doc").read_bytes(), "doc")
    assert "政务公开日活动总结" in text and "朱镕基喆" in text


@needs_soffice
def test_wps_goes_to_libreoffice(monkeypatch):
    monkeypatch.delenv("COLLECTOR_NO_OFFICE", raising=False)
    # A WPS file saved in Word-compatible format: LibreOffice reads it.
    text, status = extract_text((ASSETS / "summary.doc").read_bytes(), "wps")
    assert status == "ok" and "政务公开日" in text


def test_office_switch_off(monkeypatch):
    monkeypatch.setenv("COLLECTOR_NO_OFFICE", "1")
    text, status = extract_text((ASSETS / "summary.doc").read_bytes(), "wps")
    assert text is None and status.startswith("failed:") and "COLLECTOR_NO_OFFICE" in status


def test_damaged_documents_fail_with_a_reason(monkeypatch):
    monkeypatch.setenv("COLLECTOR_NO_OFFICE", "1")
    for ext in ("docx", "xlsx", "pdf", "doc", "pptx"):
        text, status = extract_text(b"this is not a document", ext)
        assert text is None and status.startswith("failed: ")
    assert extract_text(b"x", "xls")[1].startswith("failed: ")
