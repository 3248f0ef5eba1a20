"""Photos pasted into the report are seen (issue 15, point 3).

Offices insert the activity photos (or the screenshots a rectification asks for)
into the Word summary: "照片已插入文档". Those pictures become files of their
own under the document; photos and screenshots count for the photo part (unless
the campaign says they do not), logos and seals do not; the 报送情况 says which
photos came inside a document.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import shutil
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from collector import pipeline
from collector.campaign import CampaignError, campaign_path, load_campaigns
from collector.dashboard.auth import add_user
from collector.model import RawMail
from collector.parsers import embedded, parse_message
from collector.parsers.photos import MIN_PHOTO_SIDE
from collector.serve import build_datasette
from collector.status import MIN_INLINE_PHOTO_SIDE, refresh_status, status_rows

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "labelled"))
import forms  # noqa: E402

SH = ZoneInfo("Asia/Shanghai")
needs_soffice = pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed")
PHOTO = forms.photo_jpeg(3)
SCREENSHOT = forms.screenshot_png()
LOGO = forms.logo_png()
SEAL = forms.seal_png()
PICTURES = [PHOTO, SCREENSHOT, LOGO, SEAL]
# what each inserted picture becomes: (name, kind)
EXPECTED = [("活动总结_图1.jpg", "photo"), ("活动总结_图2.png", "photo"),
            ("活动总结_图3（图标或标志）.png", "other"), ("活动总结_图4（印章）.png", "other")]


@pytest.fixture(scope="module")
def reports():
    docx = forms.docx_with_pictures(forms.SUMMARY_LINES, PICTURES, header_logo=forms.logo_png((600, 200)))
    out = {"docx": docx}
    if shutil.which("soffice"):
        out["wps"] = forms.converted(docx, "doc:MS Word 97")
        out["pdf"] = forms.converted(forms.docx_with_pictures(forms.SUMMARY_LINES, PICTURES), "pdf:writer_pdf_Export")
    return out


def mail_with(filename: str, data: bytes, ctype: str = "application/octet-stream", subject: str = "建昌镇活动总结") -> bytes:
    headers = {"From": "jczzf2023@163.com", "To": "jc7710089@163.com", "Subject": subject,
               "Date": "Fri, 19 May 2023 09:00:00 +0800", "Message-ID": f"<{filename}.{len(data)}@163.com>"}
    return forms.mail_with_parts(headers, "建昌镇活动总结，照片已插入文档。", [forms.file_part(filename, ctype, data, "b")], "b")


def files(mail) -> list[tuple[str, str, int | None]]:
    return [(a.filename, a.kind, a.parent) for a in mail.attachments]


def test_the_inline_image_rule_is_the_one_the_status_applies():
    assert MIN_PHOTO_SIDE == MIN_INLINE_PHOTO_SIDE


def test_photos_and_screenshots_inside_a_docx_become_files_of_their_own(reports):
    mail = parse_message(mail_with("活动总结.docx", reports["docx"]))
    assert files(mail) == [("活动总结.docx", "document", None)] + [(n, k, 0) for n, k in EXPECTED]
    document, photo, screenshot, logo, seal = mail.attachments
    assert "照片已插入文档" in document.text  # the text is read as before
    assert [photo.data, screenshot.data, logo.data, seal.data] == PICTURES  # as the office inserted them
    assert (photo.photo.width, photo.photo.height) == (800, 600) and photo.photo.thumbnail.startswith(b"\xff\xd8")
    assert (screenshot.photo.width, screenshot.photo.height) == (720, 1280) and screenshot.photo.phash
    assert logo.photo.thumbnail and seal.photo.width == 420  # shown, but not photos
    assert not mail.problems and not document.problem


@needs_soffice
@pytest.mark.parametrize("ext", ["wps", "doc"])
def test_photos_and_screenshots_inside_a_wps_or_doc_report(reports, ext):
    mail = parse_message(mail_with(f"活动总结.{ext}", reports["wps"]))
    assert files(mail) == [(f"活动总结.{ext}", "document", None)] + [(n, k, 0) for n, k in EXPECTED]
    assert "照片已插入文档" in mail.attachments[0].text
    assert mail.attachments[1].photo.width == 800 and mail.attachments[2].photo.height == 1280


@needs_soffice
def test_photos_and_screenshots_inside_a_pdf_report(reports):
    mail = parse_message(mail_with("活动总结.pdf", reports["pdf"], "application/pdf"))
    document, *pictures = mail.attachments
    assert document.text_status == "typed" and all(p.parent == 0 for p in pictures)  # LibreOffice saved it
    kinds = sorted((p.photo.width, p.photo.height, p.kind) for p in pictures)
    assert kinds == [(240, 96, "other"), (420, 420, "other"), (720, 1280, "photo"), (800, 600, "photo")]
    assert next(p for p in pictures if p.photo.width == 800).data in reports["pdf"]  # JPEGs taken as stored
    assert any(p.filename.endswith("（印章）.png") for p in pictures)


@needs_soffice
def test_letterhead_art_on_every_page_of_a_pdf_is_not_a_photo():
    lines = forms.SUMMARY_LINES + ["（续）"] * 3
    docx = forms.docx_with_pictures(lines, [PHOTO, forms.photo_jpeg(4)], header_logo=forms.photo_jpeg(5, (900, 400)))
    mail = parse_message(mail_with("活动总结.pdf", forms.converted(docx, "pdf:writer_pdf_Export"), "application/pdf"))
    photos = [a for a in mail.attachments if a.kind == "photo"]
    assert len(photos) == 2 and {(p.photo.width, p.photo.height) for p in photos} == {(800, 600)}


def test_a_scanned_pdf_is_pages_not_photos():
    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (620, 877), 245).save(out, "PDF", resolution=72.0)
    mail = parse_message(mail_with("扫描件.pdf", out.getvalue(), "application/pdf"))
    assert files(mail) == [("扫描件.pdf", "document", None)] and mail.attachments[0].text_status == "scanned"


def test_a_report_with_only_a_logo_and_a_seal_brings_no_photo():
    docx = forms.docx_with_pictures(forms.SUMMARY_LINES, [LOGO, SEAL])
    mail = parse_message(mail_with("活动总结.docx", docx))
    assert [a.kind for a in mail.attachments] == ["document", "other", "other"]


def test_pictures_inside_documents_keep_to_the_limits(monkeypatch):
    docx = forms.docx_with_pictures(forms.SUMMARY_LINES, [forms.photo_jpeg(n, (400, 300)) for n in range(5)])
    monkeypatch.setattr(embedded, "MAX_PICTURES", 3)
    assert [a.kind for a in parse_message(mail_with("a.docx", docx)).attachments] == ["document"] + ["photo"] * 3
    monkeypatch.setattr(embedded, "MAX_PICTURES", 100)
    monkeypatch.setattr(embedded, "MAX_PICTURE_BYTES", 1000)  # every picture is bigger
    assert [a.kind for a in parse_message(mail_with("a.docx", docx)).attachments] == ["document"]


def test_a_docx_whose_pictures_would_unpack_to_a_bomb_is_refused():
    import zipfile

    source = io.BytesIO(forms.docx_with_pictures(forms.SUMMARY_LINES, [PHOTO]))
    bomb = io.BytesIO()
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename.startswith("word/media/"):
                data = b"\xff\xd8\xff\xe0" + bytes(20 * 1024 * 1024)  # 20 MB of zeros: 1000:1
            new.writestr(info.filename, data)
    mail = parse_message(mail_with("活动总结.docx", bomb.getvalue()))
    assert [a.kind for a in mail.attachments] == ["document"]
    assert "压缩比异常" in mail.attachments[0].problem and "照片已插入文档" in mail.attachments[0].text


def test_without_libreoffice_a_wps_keeps_its_text_status_and_loses_nothing(monkeypatch, reports):
    if "wps" not in reports:
        pytest.skip("LibreOffice not installed")
    monkeypatch.setenv("COLLECTOR_NO_OFFICE", "1")
    mail = parse_message(mail_with("活动总结.wps", reports["wps"]))
    assert files(mail) == [("活动总结.wps", "document", None)]


# --- the 报送情况 -------------------------------------------------------------------


def _campaign_file(tmp_path, count: bool) -> str:
    data = yaml.safe_load(campaign_path(None).read_text(encoding="utf-8"))
    for requirement in data["requirements"]:
        for part in requirement.get("parts") or []:
            if part["kind"] == "photo":
                part["embedded_photos_count"] = count
    path = tmp_path / "campaign.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    notice = campaign_path(None).parent / data.get("notice_file", "")
    if data.get("notice_file"):
        shutil.copy(notice, tmp_path / data["notice_file"])
    return str(path)


def _summary_row(tmp_path, campaign_spec, raw: bytes):
    ctx = pipeline.open_context(tmp_path, campaign_spec)
    outcome = pipeline.ingest(ctx, RawMail(raw, dt.datetime(2023, 5, 19, 9, 1, tzinfo=SH), "import", origin="t.eml"))
    assert (outcome.state, outcome.unit) == ("filed", "建昌镇")
    refresh_status(ctx.db, ctx.campaigns, dt.datetime(2023, 5, 20, tzinfo=SH))
    row = next(r for r in status_rows(ctx.db) if r["unit"] == "建昌镇" and r["requirement"] == "summary")
    missing = ctx.db.execute("SELECT missing_parts FROM status WHERE unit = '建昌镇' AND requirement = 'summary'"
                             ).fetchone()[0]
    return ctx, row, missing


def test_photos_inside_the_summary_complete_the_unit(tmp_path, reports):
    ctx, row, missing = _summary_row(tmp_path, None, mail_with("活动总结.docx", reports["docx"]))
    assert row["state"] == "complete" and row["embedded_photos"] == 2 and missing == ""
    stored = ctx.db.execute("SELECT filename, kind, parent_idx, thumbnail IS NOT NULL FROM attachments ORDER BY idx"
                            ).fetchall()
    assert stored[1:] == [(n, k, 0, 1) for n, k in EXPECTED]


def test_a_campaign_can_say_photos_inside_documents_do_not_count(tmp_path, reports):
    spec = _campaign_file(tmp_path, count=False)
    _ctx, row, missing = _summary_row(tmp_path / "data", spec, mail_with("活动总结.docx", reports["docx"]))
    assert row["state"] == "partial" and row["embedded_photos"] == 2 and missing == "缺活动照片"


def test_a_logo_and_a_seal_in_the_summary_leave_the_photos_missing(tmp_path):
    raw = mail_with("活动总结.docx", forms.docx_with_pictures(forms.SUMMARY_LINES, [LOGO, SEAL]))
    _ctx, row, missing = _summary_row(tmp_path, None, raw)
    assert row["state"] == "partial" and row["embedded_photos"] == 0 and missing == "缺活动照片"


def test_the_campaign_option_must_be_true_or_false(tmp_path):
    spec = _campaign_file(tmp_path, count=True)
    text = Path(spec).read_text(encoding="utf-8").replace("embedded_photos_count: true", "embedded_photos_count: 'no'")
    Path(spec).write_text(text, encoding="utf-8")
    with pytest.raises(CampaignError, match="embedded_photos_count must be true or false"):
        load_campaigns(spec)


def test_the_dashboard_shows_the_pictures_under_their_document_and_marks_the_status(tmp_path, reports):
    ctx, _row, _missing = _summary_row(tmp_path / "data", None, mail_with("活动总结.docx", reports["docx"]))
    sha = ctx.db.execute("SELECT sha256 FROM messages").fetchone()[0]
    ids = [r[0] for r in ctx.db.execute("SELECT id FROM attachments ORDER BY idx")]
    add_user("clerk", "office", "clerk-pass-1", users_file=tmp_path / "users.json")
    ds = build_datasette(tmp_path / "data", users_file=tmp_path / "users.json", secret="test-secret")
    cookies = {"ds_actor": ds.sign({"a": {"id": "clerk", "role": "office"}}, "actor")}
    mail_html = asyncio.run(ds.client.get(f"/mail/{sha}", cookies=cookies)).text
    rows = mail_html.split("<tr>")[2:]  # after the header row: the document, then its pictures
    assert "活动总结.docx" in rows[0] and "文档内图片" not in rows[0]
    for row, picture_id in zip(rows[1:5], ids[1:5]):
        assert "└" in row and "（文档内图片）" in row and f'src="/thumb/{picture_id}"' in row
    thumb = asyncio.run(ds.client.get(f"/thumb/{ids[1]}", cookies=cookies))
    assert thumb.status_code == 200 and thumb.content.startswith(b"\xff\xd8")
    status_html = asyncio.run(ds.client.get("/?requirement=summary", cookies=cookies)).text
    town_row = next(r for r in status_html.split("<tr") if "建昌镇</a>" in r)
    assert "含文档内照片 2 张" in town_row


@needs_soffice
def test_a_pdf_decodes_only_so_many_pixels_of_pictures_that_are_not_jpegs(monkeypatch, reports):
    monkeypatch.setattr(embedded, "MAX_DECODED_PIXELS", 720 * 1280)  # the screenshot, not the logo after it
    mail = parse_message(mail_with("活动总结.pdf", reports["pdf"], "application/pdf"))
    assert [(a.photo.width, a.photo.height) for a in mail.attachments[1:]] == [(800, 600), (720, 1280)]
