"""Shapes held-out mailbox 57 brought to the parse stage, on mails written here: an OA system's HTML page sent as
text/plain (read as the page, not its tags); a blank picture behind a PDF's text (named for what it is, no photo); a
locked zip opened with the words of a later mail that gives its password (`parse_message(raw, texts_apart)`)."""

from __future__ import annotations

import io
from email.message import EmailMessage

from PIL import Image, ImageDraw

from collector.parsers import parse_message
from collector.parsers.markup import an_html_page
from collector.parsers.photos import photo_info, picture_role
from test_zip_passwords import FILES, PASSWORD, assert_opened, locked_zip, mail, members_of

PAGE = ("<html><head><meta charset=\"utf-8\"><style>td{border:1px solid #999}</style></head><body>\n"
        "<p>县政府办公室：</p>\n<table>\n<tr><td>填报单位</td><td>建昌县自然资源局</td></tr>\n"
        "<tr><td>一</td><td>是否已接入县电子政务外网</td><td>是</td></tr>\n</table>\n"
        "<p>本邮件由协同办公系统自动发送，请勿回复。</p>\n</body></html>\n")


def plain_mail(text: str) -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "协同办公系统 <oa@jczrzy.cn>", "jc7710089@163.com", "调查答复"
    m.set_content(text)
    return m.as_bytes()


def test_an_html_page_sent_as_plain_text_is_read_as_the_page():
    body = parse_message(plain_mail(PAGE)).body_text
    assert "<td>" not in body and "<style>" not in body and "td{border" not in body
    assert "建昌县自然资源局" in body and "是否已接入县电子政务外网| 是" in body


def test_what_counts_as_an_html_page():
    assert an_html_page(PAGE) and an_html_page("<!DOCTYPE html>\n<html><body><p>答复</p></body></html>")
    assert not an_html_page("县政府办公室：\n系统导出的<html>页面打不开，答复如下：\n一、是")
    assert not an_html_page("<p>答复如下</p>")  # a fragment typed by hand: no page


def test_plain_text_mentioning_html_stays_plain():
    text = "县政府办公室：\n系统导出的<html>页面打不开，问卷答复如下：\n一、是\n"
    assert parse_message(plain_mail(text)).body_text.strip() == text.strip()


def role(img) -> str | None:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    return picture_role(photo_info(out.getvalue()), out.getvalue())


def test_a_blank_picture_is_no_photo():
    assert role(Image.new("RGB", (595, 842), (255, 255, 255))) == "空白图片"
    signed = Image.new("RGB", (595, 842), (255, 255, 255))
    ImageDraw.Draw(signed).line([(60, 400), (200, 380), (320, 420)], fill=(20, 20, 20), width=3)  # a signature
    assert role(signed) is None
    photo = Image.new("RGB", (800, 600), (120, 100, 80))
    ImageDraw.Draw(photo).rectangle((100, 100, 700, 500), fill=(245, 243, 236))
    assert role(photo) is None


def test_a_locked_zip_opens_with_the_words_of_a_later_mail():
    raw = mail(locked_zip(FILES), body="材料已加密压缩，解压密码另行发送。")
    assert all("文件已加密" in a.problem for a in members_of(parse_message(raw)))
    assert_opened(parse_message(raw, (f"密码\n解压密码：{PASSWORD}",)))


def test_words_apart_without_the_right_password_leave_it_locked():
    raw = mail(locked_zip(FILES), body="材料已加密压缩，解压密码另行发送。")
    parsed = parse_message(raw, ("密码\n解压密码：wrong99",))
    assert all("密码不对" in a.problem for a in members_of(parsed))
    assert "wrong99" not in repr([(a.filename, a.problem) for a in parsed.attachments])
