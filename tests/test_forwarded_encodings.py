"""A mail forwarded "as attachment" is opened whatever its transfer encoding.

Issue 15, point 2: 163 web mail sent a unit's mail as a base64-encoded
message/rfc822 part; it was kept as one opaque .eml and the unit's summary with
its four photos showed partial. Each form real clients write (forms.FORWARD_FORMS),
nested ones, the depth limit, and the whole path to the 报送情况.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from mixed_suite import built

from collector import pipeline
from collector.model import RawMail
from collector.parsers import parse_message
from collector.status import refresh_status, status_rows

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "labelled"))
import forms  # noqa: E402

SH = ZoneInfo("Asia/Shanghai")
PHOTOS = [forms.photo_jpeg(n, (640, 480)) for n in range(4)]


def unit_mail(photos=PHOTOS, charset_8bit: bool = False) -> bytes:
    """The unit's own mail: a summary and four photos, from 牤牛营子乡."""
    import docx

    document = docx.Document()
    document.add_paragraph("牤牛营子乡关于开展第十七届“5·15政务公开日”活动的总结")
    document.add_paragraph("现将活动开展情况总结如下：在乡政府门前开展集中宣传。")
    import io

    out = io.BytesIO()
    document.save(out)
    parts = [forms.file_part("活动总结.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                             out.getvalue(), "inner")]
    parts += [forms.file_part(f"IMG_{2300 + n}.jpg", "image/jpeg", p, "inner") for n, p in enumerate(photos)]
    subject = "牤牛营子乡活动总结及照片" if charset_8bit else "=?UTF-8?B?54mk54mb6JCl5a2Q5Lmh5rS75Yqo5oC757uT5Y+K54Wn54mH?="
    headers = {"From": "=?UTF-8?B?54mk54mb6JCl5a2Q5Lmh5Lq65rCR5pS/5bqc?= <mnyzx2023@163.com>",
               "To": "liwei_jc@163.com", "Subject": subject, "Date": "Thu, 18 May 2023 09:12:00 +0800",
               "Message-ID": "<inner.0001@163.com>"}
    return forms.mail_with_parts(headers, "材料见附件，请转报县政府办。", parts, "inner")


def forwarding(inner: bytes, form: str, name: str = "牤牛营子乡活动总结及照片.eml", boundary: str = "outer") -> bytes:
    headers = {"From": "=?UTF-8?B?5p2O5Lyf?= <liwei_jc@163.com>", "To": "jc7710089@163.com",
               "Subject": "=?UTF-8?B?6L2s5Y+R77ya54mk54mb6JCl5a2Q5Lmh5rS75Yqo5oC757uT?=",
               "Date": "Thu, 18 May 2023 10:00:00 +0800", "Message-ID": f"<fwd.{form}.{boundary}@163.com>"}
    return forms.mail_with_parts(headers, "转发牤牛营子乡的材料，请查收。", [forms.forwarded_part(inner, form, name, boundary)],
                                 boundary)


def opened(mail) -> list[tuple[str, str, int | None]]:
    return [(a.filename, a.kind, a.parent) for a in mail.attachments]


@pytest.mark.parametrize("form", sorted(forms.FORWARD_FORMS))
def test_every_transfer_encoding_of_a_forwarded_mail_is_opened(form):
    inner = unit_mail(charset_8bit=(form == "thunderbird-8bit"))
    mail = parse_message(forwarding(inner, form))
    assert opened(mail) == [("牤牛营子乡活动总结及照片.eml", "other", None), ("活动总结.docx", "document", 0)] + [
        (f"IMG_{2300 + n}.jpg", "photo", 0) for n in range(4)]
    eml, summary, *photos = mail.attachments
    assert eml.content_type == "message/rfc822"
    assert parse_message(eml.data).message_id == "<inner.0001@163.com>"
    assert "牤牛营子乡关于开展" in summary.text
    assert [p.data for p in photos] == PHOTOS and all(p.photo.width == 640 for p in photos)
    [forwarded] = mail.forwarded
    assert (forwarded.from_name, forwarded.from_addr) == ("牤牛营子乡人民政府", "mnyzx2023@163.com")
    assert forwarded.subject == "牤牛营子乡活动总结及照片"
    assert "材料见附件，请转报县政府办" in mail.body_text
    assert not mail.problems


@pytest.mark.parametrize("form", sorted(forms.FORWARD_FORMS))
def test_the_forwarded_mail_is_stored_byte_for_byte_as_the_sender_attached_it(form):
    """Not re-serialised by the parser (headers refolded, line ends changed), so
    the .eml in the archive is the mail that was forwarded (its DKIM signature too)."""
    inner = unit_mail(charset_8bit=(form == "thunderbird-8bit"))
    assert parse_message(forwarding(inner, form)).attachments[0].data == inner


@pytest.mark.parametrize("outer_form,inner_form", [
    ("163-base64", "163-base64"), ("qq-octet-stream", "gateway-quoted-printable"),
    ("outlook-7bit", "163-base64"), ("163-base64", "qq-octet-stream"),
])
def test_nested_forwarded_mails_keep_the_inner_mail_as_parent(outer_form, inner_form):
    once = forwarding(unit_mail(), inner_form, "第一次转发.eml", boundary="first")
    mail = parse_message(forwarding(once, outer_form, "第二次转发.eml", boundary="second"))
    assert opened(mail) == [("第二次转发.eml", "other", None), ("第一次转发.eml", "other", 0),
                            ("活动总结.docx", "document", 1)] + [(f"IMG_{2300 + n}.jpg", "photo", 1) for n in range(4)]
    assert [f.from_addr for f in mail.forwarded] == ["liwei_jc@163.com", "mnyzx2023@163.com"]


def test_forwarded_mails_are_opened_three_levels_deep_and_no_deeper():
    mail = unit_mail()
    for level in range(4):
        mail = forwarding(mail, "163-base64", f"第{level + 1}层.eml", boundary=f"b{level}")
    parsed = parse_message(mail)
    assert [(a.filename, a.parent) for a in parsed.attachments] == [
        ("第4层.eml", None), ("第3层.eml", 0), ("第2层.eml", 1), ("第1层.eml", 2)]
    assert parsed.attachments[3].problem == "转发邮件嵌套过深，未打开"


@pytest.mark.parametrize("form", ["163-base64", "outlook-7bit"])
def test_a_big_forwarded_mail_goes_through_the_blob_shortcut(form):
    big = [forms.photo_jpeg(9, (640, 480)) + bytes(range(256)) * 4096]  # a JPEG with 1 MB of trailing data
    inner = unit_mail(photos=big)
    mail = parse_message(forwarding(inner, form))
    assert mail.attachments[2].data == big[0] and mail.attachments[2].parent == 0
    assert mail.attachments[0].data == inner  # markers expanded, nothing else changed


def test_a_base64_part_labelled_message_rfc822_that_is_no_mail_stays_a_file():
    raw = forms.mail_with_parts({"From": "a@b.cn", "Subject": "x"}, "见附件",
                                [forms.file_part("x.eml", "message/rfc822", b"\x00\x01not a mail", "o")], "o")
    mail = parse_message(raw)
    assert [(a.filename, a.data) for a in mail.attachments] == [("x.eml", b"\x00\x01not a mail")]


def test_the_forwarded_units_summary_is_complete_in_the_status(tmp_path):
    """The case of the issue: 163 web mail, base64, four photos -> complete, not partial."""
    ctx = pipeline.open_context(tmp_path, None)
    received = dt.datetime(2023, 5, 18, 10, 1, tzinfo=SH)
    outcome = pipeline.ingest(ctx, RawMail(forwarding(unit_mail(), "163-base64"), received, "import",
                                           origin="test.eml"))
    assert (outcome.state, outcome.unit) == ("filed", "牤牛营子乡")
    refresh_status(ctx.db, ctx.campaigns, dt.datetime(2023, 5, 20, tzinfo=SH))
    row = next(r for r in status_rows(ctx.db) if r["unit"] == "牤牛营子乡" and r["requirement"] == "summary")
    assert row["state"] == "complete"
    files = ctx.db.execute("SELECT filename, kind, parent_idx FROM attachments ORDER BY idx").fetchall()
    assert files[0] == ("牤牛营子乡活动总结及照片.eml", "other", None)
    assert sum(1 for f in files if f[1] == "photo" and f[2] == 0) == 4


def test_the_labelled_set_holds_every_form_and_each_opens():
    import make_labelled

    cases = {lab.case: lab for lab in built(make_labelled) if lab.case.startswith(("forwarded-", "photos-in"))}
    assert set(cases) == {f"forwarded-{form}" for form in forms.FORWARD_FORMS} | {
        "forwarded-nested", "photos-in-document"}
    for case, lab in cases.items():
        mail = parse_message(lab.raw)
        photos = [a for a in mail.attachments if a.kind == "photo"]
        parents = {mail.attachments[p.parent].content_type for p in photos}
        assert len(photos) == 2 and not mail.problems, case
        if case == "photos-in-document":
            assert parents == {"application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
        else:
            assert parents == {"message/rfc822"} and mail.forwarded[-1].from_name == lab.unit + "人民政府", case
