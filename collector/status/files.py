"""What one mail's files and words bring for each part of a requirement: photos counted once each, documents
that fit the part (by name, format, or as the form printed and scanned), a 压缩包 of evidence, fields found in the
sender's words."""

from __future__ import annotations

import re

from collector.campaign import Campaign, Part, Requirement
from collector.match import content_lines, is_photo, strip_quoted
from collector.match.page_links import a_page_printed_to_pdf
from collector.match.paper_form import takes_a_photographed_form
from collector.match.requirements import field_found
from collector.match.text import drop_pasted
from collector.match.words import subject_text
from collector.status.decks import a_deck_exported_to_pdf
from collector.parsers.maps import PLACEMARK_LABEL
from collector.parsers.sniff import file_extension
from collector.status.mails import FiledFile, FiledMail
from collector.status.scans import a_typed_copy_for_a_scan

MIN_INLINE_PHOTO_SIDE = 300  # smaller inline images are logos and signature art (parsers.photos.MIN_PHOTO_SIDE)


def photos_brought(msg: FiledMail, part: Part, campaign: Campaign) -> set[str]:
    """The photos a mail brings for a photo part, one per distinct file (the same picture under three names,
    or inside the document and beside it, is one photo). A photo part with a ``pattern`` also takes the
    sender's words it finds (a 问卷's “查看我的答卷” link typed in the body where its screenshot is asked),
    each distinct match standing for one picture."""
    brought = {a.sha256 or f"{msg.sha256}/{i}" for i, a in enumerate(msg.attachments) if _counts_as_photo(a, part)}
    if part.pattern:
        brought |= {f"text:{m.group(0)}" for m in re.finditer(part.pattern, texts_of(msg, campaign))}
    return brought


def _counts_as_photo(a: FiledFile, part: Part) -> bool:
    if a.in_document:  # the parse stage already told photos from logos and seals
        return a.kind == "photo" and part.embedded_photos_count
    if a_page_printed_to_pdf(a.filename, part):
        return True
    if a.kind == "link" or not is_photo(a):
        return False
    if a.inline and a.width and a.height and max(a.width, a.height) < MIN_INLINE_PHOTO_SIDE:
        return False
    return True


def _extension(a: FiledFile) -> str:
    return file_extension(a.filename, a.content_type)


def _document_fits(a: FiledFile, part: Part, msg: FiledMail, req: Requirement, campaign: Campaign) -> bool:
    if a.kind != "document":
        return (_a_picture_of_the_form(a, part, msg, req) or _a_picture_in_a_format_asked(a, part)
                or _a_recording_in_a_format_asked(a, part))
    head = a.head
    if a_typed_copy_for_a_scan(a, part):
        return False  # 年度报告.pdf saved from Word is not the 盖章扫描件
    if _an_outline_alone(a):
        return False  # 老大杖子乡人民政府行政区域: the unit's outline, none of the places the map is asked for
    if not part.takes_format(_extension(a)):
        # the stamped PDF is not the Word copy, the 统计表 not the report
        return (_the_table_in_another_format(a, head, part, req)
                or a_deck_exported_to_pdf(a.filename, _extension(a), part, req, campaign.notice_text))
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


def _an_outline_alone(a: FiledFile) -> bool:
    """A map (KML / KMZ) whose every place is an administrative outline (行政区域, 界线)."""
    marks = [line for line in (a.text or "").splitlines() if line.startswith(PLACEMARK_LABEL)]
    return bool(marks) and all(OUTLINE.search(line) for line in marks)


def _the_table_in_another_format(a: FiledFile, head: str, part: Part, req: Requirement) -> bool:
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


def _a_form_asked_in_word_scanned(a: FiledFile, ext: str, asked: set[str], head: str, part: Part) -> bool:
    """推荐表（Word，一人一表）, printed, filled in by hand, signed, stamped and scanned: a PDF (or OFD) named by a word of
    the part that is a form (…表), where the part asks Word only, is that form, as a table asked in Excel and scanned
    is that table. A 事迹材料 or 报告 asked in Word is no form: its PDF is not it."""
    return (ext in ("pdf", "ofd") and bool(asked) and asked <= WORD_FORMATS
            and any(w.endswith("表") and w in head for w in part.words))


def _tab_separated(text: str) -> bool:
    """A sheet Excel or WPS saved as 文本文件（制表符分隔） or “Unicode 文本”: rows of cells parted by tabs."""
    return sum(line.count("\t") >= 2 for line in text.splitlines()) >= 3


def _a_picture_of_the_form(a: FiledFile, part: Part, msg: FiledMail, req: Requirement) -> bool:
    """回执填好拍照发过去: photos alone, for a requirement that asks no photos and a document part
    of any format, are that document (a filled paper form, photographed)."""
    return (not part.formats and not any(p.kind == "photo" for p in req.parts) and _counts_as_photo(a, part)
            and all(b.kind != "document" for b in msg.attachments if not b.in_document))


def _a_picture_in_a_format_asked(a: FiledFile, part: Part) -> bool:
    """意见反馈表 scanned or photographed, where the part lists picture formats (pdf, jpg, tif): a
    .jpg or a copier's .tif of it is that document. Not a picture out of a document, nor a logo."""
    return not a.in_document and _counts_as_photo(a, part) and bool(part.formats) and part.takes_format(_extension(a))


def _a_recording_in_a_format_asked(a: FiledFile, part: Part) -> bool:
    """短视频（MP4或MOV格式）: a video or a sound recording, known as one by its bytes, in a format the
    part lists. The parse stage keeps such files as kind "other": only a part asking that format takes one."""
    return (a.kind == "other" and a.content_type.startswith(("video/", "audio/"))
            and bool(part.formats) and part.takes_format(_extension(a)))


ARCHIVE_FORMATS = {"zip", "rar", "7z", "tar", "gz", "tgz"}


def _evidence_bundle(msg: FiledMail, part: Part, req: Requirement, campaign: Campaign) -> int:
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


def texts_of(msg: FiledMail, campaign: Campaign) -> str:
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



def parts_in_files(msg: FiledMail, req: Requirement, campaign: Campaign) -> dict[str, int]:
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
            text = text if text is not None else texts_of(msg, campaign)
            found = field_found(part, text, req) or _the_paper_form_photographed(msg, part, req, campaign, text)
            have[part.id] = 1 if found else 0
    return have


def _the_paper_form_photographed(msg: FiledMail, part: Part, req: Requirement, campaign: Campaign, words: str) -> bool:
    """可打印问卷手工填写后拍照发送: photos alone, for a requirement of fields only whose notice lets the filled paper form
    come as a photo, or whose sender's ``words`` say the photos are the form filled in (回执已填好，拍照发来), are the
    answer (match/paper_form.py); no words of them can be read."""
    files = [a for a in msg.attachments if not a.in_document and a.kind != "link"]
    return (takes_a_photographed_form(campaign, req, words) and bool(files)
            and all(b.kind != "document" for b in files) and any(_counts_as_photo(a, part) for a in files))
