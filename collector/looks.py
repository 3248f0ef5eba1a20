"""Second looks at a mail the first match left unsure, each reading what costs too much to read for every mail:
the words in its pictures (OCR: a 红头 made a picture, a scan, a signature card) when no unit was found; the unit
whose filed documents list the villages its files are named by; and what a screenshot asked as proof of an online
form shows (提交成功, or a page still to fill). ``ctx`` is the run's pipeline.Context (db, campaigns, learned,
data_dir, ocr_seconds_left); the rematch of waiting mails takes the proof look too."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
import re
import time
import traceback
from pathlib import Path

import sqlite_utils

from collector.match import match_mail
from collector.model import Match, ParsedMail
from collector.parsers import ocr
from collector.status import OwedWhenReceived

log = logging.getLogger(__name__)

MAX_SECOND_LOOK_BYTES = 50 * 1024 * 1024


def _stored_bytes(data_dir: Path, attachment) -> bytes | None:
    """An attachment's bytes: in the mail still, or where a parse worker stored them."""
    if attachment.data is not None:
        return attachment.data
    path = data_dir / attachment.stored_path if attachment.stored_path else None
    if path is None or not path.is_file() or path.stat().st_size > MAX_SECOND_LOOK_BYTES:
        return None
    return path.read_bytes()


def second_look(ctx, parsed: ParsedMail, match: Match, received_at: dt.datetime) -> Match:
    """A mail whose unit nothing names may name it in pictures: the 红头 of a scan, a 红头 made a picture in
    the Word file; a unit's mail that fits two campaigns may say which in its scan (SCAN_20600713_101533.pdf under
    “报送扫描件”: the 权责清单调整确认表). Those are read (parsers/ocr.py: seconds a picture, so only here) and the mail
    matched again; the texts read stay on the files, for search, whatever the second match says."""
    unsure = match.unit is None or (match.campaign is None and _a_scan_to_read(parsed))
    if match.state != "needs_review" or not unsure or ctx.ocr_seconds_left <= 0 or not ocr.enabled():
        return match
    try:
        names = [n for c in ctx.campaigns for u in c.units for n in u.all_names()]
        county = next((c.county for c in ctx.campaigns if c.county), "")
        read, spent = ocr.read_pictures_of(parsed, functools.partial(_stored_bytes, ctx.data_dir), names, county,
                                           ctx.ocr_seconds_left)
        ctx.ocr_seconds_left -= spent
        if not read:
            return match
        again = match_mail(parsed, ctx.campaigns, ctx.learned, received_at=received_at,
                           open_requirements=OwedWhenReceived(ctx.db, ctx.campaigns, received_at))
    except Exception:  # noqa: BLE001  (the first match stands)
        log.error("second look failed: %s", traceback.format_exc())
        return match
    if again.unit is None or (match.unit is not None and (again.unit != match.unit or again.campaign is None)):
        return match
    said = "单位名称" if match.unit is None else "所属活动"
    return dataclasses.replace(again, reason=f"{again.reason}（{said}是从图片中识别的文字判断的，请核对）")


def _a_scan_to_read(parsed: ParsedMail) -> bool:
    """The mail's documents include a scan without a text layer (what it is shows only in its picture)."""
    return any(a.kind == "document" and a.text_status == "scanned" for a in parsed.attachments)


# a file named by a village (东沟村.m4a, 大杖子村录音.mp3): 2–5 characters before 村, not 乡村 / 农村 / 新农村 …
VILLAGE_FILE = re.compile(r"^(?![乡农]村|新农村|美丽乡村|行政村|自然村)([\u4e00-\u9fa5]{2,5}?村)")
MAX_VILLAGES = 12


def villages_look(ctx, parsed: ParsedMail, match: Match, received_at: dt.datetime) -> Match:
    """Recordings or photos a broadcaster shares from a phone, named by their villages only (东沟村.m4a, 西沟村.m4a), no
    unit named anywhere: the unit is the one whose filed documents list those villages (its 统计表 of 行政村), when
    exactly one unit's do, the mail matched again as from that unit, with a note to check."""
    if match.state != "needs_review" or match.unit is not None:
        return match
    villages = sorted({m.group(1) for a in parsed.attachments if (m := VILLAGE_FILE.match(a.filename or ""))})
    if not 2 <= len(villages) <= MAX_VILLAGES:
        return match
    listed = _units_whose_documents_list(ctx.db, villages)
    if len({u for _, u in listed}) != 1:
        return match
    campaign, unit = min(listed)
    try:
        again = match_mail(parsed, ctx.campaigns, {**ctx.learned, (parsed.from_addr or "").lower(): (campaign, unit)},
                           received_at=received_at,
                           open_requirements=OwedWhenReceived(ctx.db, ctx.campaigns, received_at))
    except Exception:  # noqa: BLE001  (the first match stands)
        log.error("villages look failed: %s", traceback.format_exc())
        return match
    if again.unit != unit:
        return match
    return dataclasses.replace(again, reason=f"{again.reason}（单位是从{unit}此前报送的文件所列的村名"
                                             f"（{'、'.join(villages[:4])}）推断的，请核对）")


def _units_whose_documents_list(db: sqlite_utils.Database, villages: list[str]) -> set[tuple[str, str]]:
    """(campaign, unit) of the filed mails with a document naming every one of ``villages``."""
    where = " AND ".join("instr(a.text, ?) > 0" for _ in villages)
    rows = db.execute(
        "SELECT DISTINCT m.campaign, m.unit FROM attachments a JOIN messages m ON m.sha256 = a.message_sha256 "
        f"WHERE m.state = 'filed' AND m.unit IS NOT NULL AND a.kind = 'document' AND {where}", villages).fetchall()
    return {(c, u) for c, u in rows}


# what a form's page says when it was not sent: 提交失败, 网络异常, 请重试; or a page of the form still to fill (第2页/共4页,
# 下一页) with no 提交成功 on it
NOT_SENT_PAGE = re.compile(r"提交失败|网络异常|网络错误|系统错误|请重试|重新提交|第\s*\d+\s*页\s*/\s*共\s*\d+\s*页|下一页")
QUESTION_LINE = re.compile(r"(?m)^\s*\d{1,2}\s*[.．、]\s*[\u4e00-\u9fff][^\n]{2,40}")  # 6. 专区是否配备…: a question still to answer
# a sent form's page, including the answers page its 查看我的答卷 link opens (numbered questions, answered)
SENT_PAGE = re.compile(r"提交成功|已提交|答卷已经提交|感谢您的参与|我的答卷|答卷详情|提交时间|答题时间")


def form_not_sent(words: str) -> str:
    """What in a screenshot's words shows an online form not sent (提交失败, 第2页/共4页, a question still to answer), or
    "" for a sent form's page (提交成功, the answers page) or for words that say neither."""
    if not words or SENT_PAGE.search(words):
        return ""
    said = NOT_SENT_PAGE.search(words)
    questions = QUESTION_LINE.findall(words)
    return said.group() if said else questions[0].strip() if len(questions) >= 2 else ""


def proof_look(ctx, parsed: ParsedMail, match: Match) -> Match:
    """A filed screenshot asked as proof that an online form was sent (“提交成功”页面截图): what the picture says is read
    (OCR, within the run's budget), and one that shows the form not sent (提交失败, or a page still to fill) goes to a
    person, the words read saying why."""
    if match.state != "filed" or ctx.ocr_seconds_left <= 0 or not ocr.enabled():
        return match
    campaign = next((c for c in ctx.campaigns if c.id == match.campaign), None)
    asked = campaign and any(any("截图" in w for w in [p.title, *p.words])
                             for r in campaign.requirements if r.id in match.requirements for p in r.parts)
    shots = [a for a in parsed.attachments if a.kind == "photo" and a.parent is None and not (a.photo and a.photo.camera)]
    if not asked or not shots:
        return match
    started = time.monotonic()
    for shot in shots[:2]:
        data = _stored_bytes(ctx.data_dir, shot)
        words = ocr.read_picture(data) if data else ""
        said = form_not_sent(words)
        if said:
            ctx.ocr_seconds_left -= time.monotonic() - started
            return dataclasses.replace(match, state="needs_review", suggestions=[match.unit],
                                       reason=f"看似{match.unit}的报送，但截图{shot.filename}显示问卷没有提交成功（图中文字：“{said}”），"
                                              f"请人工核对，必要时请其重新填报")
    ctx.ocr_seconds_left -= time.monotonic() - started
    return match
