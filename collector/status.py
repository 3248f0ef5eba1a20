"""Status stage: unit x requirement completeness, computed from the index.

Only mails in state "filed" count. Parts may arrive in several mails (补发照片);
a mail marked 更正 / 以此为准 / 最终版 replaces, part by part, what earlier mails
brought: the earlier mails stay in the archive, and those whose every part was
replaced no longer count (submissions.is_current = 0). Deadlines use the server receipt time
(messages.received_at), never the Date header.
"""

from __future__ import annotations

import dataclasses
import functools
import datetime as dt
import json
import re
from collections.abc import Iterator, Mapping

from collector.campaign import Campaign, Part, Requirement
from collector.match import content_lines, is_photo, strip_quoted
from collector.match.paper_form import takes_a_photographed_form
from collector.match.requirements import field_found
from collector.match.text import drop_pasted, to_simplified
from collector.match.words import subject_text
from collector.parsers.links import cloud_drive_shares
from collector.parsers.maps import PLACEMARK_LABEL
from collector.parsers.names import extension_of
from collector.parsers.sniff import file_extension

MIN_INLINE_PHOTO_SIDE = 300  # smaller inline images are logos and signature art (parsers.photos.MIN_PHOTO_SIDE)


@dataclasses.dataclass
class _Att:
    filename: str
    kind: str
    text: str
    inline: bool
    width: int | None
    height: int | None
    in_document: bool = False  # a picture taken out of a document (照片已插入文档)
    in_archive: bool = False  # a file taken out of a .zip / .rar the mail carries
    content_type: str = ""
    sha256: str = ""  # of the file's bytes: one photo sent under three names counts once
    link_url: str = ""  # a large-attachment link's address, or where a saved shortcut (.url) points
    link_expires: str = ""  # as the mail states it (2065年10月9日 到期)

    @functools.cached_property
    def head(self) -> str:
        """File name and first lines, in simplified characters (統計表 is a 统计表): what names it.
        Read once per attachment, not once per part it is weighed against."""
        return to_simplified(self.filename + " " + " ".join(content_lines(self.text)[:3]))


@dataclasses.dataclass
class _Msg:
    sha256: str
    message_id: str | None
    received_at: dt.datetime
    from_addr: str
    from_name: str
    body: str
    is_correction: bool
    attachments: list[_Att]
    requirements: list[str]  # all requirements this mail serves
    subject: str = ""


def _parse_time(value: str | None, tz) -> dt.datetime | None:
    if not value:
        return None
    d = dt.datetime.fromisoformat(value)
    if d.tzinfo is None:
        d = d.replace(tzinfo=tz)
    return d.astimezone(tz)


def _load_messages(db, campaign: Campaign, units: set[str] | None = None) -> dict[str, _Msg]:
    """The campaign's filed mails, with their files and requirements; only those of ``units`` if given."""
    of_units = ""
    args: list = [campaign.id]
    if units is not None:
        of_units = f" AND unit IN ({', '.join('?' * len(units))})"
        args += sorted(units)
    rows = db.execute(
        "SELECT sha256, message_id, received_at, from_addr, from_name, body_text, is_correction, subject "
        "FROM messages WHERE state = 'filed' AND campaign = ?" + of_units,
        args,
    ).fetchall()
    msgs: dict[str, _Msg] = {}
    for sha, mid, rec, addr, name, body, corr, subject in rows:
        received = _parse_time(rec, campaign.tz)
        if received is None:
            continue
        msgs[sha] = _Msg(sha, mid, received, addr or "", name or "", body or "", bool(corr), [], [], subject or "")
    if not msgs:
        return msgs
    kinds: dict[tuple[str, int], str] = {}  # (mail, idx) -> kind, to tell what a file came out of
    for r in db.execute(
        "SELECT a.message_sha256, a.filename, a.kind, a.text, a.inline, a.width, a.height, a.idx, a.parent_idx, "
        "a.content_type, a.sha256, a.link_url, a.link_expires "
        "FROM attachments a JOIN messages m ON m.sha256 = a.message_sha256 "
        "WHERE m.state = 'filed' AND m.campaign = ?" + of_units.replace("unit", "m.unit")
        + " ORDER BY a.message_sha256, a.idx",
        args,
    ).fetchall():
        kinds[(r[0], r[7])] = r[2] or "other"
        if r[0] in msgs:
            parent = kinds.get((r[0], r[8])) if r[8] is not None else None
            msgs[r[0]].attachments.append(
                _Att(r[1] or "", r[2] or "other", r[3] or "", bool(r[4]), r[5], r[6], parent == "document",
                     parent == "archive", r[9] or "", r[10] or "", r[11] or "", r[12] or ""))
    for sha, req in db.execute(
        "SELECT message_sha256, requirement FROM submissions WHERE campaign = ?", [campaign.id]
    ).fetchall():
        if sha in msgs:
            msgs[sha].requirements.append(req)
    return msgs


# ---------------------------------------------------------------- parts


def photos_brought(msg: _Msg, part: Part, campaign: Campaign) -> set[str]:
    """The photos a mail brings for a photo part, one per distinct file (the same picture under three names,
    or inside the document and beside it, is one photo). A photo part with a ``pattern`` also takes the
    sender's words it finds (a 问卷's “查看我的答卷” link typed in the body where its screenshot is asked),
    each distinct match standing for one picture."""
    brought = {a.sha256 or f"{msg.sha256}/{i}" for i, a in enumerate(msg.attachments) if _counts_as_photo(a, part)}
    if part.pattern:
        brought |= {f"text:{m.group(0)}" for m in re.finditer(part.pattern, _texts(msg, campaign))}
    return brought


def _counts_as_photo(a: _Att, part: Part) -> bool:
    if a.in_document:  # the parse stage already told photos from logos and seals
        return a.kind == "photo" and part.embedded_photos_count
    if a.kind == "link" or not is_photo(a):
        return False
    if a.inline and a.width and a.height and max(a.width, a.height) < MIN_INLINE_PHOTO_SIDE:
        return False
    return True


def _extension(a: _Att) -> str:
    return file_extension(a.filename, a.content_type)


def _document_fits(a: _Att, part: Part, msg: _Msg, req: Requirement, campaign: Campaign) -> bool:
    if a.kind != "document":
        return (_a_picture_of_the_form(a, part, msg, req) or _a_picture_in_a_format_asked(a, part)
                or _a_recording_in_a_format_asked(a, part))
    head = a.head
    if _an_outline_alone(a):
        return False  # 老大杖子乡人民政府行政区域: the unit's outline, none of the places the map is asked for
    if not part.takes_format(_extension(a)):
        # the stamped PDF is not the Word copy, the 统计表 not the report
        return _the_table_in_another_format(a, head, part, req)
    if any(w in head for w in part.words):
        return True
    if any(w in head for w in campaign.others_papers):
        return False  # 汤神庙镇县直单位防汛物资储备情况统计表 beside the town's photos: the departments' form, not its 台账
    siblings = [p for p in req.parts if p.kind == "document" and p is not part]
    if any(w in head for p in siblings for w in p.words):
        return False  # the 台账 alone is not also the 报告 of the same requirement
    if len(msg.requirements) <= 1:
        return True
    # one mail serving several requirements: the document must name this one
    others = [r for r in campaign.requirements if r.id != req.id and r.id in msg.requirements]
    return not any(w in head for r in others for p in r.parts if p.kind == "document" for w in p.words)


SPREADSHEETS = {"xlsx", "xls", "et", "csv"}
PICTURES = {"jpg", "jpeg", "png", "bmp", "tif", "tiff", "webp", "heic", "heif", "gif"}
PAGES = {"pdf", "ofd", "docx", "doc", "wps"}


OUTLINE = re.compile(r"行政区域|行政区划|界线|边界|辖区范围")


def _an_outline_alone(a: _Att) -> bool:
    """A map (KML / KMZ) whose every place is an administrative outline (行政区域, 界线)."""
    marks = [line for line in (a.text or "").splitlines() if line.startswith(PLACEMARK_LABEL)]
    return bool(marks) and all(OUTLINE.search(line) for line in marks)


def _the_table_in_another_format(a: _Att, head: str, part: Part, req: Requirement) -> bool:
    """评分表已打印经局长签字，扫描件见附件 / 名单做成了Word表格: a PDF (or OFD) or a Word file named for a table
    asked in Excel (or as a photo of the paper form) is that table (printed, signed and scanned; typed in Word), and so is the sheet saved as
    tab-separated text (.txt), where no part of the requirement takes that format (then it is that part, or none)."""
    ext = _extension(a)
    paged_or_tabbed = ext in PAGES or (ext == "txt" and _tab_separated(a.text or ""))
    asked = set(part.formats) - PICTURES  # 名单（Excel；或手工填写的纸质名单照片）: a table all the same
    not_taken_elsewhere = not any(bool(p.formats) and p.takes_format(ext) for p in req.parts if p.kind == "document")
    if _a_form_asked_in_word_scanned(a, ext, asked, head, part):
        return not_taken_elsewhere
    return (paged_or_tabbed and asked and asked <= SPREADSHEETS and any(w in head for w in part.words)
            and not_taken_elsewhere)


WORD_FORMATS = {"docx", "doc", "wps", "odt", "dotx", "docm"}


def _a_form_asked_in_word_scanned(a: _Att, ext: str, asked: set[str], head: str, part: Part) -> bool:
    """推荐表（Word，一人一表）, printed, filled in by hand, signed, stamped and scanned: a PDF (or OFD) named by a word of
    the part that is a form (…表), where the part asks Word only, is that form, as a table asked in Excel and scanned
    is that table. A 事迹材料 or 报告 asked in Word is no form: its PDF is not it."""
    return (ext in ("pdf", "ofd") and bool(asked) and asked <= WORD_FORMATS
            and any(w.endswith("表") and w in head for w in part.words))


def _tab_separated(text: str) -> bool:
    """A sheet Excel or WPS saved as 文本文件（制表符分隔） or “Unicode 文本”: rows of cells parted by tabs."""
    return sum(line.count("\t") >= 2 for line in text.splitlines()) >= 3


def _a_picture_of_the_form(a: _Att, part: Part, msg: _Msg, req: Requirement) -> bool:
    """回执填好拍照发过去: photos alone, for a requirement that asks no photos and a document part
    of any format, are that document (a filled paper form, photographed)."""
    return (not part.formats and not any(p.kind == "photo" for p in req.parts) and _counts_as_photo(a, part)
            and all(b.kind != "document" for b in msg.attachments if not b.in_document))


def _a_picture_in_a_format_asked(a: _Att, part: Part) -> bool:
    """意见反馈表 scanned or photographed, where the part lists picture formats (pdf, jpg, tif): a
    .jpg or a copier's .tif of it is that document. Not a picture out of a document, nor a logo."""
    return not a.in_document and _counts_as_photo(a, part) and bool(part.formats) and part.takes_format(_extension(a))


def _a_recording_in_a_format_asked(a: _Att, part: Part) -> bool:
    """短视频（MP4或MOV格式）: a video or a sound recording, known as one by its bytes, in a format the
    part lists. The parse stage keeps such files as kind "other": only a part asking that format takes one."""
    return (a.kind == "other" and a.content_type.startswith(("video/", "audio/"))
            and bool(part.formats) and part.takes_format(_extension(a)))


ARCHIVE_FORMATS = {"zip", "rar", "7z", "tar", "gz", "tgz"}


def _evidence_bundle(msg: _Msg, part: Part, req: Requirement, campaign: Campaign) -> int:
    """佐证材料 asked as one 压缩包: the archives the mail carries; with none, the files that are no
    other part of the requirement, sent unzipped (the notice asks a 压缩包 only to make sending easy)."""
    archives = [a for a in msg.attachments if a.kind == "archive" and not a.in_archive
                and _extension(a) in part.formats]
    if archives:
        return len(archives)
    others = [p for p in req.parts if p is not part and p.kind in ("document", "photo")]
    loose = [a for a in msg.attachments if not a.in_archive and not a.in_document and a.kind in ("document", "photo")
             and (a.kind == "document" or _counts_as_photo(a, part))
             and not any(_document_fits(a, p, msg, req, campaign) if p.kind == "document" else _counts_as_photo(a, p)
                         for p in others)]
    return 1 if loose else 0


FORWARD_RE = re.compile(r"^\s*(?:fw|fwd|转发)\s*[:：]", re.I)


def _texts(msg: _Msg, campaign: Campaign) -> str:
    """Where fields (names, phone numbers) are looked for: the sender's own words and
    the documents; in a forward, the forwarded mail too (it is the unit's submission),
    never the pasted notice (its 联系人 and phone are the office's)."""
    notices = [campaign.notice_text] if campaign.notice_text else []
    if FORWARD_RE.match(msg.subject):
        body = "\n".join(drop_pasted(content_lines(msg.body), notices))
    else:
        body = strip_quoted(msg.body, notices)
    subject = "" if FORWARD_RE.match(msg.subject) else subject_text(msg.subject)  # 参会回执：王磊 副局长 139…
    return "\n".join([subject, body] + [a.text for a in msg.attachments if a.kind == "document" and a.text])


def parts_present(msg: _Msg, req: Requirement, campaign: Campaign) -> dict[str, int]:
    """How many of each part this one mail brings: its files, and the download links of the parts
    that take them (a link stands for the whole part)."""
    have = _parts_in_files(msg, req, campaign)
    for pid in parts_linked(msg, req, campaign, have):
        have[pid] = max(have[pid], req.part(pid).min_count)
    return have


def _parts_in_files(msg: _Msg, req: Requirement, campaign: Campaign) -> dict[str, int]:
    have: dict[str, int] = {}
    text = None
    for part in req.parts:
        if part.kind == "photo":
            have[part.id] = len(photos_brought(msg, part, campaign))
        elif part.kind == "document" and set(part.formats) and set(part.formats) <= ARCHIVE_FORMATS:
            have[part.id] = _evidence_bundle(msg, part, req, campaign)
        elif part.kind == "document":
            have[part.id] = sum(1 for a in msg.attachments if _document_fits(a, part, msg, req, campaign))
        elif part.kind == "field" and part.pattern:
            text = text if text is not None else _texts(msg, campaign)
            found = field_found(part, text, req) or _the_paper_form_photographed(msg, part, req, campaign)
            have[part.id] = 1 if found else 0
    return have


def _the_paper_form_photographed(msg: _Msg, part: Part, req: Requirement, campaign: Campaign) -> bool:
    """可打印问卷手工填写后拍照发送: photos alone, for a requirement of fields only whose notice lets the filled paper form
    come as a photo, are the answer (match/paper_form.py); no words of them can be read."""
    files = [a for a in msg.attachments if not a.in_document and a.kind != "link"]
    return (takes_a_photographed_form(campaign, req) and bool(files)
            and all(b.kind != "document" for b in files) and any(_counts_as_photo(a, part) for a in files))


# ---------------------------------------------------------------- links


def parts_linked(msg: _Msg, req: Requirement, campaign: Campaign, in_files: dict[str, int]) -> set[str]:
    """The parts a mail brings by download links, of those the notice lets come so (``links: true``:
    视频、照片较大的，可使用超大附件或网盘发送下载链接). A link named for a file (航拍视频.mp4, 照片原图.zip) brings the
    part it fits; one that names none (a 百度网盘 share, 超大附件1) brings each such part the mail's files do not.
    A mail system's link that had expired when the mail came brings nothing."""
    open_to_links = [p for p in req.parts if p.links]
    if not open_to_links:
        return set()
    brought: set[str] = set()
    for name in _links_in(msg, campaign):
        fitting = [p for p in open_to_links if _link_fits(name, p)] if name else \
            [p for p in open_to_links if not in_files.get(p.id)]
        brought |= {p.id for p in fitting}
    return brought


def _links_in(msg: _Msg, campaign: Campaign) -> list[str]:
    """The names of the working links a mail brings ("" for a link that names no file): the mail system's
    large attachments and saved shortcuts, and the cloud-drive shares in the sender's words and files."""
    names = [a.filename if a.kind == "link" and extension_of(a.filename) else "" for a in msg.attachments
             if a.link_url and not _expired(a.link_expires, msg.received_at)]
    seen = {a.link_url for a in msg.attachments if a.link_url}
    return names + ["" for url in cloud_drive_shares(_texts(msg, campaign)) if url not in seen]


EXPIRED = re.compile(r"已过期|已失效")
DAY = re.compile(r"(\d{4})\s*[年/-]\s*(\d{1,2})\s*[月/-]\s*(\d{1,2})")


def _expired(expires: str, received_at: dt.datetime) -> bool:
    """A link whose stated last day (2065年10月9日 到期) was before the mail came."""
    if EXPIRED.search(expires):
        return True
    m = DAY.search(expires)
    try:
        return bool(m) and dt.date(*map(int, m.groups())) < received_at.date()
    except ValueError:  # 2065年13月40日: no day, no judgement
        return False


def _link_fits(name: str, part: Part) -> bool:
    """A named link is a photo part's when it holds pictures or an archive of them, another part's when it is
    in a format the part asks (or named by the part's words, when it asks none)."""
    ext = extension_of(name)
    if part.kind == "photo":
        return ext in PICTURES or ext in ARCHIVE_FORMATS
    if part.formats:
        return part.takes_format(ext)
    return any(w in name for w in part.words)


# ---------------------------------------------------------------- status


def _iso(d: dt.datetime | None) -> str | None:
    return d.isoformat(timespec="seconds") if d else None


def _evaluate(msgs: list[_Msg], req: Requirement, campaign: Campaign):
    """Walk the mails in arrival order. A correction (更正/以此为准/最终版)
    replaces, part by part, what earlier mails brought: a corrected summary
    supersedes the earlier document, photos sent before stay unless the
    correction brings photos too; a correction bringing fewer files than a part of
    several asks (one village's recording of three) mends one of the set. Returns (complete?, first time complete,
    missing part titles, sha256s still current)."""
    total: dict[str, int] = {p.id: 0 for p in req.parts}
    givers: dict[str, list[str]] = {p.id: [] for p in req.parts}
    completed_at = None
    photos: dict[str, set[str]] = {p.id: set() for p in req.parts if p.kind == "photo"}  # distinct, over the mails
    need = {p.id: p.min_count for p in req.parts}
    for m in msgs:
        brought = {pid: n for pid, n in parts_present(m, req, campaign).items() if n > 0}
        for pid, n in brought.items():
            # 录错了一个村的录音，以此为准: a correction bringing fewer files than a part of several asks mends
            # one of the set already sent, not the whole set
            instead = m.is_correction and not (need[pid] > 1 and n < need[pid] <= total[pid])
            if pid in photos:
                part = req.part(pid)
                mine = photos_brought(m, part, campaign)
                if n > len(mine):  # a download link brought the part: it stands for the whole set asked
                    mine |= {f"link:{m.sha256}/{k}" for k in range(part.min_count)}
                photos[pid] = mine if instead else photos[pid] | mine
                n = len(photos[pid]) - (0 if instead else total[pid])
            if instead:
                total[pid], givers[pid] = n, [m.sha256]
            else:
                total[pid] += n if pid in photos or not m.is_correction else 0  # a mended file is no file more
                givers[pid].append(m.sha256)
        if completed_at is None and all(total[p.id] >= p.min_count for p in req.parts):
            completed_at = m.received_at
    complete = all(total[p.id] >= p.min_count for p in req.parts)
    missing = [p.title for p in req.parts if total[p.id] < p.min_count]
    current = {sha for shas in givers.values() for sha in shas}
    # a mail that brought nothing countable is still "current" unless a later correction came
    last_corr = max((i for i, m in enumerate(msgs) if m.is_correction), default=-1)
    current |= {m.sha256 for i, m in enumerate(msgs) if i >= last_corr and not any(
        m.sha256 in g for g in givers.values()) and m.sha256 not in current}
    return complete, completed_at if complete else None, missing, current


def refresh_status(db, campaigns: list[Campaign], now: dt.datetime) -> None:
    """Recompute the ``status`` table (and submissions.is_current) for every
    roster unit and each requirement that applies to it."""
    from collector.decisions import reapply_decisions

    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    reapply_decisions(db)
    for campaign in campaigns:
        msgs = _load_messages(db, campaign)
        subs = _submissions(db, campaign)
        last_from = _last_from(db, campaign)
        rows = []
        current_flags: list[tuple[int, str, str]] = []
        for unit in campaign.units:
            for req in campaign.requirements_for(unit):
                mine = _mails_for(campaign, req, unit.name, msgs, subs)
                complete, completed_at, missing, current = _evaluate(mine, req, campaign)
                for m in mine:
                    current_flags.append((1 if m.sha256 in current else 0, m.sha256, req.id))
                state = "complete" if complete else ("partial" if mine else "missing")
                due = req.due.astimezone(campaign.tz)
                late = (completed_at > due) if complete else (now > due)
                rows.append(
                    {
                        "campaign": campaign.id,
                        "unit": unit.name,
                        "unit_kind": unit.kind,
                        "requirement": req.id,
                        "state": state,
                        "late": int(late),
                        "completed_at": _iso(completed_at),
                        "due_at": _iso(due),
                        "messages": json.dumps([m.message_id for m in mine], ensure_ascii=False),
                        "message_sha256s": json.dumps([m.sha256 for m in mine]),
                        "missing_parts": "" if complete else ("未报送" if not mine else "缺" + "、".join(missing)),
                        "last_from": last_from.get(unit.name),
                        "updated_at": _iso(now.astimezone(campaign.tz)),
                    }
                )
        with db.atomic():
            db.execute("DELETE FROM status WHERE campaign = ?", [campaign.id])
            db["status"].insert_all(rows, replace=True)
            for flag, sha, req_id in current_flags:
                db.execute(
                    "UPDATE submissions SET is_current = ? WHERE message_sha256 = ? AND requirement = ?",
                    [flag, sha, req_id],
                )


def _last_from(db, campaign: Campaign) -> dict[str, str]:
    out: dict[str, str] = {}
    for unit, addr, name in db.execute(
        "SELECT unit, from_addr, from_name FROM messages WHERE state = 'filed' AND campaign = ? "
        "ORDER BY received_at",
        [campaign.id],
    ).fetchall():
        if addr:
            out[unit] = f"{name} <{addr}>" if name else addr
    return out


# Photos in a status row's mails that came inside a document (照片已插入文档), for
# the 报送情况 (status_rows, the dashboard): a status row ``s`` in the query.
EMBEDDED_PHOTOS_SQL = (
    "(SELECT count(*) FROM json_each(s.message_sha256s) m"
    " JOIN attachments a ON a.message_sha256 = m.value AND a.kind = 'photo' AND a.parent_idx IS NOT NULL"
    " JOIN attachments d ON d.message_sha256 = a.message_sha256 AND d.idx = a.parent_idx"
    " AND d.kind = 'document')"
)


def status_rows(db, campaign: str | None = None) -> list[dict]:
    """The JSON contract of ``collector status --json``: one object per roster
    unit and applicable requirement, in roster order. ``embedded_photos``: how
    many photos in the row's mails came inside a document."""
    sql = (
        "SELECT s.campaign, s.unit, s.requirement, s.state, s.late, s.completed_at, s.messages, "
        f"{EMBEDDED_PHOTOS_SQL} FROM status s "
        "LEFT JOIN units u ON u.campaign = s.campaign AND u.name = s.unit "
        "LEFT JOIN requirements r ON r.campaign = s.campaign AND r.id = s.requirement "
        + ("WHERE s.campaign = ? " if campaign else "")
        + "ORDER BY s.campaign, u.rowid, r.rowid, s.unit, s.requirement"
    )
    return [
        {
            "campaign": campaign_id,
            "unit": unit,
            "requirement": req,
            "state": state,
            "late": bool(late),
            "completed_at": completed_at,
            "messages": json.loads(messages or "[]"),
            "embedded_photos": embedded,
        }
        for campaign_id, unit, req, state, late, completed_at, messages, embedded
        in db.execute(sql, [campaign] if campaign else []).fetchall()
    ]


def _submissions(db, campaign: Campaign, units: set[str] | None = None) -> list[tuple[str, str, str]]:
    of_units = "" if units is None else f" AND unit IN ({', '.join('?' * len(units))})"
    return db.execute(
        "SELECT message_sha256, unit, requirement FROM submissions WHERE campaign = ?" + of_units,
        [campaign.id, *sorted(units or ())],
    ).fetchall()


def _mails_for(campaign: Campaign, req: Requirement, unit: str, msgs: dict[str, _Msg], subs) -> list[_Msg]:
    """The filed mails that count for ``unit``'s ``req`` (a shared slot's units' too), oldest first."""
    slot = campaign.slot_units(req.id, unit)
    return sorted(
        {msgs[s].sha256: msgs[s] for s, u, r in subs if r == req.id and u in slot and s in msgs}.values(),
        key=lambda m: (m.received_at, m.sha256),
    )


def still_open(db, campaign: Campaign, units: list[str],
               before: dt.datetime | None = None) -> dict[tuple[str, str], set[str]]:
    """(campaign, unit) -> the requirements each of ``units`` has not completed, by the filed mails
    received before ``before`` (all of them when None: what refresh_status says)."""
    by_name = {u.name: u for u in campaign.units}
    units = [by_name[u] for u in units if u in by_name]
    partners = {p for u in units for r in campaign.requirements_for(u) for p in campaign.slot_units(r.id, u.name)}
    everyone = partners | {u.name for u in units}
    msgs, subs = _load_messages(db, campaign, everyone), _submissions(db, campaign, everyone)
    if before is not None:
        msgs = {sha: m for sha, m in msgs.items() if m.received_at < before}
    return {
        (campaign.id, u.name): {
            req.id for req in campaign.requirements_for(u)
            if not _evaluate(_mails_for(campaign, req, u.name, msgs, subs), req, campaign)[0]
        }
        for u in units
    }


class OwedWhenReceived(Mapping):
    """(campaign, unit) -> the requirements the unit had yet to complete when a mail came: by the filed
    mails received before it. What match_mail weighs as "what the unit still owes" (a bare mail goes to
    the campaign it owes; a subject of a campaign already sent yields to files of one still owed), so a
    mail is decided on the mails before it, whichever order a run files them in, and matched again
    later (rematch) the same way. Worked out for the pairs asked, once each."""

    def __init__(self, db, campaigns: list[Campaign], received_at: dt.datetime):
        self._db, self._received_at = db, received_at
        self._campaigns = {c.id: c for c in campaigns}
        self._known: dict[tuple[str, str], set[str]] = {}

    def __getitem__(self, key: tuple[str, str]) -> set[str]:
        if key not in self:
            raise KeyError(key)
        if key not in self._known:
            campaign_id, unit = key
            self._known.update(still_open(self._db, self._campaigns[campaign_id], [unit], before=self._received_at))
        return self._known[key]

    def __contains__(self, key) -> bool:
        campaign = self._campaigns.get(key[0]) if isinstance(key, tuple) and len(key) == 2 else None
        return campaign is not None and campaign.unit_by_name(key[1]) is not None

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return ((c.id, u.name) for c in self._campaigns.values() for u in c.units)

    def __len__(self) -> int:
        return sum(len(c.units) for c in self._campaigns.values())
