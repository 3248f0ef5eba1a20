"""Exports for the office: the 报送情况统计表 (xlsx, CSV) and zips of the filed files.

Used by the dashboard (behind the login) and by ``collector export``:

  export_status_xlsx(data_dir, out_path, filters=None)
  export_status_csv(data_dir, out_path, filters=None)       UTF-8 with BOM, for Excel
  export_files_zip(data_dir, out_path, unit=None, requirement=None, all_versions=False)

File bytes come from the archive (attachments.path is relative to the data dir).
Zip members are named 单位_要求_原名; a sender's filename is sanitized and never
used as a path; colliding names get _2, _3, ...
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .index import DB_NAME
from .migrations import sqlite_uri

STATE_LABELS = {"complete": "已报送", "partial": "部分报送", "missing": "未报送"}
UNIT_KIND_LABELS = {"town": "镇", "township": "乡", "zone": "开发区", "department": "县直部门"}  # campaign.UNIT_KINDS
STATUS_HEADERS = ["单位", "单位类型", "报送要求", "状态", "是否逾期", "报送时间", "截止时间", "缺少内容", "最近联系邮箱", "活动"]
SUMMARY_HEADERS = ["报送要求", "截止时间", "应报单位数", "已报送", "部分报送", "未报送", "逾期"]
MISSING_LIST_NAME = "缺失文件清单.txt"
_STORED_KINDS = {"photo", "archive"}
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
_BAD_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
MAX_NAME_CHARS = 120


@dataclass
class StatusFilter:
    requirement: str | None = None
    unit_kind: str | None = None
    state: str | None = None
    late_only: bool = False
    campaign: str | None = None


@dataclass
class ZipSummary:
    files: int = 0
    missing: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- connections


def open_readonly(data_dir: Path) -> sqlite3.Connection:
    return open_readonly_path(Path(data_dir) / DB_NAME)


def open_readonly_path(db_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(sqlite_uri(db_path, readonly=True), uri=True, timeout=30)
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


# ---------------------------------------------------------------- 报送情况统计表


def _time(value: str | None) -> str:
    return value.replace("T", " ")[:16] if value else ""


def status_rows(conn: sqlite3.Connection, filters: StatusFilter | None = None) -> list[list]:
    """Rows of the 报送情况统计表, in the order of STATUS_HEADERS."""
    filters = filters or StatusFilter()
    clauses, params = [], []
    for column, value in (
        ("requirement", filters.requirement),
        ("unit_kind", filters.unit_kind),
        ("state", filters.state),
        ("campaign", filters.campaign),
    ):
        if value:
            clauses.append(f"s.{column} = ?")
            params.append(value)
    if filters.late_only:
        clauses.append("s.late = 1")
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = conn.execute(
        "SELECT s.unit, s.unit_kind, coalesce(r.title, s.requirement), s.state, s.late,"
        " s.completed_at, s.due_at, s.missing_parts, s.last_from, s.campaign"
        " FROM status s LEFT JOIN requirements r ON r.campaign = s.campaign AND r.id = s.requirement"
        f" {where} ORDER BY s.unit_kind, s.unit, r.due_at, s.requirement",
        params,
    ).fetchall()
    return [
        [
            unit or "",
            UNIT_KIND_LABELS.get(kind or "", kind or ""),
            requirement or "",
            STATE_LABELS.get(state, state or ""),
            "逾期" if late else "",
            _time(completed_at),
            _time(due_at),
            missing or "",
            last_from or "",
            campaign or "",
        ]
        for unit, kind, requirement, state, late, completed_at, due_at, missing, last_from, campaign in rows
    ]


def summary_rows(conn: sqlite3.Connection, campaign: str | None = None) -> list[list]:
    where, params = ("WHERE s.campaign = ?", [campaign]) if campaign else ("", [])
    rows = conn.execute(
        "SELECT coalesce(r.title, s.requirement), s.due_at, count(*),"
        " sum(s.state = 'complete'), sum(s.state = 'partial'), sum(s.state = 'missing'), sum(s.late = 1)"
        " FROM status s LEFT JOIN requirements r ON r.campaign = s.campaign AND r.id = s.requirement"
        f" {where} GROUP BY s.campaign, s.requirement ORDER BY s.due_at, s.requirement",
        params,
    ).fetchall()
    return [[title, _time(due), total, c or 0, p or 0, m or 0, late or 0] for title, due, total, c, p, m, late in rows]


def _csv_safe(value):
    # A cell starting with = + - @ would be run as a formula by Excel.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def status_csv_bytes(conn: sqlite3.Connection, filters: StatusFilter | None = None) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(STATUS_HEADERS)
    for row in status_rows(conn, filters):
        writer.writerow([_csv_safe(v) for v in row])
    # utf-8-sig: the BOM makes Excel on Chinese Windows read UTF-8, not GBK.
    return buffer.getvalue().encode("utf-8-sig")


def status_xlsx_bytes(conn: sqlite3.Connection, filters: StatusFilter | None = None) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "报送情况"
    _fill_sheet(sheet, STATUS_HEADERS, status_rows(conn, filters), [16, 12, 24, 10, 8, 18, 18, 30, 28, 12])
    fills = {"未报送": "FFC7CE", "部分报送": "FFEB9C", "已报送": "C6EFCE"}
    for row in sheet.iter_rows(min_row=2):
        state_cell = row[3]
        if state_cell.value in fills:
            state_cell.fill = PatternFill("solid", fgColor=fills[state_cell.value])
        if row[4].value:
            row[4].font = Font(color="9C0006", bold=True)
    summary = workbook.create_sheet("汇总")
    _fill_sheet(summary, SUMMARY_HEADERS, summary_rows(conn, filters.campaign if filters else None), [28, 18, 12, 10, 10, 10, 10])
    for sheet_ in (sheet, summary):
        for cell in sheet_[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center")
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _fill_sheet(sheet, headers, rows, widths) -> None:
    from openpyxl.utils import get_column_letter

    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text, never a formula
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def export_status_xlsx(data_dir: Path, out_path: Path, filters: StatusFilter | None = None) -> int:
    """Write 报送情况统计表.xlsx; returns the number of rows."""
    conn = open_readonly(data_dir)
    try:
        Path(out_path).write_bytes(status_xlsx_bytes(conn, filters))
        return len(status_rows(conn, filters))
    finally:
        conn.close()


def export_status_csv(data_dir: Path, out_path: Path, filters: StatusFilter | None = None) -> int:
    conn = open_readonly(data_dir)
    try:
        Path(out_path).write_bytes(status_csv_bytes(conn, filters))
        return len(status_rows(conn, filters))
    finally:
        conn.close()


# ---------------------------------------------------------------- file names


def sanitize_filename(name: str | None, fallback: str = "文件") -> str:
    """A safe single path component from a name someone else chose."""
    name = unicodedata.normalize("NFC", name or "")
    name = re.split(r"[/\\]", name)[-1]  # never a path
    name = _BAD_CHARS.sub("_", name)
    name = name.strip().strip(".").strip()
    if not name or set(name) <= {"_"}:
        name = fallback
    if _WINDOWS_RESERVED.match(name):
        name = "_" + name
    if len(name) > MAX_NAME_CHARS:
        stem, dot, ext = name.rpartition(".")
        if dot and 0 < len(ext) <= 10:
            name = stem[: MAX_NAME_CHARS - len(ext) - 1] + "." + ext
        else:
            name = name[:MAX_NAME_CHARS]
    return name


def _split_ext(name: str) -> tuple[str, str]:
    stem, dot, ext = name.rpartition(".")
    if dot and stem and 0 < len(ext) <= 10:
        return stem, "." + ext
    return name, ""


class UniqueNames:
    """Hands out names that differ from all earlier ones (case-insensitively)."""

    def __init__(self):
        self.taken: set[str] = set()

    def claim(self, name: str) -> str:
        stem, ext = _split_ext(name)
        candidate, n = name, 1
        while candidate.casefold() in self.taken:
            n += 1
            candidate = f"{stem}_{n}{ext}"
        self.taken.add(candidate.casefold())
        return candidate


def export_name(unit: str | None, requirement: str | None, original: str | None) -> str:
    parts = [
        sanitize_filename(unit, "未知单位"),
        sanitize_filename(requirement, "未分类"),
        sanitize_filename(original, "文件"),
    ]
    return sanitize_filename("_".join(parts))


def zip_download_name(unit: str | None, requirement: str | None) -> str:
    parts = [p for p in (unit, requirement) if p] or ["全部"]
    return sanitize_filename("_".join(parts) + "_报送材料.zip")


# ---------------------------------------------------------------- zip


@dataclass
class ZipEntry:
    arcname: str
    relative_path: str
    kind: str | None


def plan_zip_entries(
    conn: sqlite3.Connection,
    unit: str | None = None,
    requirement: str | None = None,
    current_only: bool = True,
    campaign: str | None = None,
) -> list[ZipEntry]:
    """Which archived files go into the zip, under which names.

    Files of mails that count toward a requirement (submissions); containers
    (an archive whose members were extracted, a forwarded mail) and links are
    left out, since their contents are listed on their own."""
    params: list = []
    clauses = [
        "a.path IS NOT NULL",
        "coalesce(a.kind, '') != 'link'",
        "coalesce(m.state, '') != 'ignored'",
        "NOT (coalesce(a.inline, 0) = 1 AND coalesce(a.kind, '') != 'photo')",
    ]
    if current_only:
        clauses.append("sub.is_current = 1")
    if unit:
        clauses.append("sub.unit = ?")
        params.append(unit)
    if requirement:
        clauses.append("sub.requirement = ?")
        params.append(requirement)
    if campaign:
        clauses.append("sub.campaign = ?")
        params.append(campaign)
    rows = conn.execute(
        "SELECT a.id, sub.unit, coalesce(r.title, sub.requirement), a.filename, a.path, a.kind"
        " FROM submissions sub"
        " JOIN messages m ON m.sha256 = sub.message_sha256"
        " JOIN attachments a ON a.message_sha256 = sub.message_sha256"
        " LEFT JOIN requirements r ON r.campaign = sub.campaign AND r.id = sub.requirement"
        f" WHERE {' AND '.join(clauses)}"
        " AND NOT EXISTS (SELECT 1 FROM attachments c"
        "   WHERE c.message_sha256 = a.message_sha256 AND c.parent_idx = a.idx)"
        " ORDER BY sub.unit, r.due_at, sub.requirement, sub.received_at, a.idx",
        params,
    ).fetchall()
    grouped: dict[int, list] = {}
    for att_id, unit_name, req_title, filename, path, kind in rows:
        entry = grouped.setdefault(att_id, [unit_name, [], filename, path, kind])
        if req_title not in entry[1]:
            entry[1].append(req_title)
    names = UniqueNames()
    names.claim(MISSING_LIST_NAME)
    return [
        ZipEntry(names.claim(export_name(unit_name, "+".join(reqs), filename)), path, kind)
        for unit_name, reqs, filename, path, kind in grouped.values()
    ]


def write_files_zip(
    conn: sqlite3.Connection,
    data_dir: Path,
    out_path: Path,
    unit: str | None = None,
    requirement: str | None = None,
    current_only: bool = True,
    campaign: str | None = None,
) -> ZipSummary:
    summary = ZipSummary()
    base = Path(data_dir).resolve()
    entries = plan_zip_entries(conn, unit, requirement, current_only, campaign)
    with zipfile.ZipFile(out_path, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
        for entry in entries:
            source = (base / entry.relative_path).resolve()
            if base not in source.parents or not source.is_file():
                summary.missing.append(f"{entry.arcname}\t{entry.relative_path}")
                continue
            compress = zipfile.ZIP_STORED if entry.kind in _STORED_KINDS else zipfile.ZIP_DEFLATED
            zf.write(source, entry.arcname, compress_type=compress)
            summary.files += 1
        if summary.missing:
            text = "以下文件在存档中找不到：\r\n" + "\r\n".join(summary.missing) + "\r\n"
            zf.writestr(MISSING_LIST_NAME, text.encode("utf-8-sig"))
    return summary


def write_files_zip_from_db(db_path: Path, data_dir: Path, out_path: Path, **kwargs) -> ZipSummary:
    conn = open_readonly_path(db_path)
    try:
        return write_files_zip(conn, data_dir, out_path, **kwargs)
    finally:
        conn.close()


def export_files_zip(
    data_dir: Path,
    out_path: Path,
    unit: str | None = None,
    requirement: str | None = None,
    all_versions: bool = False,
    campaign: str | None = None,
) -> ZipSummary:
    """Zip of the filed files: one unit, one requirement (id), or everything; of one campaign when given."""
    return write_files_zip_from_db(
        Path(data_dir) / DB_NAME,
        Path(data_dir),
        Path(out_path),
        unit=unit,
        requirement=requirement,
        current_only=not all_versions,
        campaign=campaign,
    )
