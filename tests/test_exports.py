"""Exports: 报送情况统计表 (xlsx, CSV with BOM) and zips of the archived files."""

from __future__ import annotations

import csv
import io
import sqlite3
import zipfile

import pytest
from hypothesis import given, strategies as st
from openpyxl import load_workbook

from collector import exports
from collector.demo.sample_archive import build_sample


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("exp") / "data"
    facts = build_sample(data_dir)
    return data_dir, facts


def test_status_xlsx_has_chinese_headers_and_every_row(archive, tmp_path):
    data_dir, facts = archive
    out = tmp_path / "报送情况统计表.xlsx"
    n = exports.export_status_xlsx(data_dir, out)
    assert n == facts["counts"]["total"]
    workbook = load_workbook(out)
    sheet = workbook["报送情况"]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == exports.STATUS_HEADERS
    assert len(rows) == 1 + n
    states = [r[3] for r in rows[1:]]
    assert states.count("已报送") == 7 and states.count("未报送") == 10 and states.count("部分报送") == 1
    assert sum(1 for r in rows[1:] if r[4] == "逾期") == 2
    summary = list(workbook["汇总"].iter_rows(values_only=True))
    assert summary[0][0] == "报送要求" and len(summary) == 4


def test_status_csv_has_bom_for_excel(archive, tmp_path):
    data_dir, facts = archive
    out = tmp_path / "s.csv"
    exports.export_status_csv(data_dir, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == exports.STATUS_HEADERS
    assert len(rows) == 1 + facts["counts"]["total"]
    assert "县发改局" in raw.decode("utf-8-sig")


def test_status_filters(archive):
    data_dir, _ = archive
    conn = exports.open_readonly(data_dir)
    assert len(exports.status_rows(conn, exports.StatusFilter(state="missing"))) == 10
    assert len(exports.status_rows(conn, exports.StatusFilter(late_only=True))) == 2
    assert len(exports.status_rows(conn, exports.StatusFilter(requirement="photos", unit_kind="town"))) == 2
    assert {r[1] for r in exports.status_rows(conn)} == {"县直部门", "镇", "乡"}


def test_formula_like_cells_stay_text(tmp_path):
    from collector.index import connect

    db = connect(tmp_path)
    db["status"].insert({"campaign": "c", "unit": "=HYPERLINK(\"http://x\")", "requirement": "r", "state": "missing", "late": 0})
    conn = exports.open_readonly(tmp_path)
    text = exports.status_csv_bytes(conn).decode("utf-8-sig")
    assert "'=HYPERLINK" in text
    workbook = load_workbook(io.BytesIO(exports.status_xlsx_bytes(conn)))
    cell = workbook["报送情况"]["A2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def _zip_names(path):
    with zipfile.ZipFile(path) as zf:
        return zf.namelist(), {n: zf.read(n) for n in zf.namelist()}


def test_zip_of_everything_names_files_unit_requirement_original(archive, tmp_path):
    data_dir, _ = archive
    out = tmp_path / "all.zip"
    summary = exports.export_files_zip(data_dir, out)
    names, contents = _zip_names(out)
    assert summary.files == len(names) and not summary.missing
    assert "县发改局_活动照片_现场1.jpg" in names
    assert "县发改局_活动照片_现场1_2.jpg" in names  # same original name twice
    assert "县发改局_活动照片_passwd" in names  # "../../etc/passwd" never became a path
    assert "城关镇_活动照片_照片1.jpg" in names  # archive member, container left out
    assert not any(n.endswith("照片.zip") for n in names)
    assert "县发改局_工作总结_工作总结.docx" in names
    assert contents["县发改局_工作总结_工作总结.docx"] == b"PK new"  # current version only
    for name in names:
        assert "/" not in name and "\\" not in name and not name.startswith(".")
    assert len({n.casefold() for n in names}) == len(names)


def test_zip_with_all_versions_and_per_requirement(archive, tmp_path):
    data_dir, _ = archive
    out = tmp_path / "v.zip"
    exports.export_files_zip(data_dir, out, unit="县发改局", requirement="summary", all_versions=True)
    names, contents = _zip_names(out)
    assert sorted(names) == ["县发改局_工作总结_工作总结.docx", "县发改局_工作总结_工作总结_2.docx"]
    assert {contents[n] for n in names} == {b"PK old", b"PK new"}
    out2 = tmp_path / "p.zip"
    exports.export_files_zip(data_dir, out2, requirement="plan")
    names, _ = _zip_names(out2)
    assert {n.split("_")[0] for n in names} == {"县发改局", "县教育局", "城关镇", "青山乡"}
    assert all(n.split("_")[1] == "活动方案" for n in names)


def test_zip_lists_files_missing_from_the_archive(archive, tmp_path):
    data_dir, _ = archive
    conn = sqlite3.connect(data_dir / "collector.db")
    path = conn.execute("select a.path from attachments a join submissions s on s.message_sha256 = a.message_sha256 where s.unit='青山乡'").fetchone()[0]
    moved = (data_dir / path).read_bytes()
    (data_dir / path).unlink()
    try:
        out = tmp_path / "m.zip"
        summary = exports.export_files_zip(data_dir, out, unit="青山乡")
        names, contents = _zip_names(out)
        assert summary.files == 0 and len(summary.missing) == 1
        assert names == [exports.MISSING_LIST_NAME]
        assert "青山乡_活动方案_青山乡方案.docx" in contents[exports.MISSING_LIST_NAME].decode("utf-8-sig")
    finally:
        (data_dir / path).write_bytes(moved)


@pytest.mark.parametrize("name,expected", [
    ("../../etc/passwd", "passwd"),
    ("C:\\Windows\\evil.exe", "evil.exe"),
    ("..", "文件"),
    ("", "文件"),
    (None, "文件"),
    ("CON.txt", "_CON.txt"),
    ('a<b>c:"d"|e?f*.doc', "a_b_c__d__e_f_.doc"),
    ("报告\x00\x1f.pdf", "报告__.pdf"),
])
def test_sanitize_filename(name, expected):
    assert exports.sanitize_filename(name) == expected


@given(st.text())
def test_sanitized_name_is_one_harmless_component(name):
    safe = exports.sanitize_filename(name)
    assert safe and "/" not in safe and "\\" not in safe and "\x00" not in safe
    assert safe not in (".", "..") and not safe.startswith(".")
    assert len(safe) <= exports.MAX_NAME_CHARS


def test_unique_names_add_suffixes_case_insensitively():
    names = exports.UniqueNames()
    assert [names.claim(n) for n in ["a.jpg", "A.JPG", "a.jpg", "a_2.jpg"]] == ["a.jpg", "A_2.JPG", "a_3.jpg", "a_2_2.jpg"]


def test_exports_read_an_archive_under_a_folder_with_chinese_spaces_and_hash(tmp_path):
    """The read-only connection is a ``file:`` URI: an unencoded ``#`` would cut the path
    short (SQLite reads the rest as a fragment) and open nothing."""
    from collector import service, thumbnails

    data_dir = tmp_path / "县政府办 2023年#1 档案" / "data"
    facts = build_sample(data_dir)
    out = tmp_path / "s.csv"
    assert exports.export_status_csv(data_dir, out) == facts["counts"]["total"]
    assert "县发改局" in out.read_bytes().decode("utf-8-sig")
    summary = exports.export_files_zip(data_dir, tmp_path / "all.zip", unit="县发改局")
    assert summary.files > 0 and not summary.missing
    assert thumbnails.last_attachment_id(data_dir) > 0
    service.last_read(data_dir)  # opens the same database read-only; raised before


def test_sqlite_uri_is_percent_encoded(tmp_path):
    from collector.migrations import sqlite_uri

    uri = sqlite_uri(tmp_path / "档案 #1" / "collector.db", readonly=True)
    assert uri.startswith("file:///") and uri.endswith("/%E6%A1%A3%E6%A1%88%20%231/collector.db?mode=ro")
