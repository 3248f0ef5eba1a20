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
