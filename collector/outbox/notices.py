"""The 通报 list after a deadline: per requirement, the units that did not send, sent
late, or sent only part; as .docx paragraphs to paste into the office's 通报, and as .xlsx.

Read from the status table of the last poll (read-only), for requirements already due.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import sqlite3
from pathlib import Path

from collector.outbox.compose import chinese_time

CATEGORIES = ("未报送", "逾期报送", "报送不全")
XLSX_HEADERS = ["要求", "截止时间", "单位", "情况", "报送时间", "缺少", "活动"]


@dataclasses.dataclass
class NoticeLine:
    campaign: str
    requirement: str
    requirement_title: str
    due: dt.datetime
    unit: str
    category: str  # one of CATEGORIES
    completed_at: dt.datetime | None
    missing: str


@dataclasses.dataclass
class RequirementNotice:
    title: str
    due: dt.datetime
    units_total: int
    lines: list[NoticeLine]


def _category(state: str, late: int) -> str | None:
    if state == "missing":
        return "未报送"
    if state == "partial":
        return "报送不全"
    return "逾期报送" if late else None


def notice(conn: sqlite3.Connection, now: dt.datetime, requirement: str | None = None) -> list[RequirementNotice]:
    """One entry per requirement due by ``now``, in deadline order, units in roster order."""
    out: list[RequirementNotice] = []
    reqs = conn.execute(
        "SELECT campaign, id, title, due_at FROM requirements ORDER BY due_at, campaign, rowid"
    ).fetchall()
    for campaign, req_id, title, due_at in reqs:
        due = dt.datetime.fromisoformat(due_at)
        if due > now or (requirement and req_id != requirement):
            continue
        rows = conn.execute(
            "SELECT s.unit, s.state, s.late, s.completed_at, s.missing_parts FROM status s "
            "LEFT JOIN units u ON u.campaign = s.campaign AND u.name = s.unit "
            "WHERE s.campaign = ? AND s.requirement = ? ORDER BY u.rowid, s.unit",
            [campaign, req_id],
        ).fetchall()
        lines = []
        for unit, state, late, completed_at, missing in rows:
            category = _category(state, late)
            if category:
                done = dt.datetime.fromisoformat(completed_at).astimezone(due.tzinfo) if completed_at else None
                lines.append(NoticeLine(campaign, req_id, title, due, unit, category, done, missing or ""))
        out.append(RequirementNotice(title, due, len(rows), lines))
    return out


def _unit_note(line: NoticeLine) -> str:
    if line.category == "逾期报送" and line.completed_at:
        return f"{line.unit}（{line.completed_at.month}月{line.completed_at.day}日{line.completed_at:%H:%M}报齐）"
    if line.category == "报送不全" and line.missing:
        return f"{line.unit}（{line.missing}）"
    return line.unit


def notice_paragraphs(item: RequirementNotice) -> list[str]:
    paragraphs = [f"{item.title}（截止时间：{chinese_time(item.due)}，应报送单位{item.units_total}个）"]
    for category in CATEGORIES:
        units = [_unit_note(line) for line in item.lines if line.category == category]
        paragraphs.append(f"{category}（{len(units)}个）：{'、'.join(units)}。" if units else f"{category}：无。")
    return paragraphs


def notice_docx_bytes(items: list[RequirementNotice], now: dt.datetime) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("未按时报送情况", level=1)
    document.add_paragraph(f"（统计截至{chinese_time(now)}）")
    for item in items:
        paragraphs = notice_paragraphs(item)
        document.add_heading(paragraphs[0], level=2)
        for text in paragraphs[1:]:
            document.add_paragraph(text)
    if not items:
        document.add_paragraph("尚无已截止的报送要求。")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def notice_xlsx_bytes(items: list[RequirementNotice]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from collector.exports import _fill_sheet

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "通报名单"
    rows = [
        [line.requirement_title, chinese_time(line.due), line.unit, line.category,
         chinese_time(line.completed_at) if line.completed_at else "", line.missing if line.category == "报送不全" else "",
         line.campaign]
        for item in items for line in item.lines
    ]
    _fill_sheet(sheet, XLSX_HEADERS, rows, [28, 20, 18, 10, 20, 24, 20])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def export_notice(data_dir: Path, out_path: Path, now: dt.datetime, requirement: str | None = None) -> int:
    """Write the 通报 list (.docx or .xlsx by the file's suffix); returns the number of units listed."""
    from collector.exports import open_readonly

    conn = open_readonly(data_dir)
    try:
        items = notice(conn, now, requirement)
    finally:
        conn.close()
    if Path(out_path).suffix.lower() == ".docx":
        Path(out_path).write_bytes(notice_docx_bytes(items, now))
    else:
        Path(out_path).write_bytes(notice_xlsx_bytes(items))
    return sum(len(item.lines) for item in items)
