"""Routing on a forty-fifth, held-out mixed mailbox (tests/fixtures/mixed45).

Two 2055 campaigns drafted by `collector campaign init --from-notice`, their windows overlapping from 05-17 to 05-24 —
the 2055年度农村集体“三资”管理规范化承诺 of the 21 乡 only (the 承诺书 signed and stamped, scanned or photographed, and
the Excel 统计表, by 05-28 17:00) and the one-week 政务移动应用和工作群使用情况问卷调查 of the 28 towns and the 32
departments (the online form's “提交成功” screenshot, or the “查看我的答卷” link in the mail, by 05-24 17:00) — beside
the built-in 5·15 (2023) one; 48 mails labelled by hand, written apart from the routing code. The bar of
tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from html import unescape
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, message
from test_match_mixed32 import opens_as_image, plain
from test_match_mixed36 import one, sender
from test_match_mixed40 import attachments, cells

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed45"))
import make_mixed45  # noqa: E402
import mixed45_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"cn": dt.datetime(2055, 5, 28, 17, 0, tzinfo=SH), "wj": dt.datetime(2055, 5, 24, 17, 0, tzinfo=SH)}
NOTICE_DAYS = {make_mixed45.CN: dt.datetime(2055, 5, 10, tzinfo=SH), make_mixed45.WJ: dt.datetime(2055, 5, 17, tzinfo=SH)}
official, short = mixed45_docs.official, mixed45_docs.short
PICTURES = (".jpg", ".jpeg", ".png", ".bmp")


def body_text(mail) -> str:
    """The plain body, its lines ended by \n."""
    return plain(mail).replace("\r\n", "\n")


def pictures(mail) -> list[tuple[str, bytes]]:
    return [(n, d) for n, d in attachments(mail) if n.lower().endswith(PICTURES)]


def tables(mail) -> list[bytes]:
    return [d for n, d in attachments(mail) if n.endswith(".xlsx")]


def inline_images(mail) -> list:
    """The parts an HTML body shows by cid and that carry no file name (a signature pasted as a picture)."""
    return [p for p in message(mail).walk() if p.get_content_maintype() == "image" and p["Content-ID"]
            and not p.get_filename()]


def html(mail) -> str:
    part = message(mail).get_body(("html",))
    return part.get_content() if part is not None else ""


def image(data: bytes):
    from PIL import Image

    img = Image.open(io.BytesIO(data))
    img.load()
    return img


def colour_share(img, test) -> float:
    """The share of the picture's pixels (R, G, B arrays) for which ``test`` holds."""
    import numpy as np

    px = np.asarray(img.convert("RGB"), dtype=np.int16)
    return float(test(px[..., 0], px[..., 1], px[..., 2]).mean())


def screen(data: bytes) -> str:
    """What a 腾讯问卷 screenshot shows: “done” (the green tick of 提交成功) or “failed” (the red cross of 提交失败)."""
    img = image(data)
    green = colour_share(img, lambda r, g, b: (g > 140) & (r < 70) & (b < 150))
    red = colour_share(img, lambda r, g, b: (r > 200) & (g < 100) & (b < 100))
    assert (green > 0.001) != (red > 0.001), (green, red)
    return "done" if green > red else "failed"


def pledge_picture(name: str, data: bytes):
    """The 承诺书's page as a picture: a scan's PDF page, a phone's photo, the scanner program's BMP."""
    if name.endswith(".pdf"):
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        (page,) = reader.pages
        assert not page.extract_text().strip()  # a scan: no text layer
        (picture,) = page.images
        return image(picture.data)
    return image(data)


def signed_and_stamped(img) -> bool:
    """The red seal and the dark-blue ink of the two signatures are on the page (a grey BMP: the seal's grey ring and
    enough dark strokes)."""
    if img.mode in ("L", "P"):
        return colour_share(img, lambda r, g, b: r < 90) > 0.01
    seal = colour_share(img, lambda r, g, b: (r > 170) & (g < 110) & (b < 110))
    ink = colour_share(img, lambda r, g, b: (b > r + 40) & (b > g + 30))
    return seal > 0.003 and ink > 0.001


def villages_of(data: bytes) -> list[str]:
    import openpyxl

    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    return [row[1] for row in ws.iter_rows(min_row=4, values_only=True) if isinstance(row[0], int)]


def filled_by(data: bytes) -> str:
    import openpyxl

    return openpyxl.load_workbook(io.BytesIO(data)).active["B2"].value or ""


def iwa_strings(data: bytes) -> str:
    """The UTF-8 runs of a Numbers package's `.iwa` chunks, read by their own framing: a 0x00 byte, a 3-byte length, a
    Snappy block of literals (a varint length first)."""
    out = []
    z = zipfile.ZipFile(io.BytesIO(data))
    for name in z.namelist():
        if not name.endswith(".iwa"):
            continue
        raw = z.read(name)
        assert raw[0] == 0 and int.from_bytes(raw[1:4], "little") == len(raw) - 4
        block, k, total, shift = raw[4:], 0, 0, 0
        while True:
            b = block[k]
            total |= (b & 0x7F) << shift
            k, shift = k + 1, shift + 7
            if not b & 0x80:
                break
        data_out = b""
        while k < len(block):
            tag = block[k]
            assert tag & 3 == 0  # a literal
            n = (tag >> 2) + 1
            data_out, k = data_out + block[k + 1:k + 1 + n], k + 1 + n
        assert len(data_out) == total
        out.append(data_out.decode("utf-8", "ignore"))
    return "\n".join(out)


def every_text(mail) -> str:
    """What a person or a program reads as text in the mail: the subject, the sender, the file names, every text part."""
    msg = message(mail)
    texts = [str(msg["Subject"]), str(msg["From"])] + [n for n, _ in attachments(mail)]
    texts += [p.get_content() for p in msg.walk() if p.get_content_maintype() == "text" and not p.get_filename()]
    return "\n".join(texts)


def names_of_units() -> list[str]:
    """Every name the roster gives a unit, and the short and official forms the fixtures write."""
    import yaml

    roster = yaml.safe_load((Path(__file__).parents[1] / "collector" / "rosters" / "jianchang.yaml").read_text(encoding="utf-8"))
    names = set()
    for u in roster["units"]:
        names |= {u["name"], official(u["name"]), short(u["name"]), *u.get("aliases", [])}
        if u["kind"] in ("town", "township"):
            names.add(u["name"].removesuffix("蒙古族乡").removesuffix("镇").removesuffix("乡"))
    return sorted(names)


def card_head(unit: str):
    """The top line of a signature card (the unit's full name): what every card of the unit shows the same."""
    return image(mixed45_docs.signature_card(unit, "", "", "", "")).crop((0, 0, 460, 50))


class TestMixed45Routing(RoutingTests):
    gen = make_mixed45
    cases = ["cn-clean", "wj-clean", "cn-late", "wj-late", "correction", "pledge-scanned-as-bmp",
             "outlook-english-reply-to-notice", "ipad-numbers-table", "numbers-resent-as-xlsx",
             "unit-only-in-signature-picture", "gmail-english-forward", "reply-to-office-reminder",
             "town-asks-if-reminder-applies", "iphone-english-reply-to-reminder", "one-mail-both-campaigns",
             "macos-english-screenshot-name", "questionnaire-link-not-answer-link", "merged-bureaus-one-answer",
             "failed-submission-screenshot", "resubmitted-after-failure", "survey-proof-in-other-notices-thread",
             "outlook-android-english", "answer-link-typed-in-body", "owa-us-ascii-body",
             "thunderbird-english-reply-to-reminder", "answers-typed-instead-of-online", "exchange-ndr-english"]
    size = (40, 50)
    has_corrections = True  # 石佛乡's 统计表 (更正, 以此为准) and 县发改局's re-filled 问卷 (以此为准)

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        from collector.campaign import load_campaigns

        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed45.ALL)
        cn, wj = cs[make_mixed45.CN], cs[make_mixed45.WJ]
        assert len(cn.units) == 21 and {u.kind for u in cn.units} == {"township"}
        assert "二道湾子蒙古族乡" in {u.name for u in cn.units} and "大屯镇" not in {u.name for u in cn.units}
        assert len(wj.units) == 60 and {u.kind for u in wj.units} == {"town", "township", "department"}
        assert not {"八家子经济开发区", "县政务服务中心"} & {u.name for u in wj.units}
        (pledge,) = cn.requirements
        (survey,) = wj.requirements
        assert [pledge.id, survey.id] == make_mixed45.CNR + make_mixed45.WJR
        assert [(p.id, p.kind) for p in pledge.parts] == [("pledge", "document"), ("table", "document")]
        assert {"pdf", "jpg"} <= set(pledge.parts[0].formats) and "xlsx" not in pledge.parts[0].formats
        assert "xlsx" in pledge.parts[1].formats
        assert [(p.id, p.kind, p.min_count) for p in survey.parts] == [("proof", "photo", 1)]
        assert (pledge.due, survey.due) == (DUES["cn"], DUES["wj"])
        drafted = {c.id: c for c in load_campaigns([str(p) for p in sorted((make_mixed45.CAMPAIGNS_DIR / "drafts").glob("*.yaml"))])}
        assert set(drafted) == {make_mixed45.CN, make_mixed45.WJ}

    def test_every_picture_opens(self, mailbox):
        """Every picture attached or shown inline (the 5·15 photos, the 承诺书 photos and BMP, the screenshots, the
        signature cards) opens with PIL."""
        pics = [d for m in mailbox for n, d in pictures(m)]
        pics += [p.get_content() for m in mailbox for p in inline_images(m)]
        assert len(pics) >= 30 and all(opens_as_image(d) for d in pics)
        kinds = {image(d).format for d in pics}
        assert {"JPEG", "PNG", "BMP"} <= kinds

    def test_every_document_opens(self, mailbox):
        """Every Excel file opens (openpyxl), every PDF is one scanned page without text, every 承诺书 picture is signed
        and stamped, the Numbers package's chunks read by their own framing."""
        import openpyxl

        kinds = {"xlsx": 0, "pdf": 0, "numbers": 0}
        for m in mailbox:
            if m.received_at.year != 2055:
                continue
            for name, data in attachments(m):
                ext = name.rsplit(".", 1)[-1].lower()
                if ext == "xlsx":
                    openpyxl.load_workbook(io.BytesIO(data))
                    kinds["xlsx"] += 1
                elif ext == "pdf":
                    assert signed_and_stamped(pledge_picture(name, data)), m.name
                    kinds["pdf"] += 1
                elif ext == "numbers":
                    assert mixed45_docs.TABLE_TITLE in iwa_strings(data)
                    kinds["numbers"] += 1
        assert kinds["xlsx"] >= 15 and kinds["pdf"] >= 10 and kinds["numbers"] == 1

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        cn_mails = [m for m in mailbox if m.campaign == make_mixed45.CN]
        wj_mails = [m for m in mailbox if m.campaign == make_mixed45.WJ]
        cn_units = {u.name for u in {c.id: c for c in self.campaigns()}[make_mixed45.CN].units}
        wj_units = {u.name for u in {c.id: c for c in self.campaigns()}[make_mixed45.WJ].units}
        assert {m.unit for m in cn_mails} <= cn_units and {m.unit for m in wj_mails} <= wj_units
        # the 三资 mails: the pledge a signed and stamped picture of the page, the table the 乡's villages
        villages: dict[str, list[str]] = {}
        for m in cn_mails:
            pledges = [(n, d) for n, d in attachments(m) if n.lower().endswith((".pdf", ".jpg", ".jpeg", ".bmp"))]
            assert ("pledge" in m.parts) == bool(pledges), m.name
            for name, data in pledges:
                assert signed_and_stamped(pledge_picture(name, data)), m.name
            for data in tables(m):
                assert cells(data).startswith(mixed45_docs.TABLE_TITLE)
                assert filled_by(data) in (official(m.unit), "")
                villages.setdefault(m.unit, villages_of(data))
                assert villages_of(data) == villages[m.unit], m.name
            assert ("table" in m.parts) == bool(tables(m)), m.name
            assert not [n for n, _ in attachments(m) if n.endswith(".png")]  # no survey screenshot
        seen: set[str] = set()
        for unit, names in villages.items():
            assert not seen & set(names), unit
            seen |= set(names)
        # the 问卷 mails: one “提交成功” screenshot, or the answer link typed in the body; no 三资 paper
        for m in wj_mails:
            shots = pictures(m)
            if m.case == "answer-link-typed-in-body":
                assert not shots and "myanswer.html?sid=18825041" in body_text(m)
            else:
                ((_, data),) = shots
                assert screen(data) == "done", m.name
            assert not tables(m) and "承诺书" not in every_text(m).split("------------------ 原始邮件")[0]
        # 魏家岭乡: the scanner program's grey BMP
        bmp = one(mailbox, "pledge-scanned-as-bmp")
        (name, data), _ = attachments(bmp)
        assert name == "扫描0001.bmp" and data[:2] == b"BM" and image(data).mode in ("L", "P")
        # 牤牛营子乡: Outlook in English, replying to the notice with the notice under it
        outlook = one(mailbox, "outlook-english-reply-to-notice")
        msg = message(outlook)
        assert str(msg["Subject"]).startswith("RE: 关于开展2055年度") and msg["X-Mailer"] == make_mixed45.OUTLOOK
        assert msg["Content-Language"] == "en-US"
        assert "-----Original Message-----\nFrom: 县政府办公室" in body_text(outlook) and "Sent: Monday, May 10, 2055" in body_text(outlook)
        assert "承诺单位（盖章）" in body_text(outlook)  # the whole notice, its 附件 too
        # 素珠营子乡: an iPad's scan and Numbers file, the Excel the next day from the same address
        ipad = one(mailbox, "ipad-numbers-table")
        resend = one(mailbox, "numbers-resent-as-xlsx")
        assert message(ipad)["X-Mailer"] == make_mixed45.IPAD and "Sent from my iPad" in body_text(ipad)
        names = [n for n, _ in attachments(ipad)]
        assert names == ["Scanned Document.pdf", "三资统计表.numbers"] and b"x-unix-mode=0644" in ipad.raw
        numbers = attachments(ipad)[1][1]
        z = zipfile.ZipFile(io.BytesIO(numbers))
        assert "Index/Document.iwa" in z.namelist() and "preview.jpg" in z.namelist()
        assert not [n for n in z.namelist() if n.startswith("xl/")]
        (table,) = tables(resend)
        assert all(v in iwa_strings(numbers) for v in villages_of(table))
        assert sender(resend) == sender(ipad) and resend.received_at - ipad.received_at < dt.timedelta(days=2)
        assert not resend.is_correction
        # 石佛乡's correction: the table alone, the same villages, two villages' 集体资金 changed
        fix = by_case(mailbox, "correction")
        (cn_fix,) = [m for m in fix if m.campaign == make_mixed45.CN]
        first = [m for m in by_case(mailbox, "cn-clean") if m.unit == "石佛乡"][0]
        assert cn_fix.is_correction and "以此为准" in body_text(cn_fix) and sender(cn_fix) == sender(first)
        (old,), (new,) = tables(first), tables(cn_fix)
        assert villages_of(old) == villages_of(new) and len(attachments(cn_fix)) == 1
        import openpyxl

        def money(data):
            ws = openpyxl.load_workbook(io.BytesIO(data)).active
            return [row[2] for row in ws.iter_rows(min_row=4, values_only=True) if isinstance(row[0], int)]

        assert sum(a != b for a, b in zip(money(old), money(new))) == 2
        # the unit only in a picture: the signature cards of 杨树湾子乡 (Outlook) and 县应急局 (Foxmail)
        every_name = names_of_units()
        for m in by_case(mailbox, "unit-only-in-signature-picture"):
            text = every_text(m)
            assert not [n for n in every_name if n in text], (m.name, [n for n in every_name if n in text])
            (card,) = inline_images(m)
            assert card["Content-ID"].strip("<>") in html(m) and not card.get_filename()
            assert image(card.get_content()).crop((0, 0, 460, 50)).tobytes() == card_head(m.unit).tobytes()
            assert sender(m) not in {sender(x) for x in mailbox if x is not m}
        picture_cn = [m for m in by_case(mailbox, "unit-only-in-signature-picture") if m.campaign == make_mixed45.CN][0]
        assert filled_by(tables(picture_cn)[0]) == "" and "[cid:image001.png@" in body_text(picture_cn)
        assert message(picture_cn)["X-Mailer"] == make_mixed45.OUTLOOK
        # 贺杖子乡: a Gmail (English) forward of the station's mail
        gmail = one(mailbox, "gmail-english-forward")
        assert sender(gmail).endswith("@gmail.com") and message(gmail)["X-Mailer"] is None
        assert str(message(gmail)["Message-ID"]).endswith("@mail.gmail.com>")
        assert "---------- Forwarded message ---------\nFrom: 贺杖子乡经管站" in body_text(gmail)
        # the 三资 催报 and the replies to it
        reminder = one(mailbox, "reply-to-office-reminder")
        iphone = one(mailbox, "iphone-english-reply-to-reminder")
        asks = one(mailbox, "town-asks-if-reminder-applies")
        for m in (reminder, iphone, asks):
            assert make_mixed45.REMINDER_CN_SUBJECT in str(message(m)["Subject"])
            assert "老大杖子乡、西碱厂乡" in body_text(m).replace("> ", "")
        assert "Sent from my iPhone" in body_text(iphone) and "wrote:" in body_text(iphone)
        assert message(iphone)["X-Mailer"] == make_mixed45.IPHONE
        (photo_name, photo), _ = attachments(iphone)
        assert photo_name == "image0.jpeg" and image(photo).getexif().get(0x0112) == 6
        assert not attachments(asks) and "吗？" in body_text(asks) and "大屯镇" not in cn_units
        # 雷家店乡 (REVIEW): both campaigns' papers in one mail
        both = one(mailbox, "one-mail-both-campaigns")
        assert len(tables(both)) == 1 and [screen(d) for n, d in pictures(both) if n.endswith(".png")] == ["done"]
        assert [n for n, _ in attachments(both) if n.endswith(".pdf")]
        # 县人社局: macOS's English screenshot name, U+202F before PM, inline, RFC 2231
        mac = one(mailbox, "macos-english-screenshot-name")
        ((name, _),) = attachments(mac)
        assert name.startswith("Screenshot 2055-05-19 at ") and "\u202fPM.png" in name
        assert b"%E2%80%AFPM.png" in mac.raw and b"inline;" in mac.raw and message(mac)["X-Mailer"] == make_mixed45.APPLE_MAIL
        # 八家子镇 (REVIEW): the questionnaire's own link, no answer link, no picture
        link = one(mailbox, "questionnaire-link-not-answer-link")
        assert mixed45_docs.SURVEY_URL in body_text(link) and "myanswer" not in body_text(link) and not attachments(link)
        # 县农业农村局: signs for itself and the merged 县乡村振兴局
        merged = one(mailbox, "merged-bureaus-one-answer")
        assert "建昌县农业农村局（建昌县乡村振兴局）" in body_text(merged)
        # 县交通局: the 提交失败 page, then the 提交成功 one the next day from the same address
        failed, again = one(mailbox, "failed-submission-screenshot"), one(mailbox, "resubmitted-after-failure")
        assert screen(pictures(failed)[0][1]) == "failed" and screen(pictures(again)[0][1]) == "done"
        assert sender(failed) == sender(again) and again.received_at > failed.received_at and not again.is_correction
        # 娘娘庙乡: the 问卷 proof in a reply to the 三资 notice
        thread = one(mailbox, "survey-proof-in-other-notices-thread")
        assert str(message(thread)["Subject"]) == "回复：" + make_mixed45.NOTICE_TITLE[make_mixed45.CN]
        assert "乡党委书记、乡长签字" in body_text(thread) and pictures(thread)[0][0].endswith(".jpg")
        # 县卫健局: Outlook for Android (English), Android's screenshot name
        android = one(mailbox, "outlook-android-english")
        assert "Get Outlook for Android" in body_text(android) and re.fullmatch(r"Screenshot_20550521_\d{6}_com\.tencent\.mm\.jpg",
                                                                             pictures(android)[0][0])
        # 县财政局: the answer link, no picture
        assert not attachments(one(mailbox, "answer-link-typed-in-body"))
        # 县发改局's correction: its own address, 以此为准
        (wj_fix,) = [m for m in fix if m.campaign == make_mixed45.WJ]
        first = [m for m in by_case(mailbox, "wj-clean") if m.unit == "县发改局"][0]
        assert wj_fix.is_correction and sender(wj_fix) == sender(first) and "以此为准" in body_text(wj_fix)
        # 县税务局: every Chinese character of the plain body a “?”, the HTML's numeric references the text
        owa = one(mailbox, "owa-us-ascii-body")
        body = message(owa).get_body(("plain",))
        assert body.get_content_charset() == "us-ascii" and "?" in body.get_content()
        assert not re.search(r"[\u4e00-\u9fff]", body.get_content()) and "&#" in html(owa)
        assert "国家税务总局建昌县税务局办公室" in unescape(html(owa)) and sender(owa).endswith(make_mixed45.TAX_DOMAIN)
        assert "税务局" in str(message(owa)["Subject"])
        # 县林草局: Thunderbird (English) replying to the 问卷 催报, which lists it
        tb = one(mailbox, "thunderbird-english-reply-to-reminder")
        assert message(tb)["User-Agent"] == make_mixed45.THUNDERBIRD and message(tb)["X-Mailer"] is None
        assert "On 5/24/2055 8:40 AM, 县政府办公室 wrote:" in body_text(tb)
        quoted = body_text(tb).split("wrote:")[1]
        assert "县林草局" in quoted and "县财政局" not in quoted
        # 玲珑塔镇 (REVIEW): the answers typed in, nothing attached
        typed = one(mailbox, "answers-typed-instead-of-online")
        assert not attachments(typed) and "1.本单位使用的政务移动应用" in body_text(typed)
        # the Exchange NDR (IGNORED): its report and the notice's headers
        ndr = one(mailbox, "exchange-ndr-english")
        msg = message(ndr)
        assert msg.get_content_type() == "multipart/report" and b"Status: 5.1.10" in ndr.raw
        assert b"Content-Type: text/rfc822-headers" in ndr.raw and str(msg["Subject"]).startswith("Undeliverable: ")
        # late and on time; every mail after its notice
        for m in cn_mails + wj_mails:
            due = DUES[m.requirements[0]]
            assert (m.received_at > due) == (m.case in ("cn-late", "wj-late")), m.name
            assert m.received_at > NOTICE_DAYS[m.campaign], m.name
