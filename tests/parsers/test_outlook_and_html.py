"""What Outlook and webmail wrap around a unit's files and words: the files inside winmail.dat (TNEF,
names in the sender's code page), the words of a signature made a picture (its alt text), the photos
a phone put into one PDF. The wrappers are built here byte by byte, as the clients write them."""

from __future__ import annotations

import io
import sys
from email.message import EmailMessage
from pathlib import Path

from PIL import Image

from collector.parsers import parse_message

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "mixed19"))
sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "mixed"))
sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "labelled"))
from mixed19_docs import camera_photo, winmail_dat  # noqa: E402


def _mail(body: str = "名单见附件。") -> EmailMessage:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "a@163.com", "jc7710089@163.com", "应急信息员名单"
    m.set_content(body)
    return m


def test_the_files_outlook_wrapped_in_winmail_dat_are_opened_with_their_chinese_names():
    m = _mail()
    m.add_attachment(winmail_dat("雷家店乡应急信息员名单.xlsx", b"PK\x03\x04 not a real book"),
                     maintype="application", subtype="ms-tnef", filename="winmail.dat")
    wrapper, inside = parse_message(m.as_bytes()).attachments
    assert (wrapper.filename, wrapper.kind, wrapper.problem) == ("winmail.dat", "archive", None)
    assert (inside.filename, inside.parent) == ("雷家店乡应急信息员名单.xlsx", 0)
    assert inside.data == b"PK\x03\x04 not a real book"


def test_a_damaged_winmail_dat_is_kept_and_said_so():
    m = _mail()
    m.add_attachment(winmail_dat("名单.xlsx", b"PK\x03\x04")[:30], maintype="application", subtype="ms-tnef",
                     filename="winmail.dat")
    (wrapper,) = parse_message(m.as_bytes()).attachments
    assert wrapper.kind == "archive" and "winmail.dat" in wrapper.problem and wrapper.data


def test_the_words_of_a_signature_picture_end_the_body_when_the_plain_copy_leaves_them_out():
    m = _mail("高主任：\n附件是我们的应急信息员名单，请查收。")
    m.add_alternative('<div>高主任：</div><div>附件是我们的应急信息员名单，请查收。</div>'
                      '<img src="cid:sig" alt="建昌县药王庙镇人民政府 应急管理办公室">'
                      '<img src="cid:logo" alt="image001.png">', subtype="html")
    body = parse_message(m.as_bytes()).body_text
    assert body.splitlines()[-1] == "建昌县药王庙镇人民政府 应急管理办公室"
    assert "image001" not in body


def test_a_pdf_called_photos_holds_photos_though_it_has_no_text():
    pages = [Image.open(io.BytesIO(camera_photo(seed))) for seed in (1, 2, 3)]
    pdf = io.BytesIO()
    pages[0].save(pdf, "PDF", save_all=True, append_images=pages[1:])
    for name, photos in (("县统计局活动照片.pdf", 3), ("县统计局活动总结（盖章）.pdf", 0)):
        m = _mail()
        m.add_attachment(pdf.getvalue(), maintype="application", subtype="pdf", filename=name)
        atts = parse_message(m.as_bytes()).attachments
        assert atts[0].text_status == "scanned"
        assert sum(a.kind == "photo" and a.parent == 0 for a in atts) == photos, name


def _zip(files: list[tuple[str, bytes]]) -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=(2030, 3, 16, 10, 0, 0))
            info.flag_bits |= 0x800
            z.writestr(info, data)
    return out.getvalue()


def test_split_archive_volumes_are_joined_and_opened_and_a_set_missing_one_is_said_so():
    whole = _zip([("黑山科乡隐患排查整治台账.xlsx", b"PK\x03\x04 table"), ("现场.jpg", camera_photo(3))])
    half = -(-len(whole) // 2)
    for volumes, said in (([1, 2], ""), ([1], "可能缺少分卷"), ([2], "分卷压缩包不全（缺第1卷）")):
        m = _mail("用7-Zip分成了两个分卷。")
        for n in volumes:
            m.add_attachment(whole[(n - 1) * half:n * half], maintype="application", subtype="octet-stream",
                             filename=f"黑山科乡台账及照片.zip.{n:03d}")
        atts = parse_message(m.as_bytes()).attachments
        inside = [a.filename for a in atts if a.parent == 0]
        if not said:
            assert inside == ["黑山科乡隐患排查整治台账.xlsx", "现场.jpg"] and not atts[0].problem
        else:
            assert inside == [] and said in atts[0].problem


def test_an_office_owner_file_and_a_shortcut_are_no_documents_and_say_so():
    m = _mail("我乡台账见附件。")
    m.add_attachment(b"\x0bZhang San" + bytes(150), maintype="application", subtype="octet-stream",
                     filename="~$要路沟乡隐患排查整治台账.xlsx")
    m.add_attachment(b"L\x00\x00\x00\x01\x14\x02\x00" + bytes(300), maintype="application", subtype="octet-stream",
                     filename="小德营子乡统计年报表.xlsx - 快捷方式.lnk")
    lock, shortcut = parse_message(m.as_bytes()).attachments
    assert lock.kind == "other" and "~$" in lock.problem
    assert shortcut.kind == "other" and "快捷方式" in shortcut.problem


def test_a_contact_card_reads_as_the_lines_of_a_reply_form():
    card = ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=9B=BE=E5=85=B0=E5=B9=B3\r\n"
            "ORG:建昌县住房和城乡建设局\r\nTITLE:副局长\r\nTEL;CELL:13812345678\r\nEND:VCARD\r\n").encode("utf-8")
    m = _mail("参会人员名片见附件。")
    m.add_attachment(card, maintype="text", subtype="vcard", filename="曾兰平.vcf")
    (vcf,) = parse_message(m.as_bytes()).attachments
    assert vcf.kind == "document" and vcf.text.splitlines()[:4] == [
        "姓名：曾兰平", "单位：建昌县住房和城乡建设局", "职务：副局长", "手机：13812345678"]


def test_a_bounce_a_person_forwards_is_that_persons_mail():
    bounce = EmailMessage()
    bounce["From"], bounce["To"], bounce["Subject"] = "postmaster@163.com", "a@163.com", "系统退信"
    bounce.set_content("很抱歉您的邮件没有发送成功。")
    bounce.add_attachment("Reporting-MTA: dns; 163.com\n\nFinal-Recipient: rfc822; x@163.com\nAction: failed\n",
                          subtype="delivery-status")
    raw_bounce = bounce.as_bytes()
    assert parse_message(raw_bounce).not_submission == "bounce"
    m = _mail("14号发台账时地址写错了，被退回来了，把退信转给你们，台账在里面。")
    m.replace_header("Subject", "转发：系统退信")
    m.add_attachment(raw_bounce, maintype="message", subtype="rfc822", filename="系统退信.eml")
    assert parse_message(m.as_bytes()).not_submission is None


def _blank_pdf() -> bytes:
    """A whole PDF of one blank page (a PDF cut short is damage, which holds the mail: test_mail_shapes_40)."""
    import io

    from pypdf import PdfWriter

    writer, out = PdfWriter(), io.BytesIO()
    writer.add_blank_page(width=595, height=842)
    writer.write(out)
    return out.getvalue()


def test_a_file_with_nothing_inside_does_not_hold_the_mail_but_any_other_problem_does():
    """A 0-byte upload, an owner file or a shortcut beside the real files: the mail is filed (its reason says
    what came empty); a damaged file still sends it to a person."""
    from collector.model import Match
    from collector.pipeline import hold_if_damaged
    from collector.parsers.sniff import nothing_inside

    filed = Match("c", "建昌镇", ["r"], "filed", "建昌镇：…", 1.0)
    m = _mail()
    m.add_attachment(b"", maintype="application", subtype="octet-stream", filename="台账.xlsx")
    m.add_attachment(b"L\x00\x00\x00" + bytes(80), maintype="application", subtype="octet-stream",
                     filename="报告.docx - 快捷方式.lnk")
    m.add_attachment(_blank_pdf(), maintype="application", subtype="pdf", filename="报告.pdf")
    parsed = parse_message(m.as_bytes())
    assert [bool(nothing_inside(a.filename, a.kind)) for a in parsed.attachments] == [True, True, False]
    assert hold_if_damaged(parsed, filed).state == "filed"
    parsed.attachments[2].problem = "文件无法读取"
    assert hold_if_damaged(parsed, filed).state == "needs_review"
