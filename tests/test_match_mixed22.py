"""Routing on a twenty-second, held-out mixed mailbox (tests/fixtures/mixed22).

Two March 2032 campaigns drafted by `collector campaign init --from-notice` (a 2031年度政务公开工作先进个人 推荐
owing each of the 28 towns a signed and stamped 推荐表 scanned to PDF, a 事迹材料 in Word and a 2寸 ID photo by
03-19 17:00; a 征求意见 on the 《免申即享工作实施方案（征求意见稿）》 owing nine named departments an 意见反馈表, signed,
stamped and scanned, “无意见” too, by 03-15 17:00) beside the built-in 5·15 (2023) one; 46 mails labelled by hand,
written apart from the routing code.
The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import email
import io
import sys
import zipfile
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
from mixed_suite import assert_labels_well_formed, built

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed22"))
import make_mixed22  # noqa: E402
from make_labelled import MAIL_POLICY  # noqa: E402


def message(mail):
    return email.message_from_bytes(mail.raw.split(b"\r\n", 1)[1], policy=MAIL_POLICY)


def attachments(mail) -> dict[str, bytes]:
    return {part.get_filename(): part.get_content() for part in message(mail).iter_attachments()}


def by_case(mailbox, case: str) -> list:
    return [m for m in mailbox if m.case == case]


class TestMixed22Routing(RoutingTests):
    gen = make_mixed22
    cases = ["xj", "xj-late", "zq", "zq-late", "correction", "person-name-only-subject", "wechat-saved-names",
             "life-photo-not-id-photo", "apple-mail-interleaved", "camscanner-named-scan", "gbk-bytes-labelled-utf8",
             "nominee-sends-own-story", "photo-only-inside-story-docx", "zone-nominates-though-not-asked", "rfc2231-gbk-continuations",
             "opinions-in-tracked-draft-beside-form", "phone-photo-of-stamped-form", "no-opinion-in-body-only",
             "scanner-multipage-tiff", "not-addressed-sends-opinions", "auto-reply", "delivery-delayed-report"]
    size = (40, 55)

    def test_set_is_varied_and_labelled(self, mailbox):
        """The shared check, and the other draw gives the same labels in the same order."""
        assert_labels_well_formed(mailbox, self.gen.ALL, self.cases, self.size)
        other = built(self.gen, self.seed)
        assert [(m.campaign, m.unit, m.requirements, m.parts, m.case, m.is_correction) for m in other] == [
            (m.campaign, m.unit, m.requirements, m.parts, m.case, m.is_correction) for m in mailbox]

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed22.ALL)
        xj, zq = cs[make_mixed22.XJ], cs[make_mixed22.ZQ]
        assert len(xj.units) == 28 and "八家子经济开发区" not in {u.name for u in xj.units}
        assert [r.id for r in xj.requirements] == make_mixed22.XJR
        form, story, photo = xj.requirements[0].parts
        assert [p.id for p in (form, story, photo)] == make_mixed22.XJ_ALL
        assert form.formats == ["pdf"] and "docx" in story.formats and photo.kind == "photo"
        assert [u.name for u in zq.units] == ["县发改局", "县财政局", "县营商局", "县市场局", "县司法局", "县人社局", "县民政局",
                                              "县医保局", "县税务局"]
        assert [r.id for r in zq.requirements] == make_mixed22.ZQR
        (stamped,) = zq.requirements[0].parts
        assert stamped.id == "stamped" and {"pdf", "jpg", "tif"} <= set(stamped.formats)
        assert zq.requirements[0].due < xj.requirements[0].due

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector: a case measures nothing if its file is not
        what its label says."""
        import pypdf
        from PIL import Image

        def image(data: bytes):
            return Image.open(io.BytesIO(data))

        clean = by_case(mailbox, "xj")[0]
        files = attachments(clean)
        (form,) = [d for n, d in files.items() if n.endswith(".pdf")]
        scan = pypdf.PdfReader(io.BytesIO(form))
        assert len(scan.pages) == 1 and scan.pages[0].extract_text().strip() == ""  # a scan, no text layer
        assert scan.pages[0].images[0].image.size == (1240, 1754)
        (photo,) = [d for n, d in files.items() if n.endswith(".jpg")]
        assert image(photo).size == (413, 579) and image(photo).info["dpi"] == (300, 300)
        life = attachments(by_case(mailbox, "life-photo-not-id-photo")[0])["IMG_20311002_152107.jpg"]
        assert image(life).size == (1600, 1200) and image(life).getexif()[0x010F] == "Xiaomi"
        (cam,) = by_case(mailbox, "camscanner-named-scan")
        cs = pypdf.PdfReader(io.BytesIO(attachments(cam)["扫描全能王 2032-03-15 16.42.pdf"]))
        assert "扫描全能王" in cs.pages[0].extract_text() and "intsig" in cs.metadata["/Producer"]
        (tiff_mail,) = by_case(mailbox, "scanner-multipage-tiff")
        tiff = image(attachments(tiff_mail)["SKM_C30832031315102.tif"])
        assert tiff.n_frames == 2 and tiff.mode == "1" and tiff.info["compression"] == "group4"
        (phone,) = by_case(mailbox, "phone-photo-of-stamped-form")
        shot = image(attachments(phone)["IMG_20320314_153022.jpg"])
        assert shot.getexif()[0x0112] == 6 and shot.width > shot.height  # stored landscape, shown upright
        (apple,) = by_case(mailbox, "apple-mail-interleaved")
        kinds = [(p.get_content_type(), p.get_content_disposition()) for p in message(apple).walk() if not p.is_multipart()]
        assert kinds[:3] == [("text/plain", None), ("image/jpeg", "inline"), ("text/plain", None)]
        assert b"filename*1*=" in apple.raw and b"Apple-Mail-" in apple.raw
        (tb,) = by_case(mailbox, "rfc2231-gbk-continuations")
        assert b"filename*0*=GBK''" in tb.raw
        assert list(attachments(tb)) == ["建昌县营商环境建设局关于《免申即享工作实施方案（征求意见稿）》的意见反馈表.pdf"]
        (gbk,) = by_case(mailbox, "gbk-bytes-labelled-utf8")
        body = message(gbk).get_body(("plain",))
        assert body.get_content_charset() == "utf-8" and "王宝营子乡" in body.get_payload(decode=True).decode("gbk")
        (tracked,) = by_case(mailbox, "opinions-in-tracked-draft-beside-form")
        draft = [d for n, d in attachments(tracked).items() if n.endswith(".docx")][0]
        assert b"<w:ins " in zipfile.ZipFile(io.BytesIO(draft)).read("word/document.xml")
        (delayed,) = by_case(mailbox, "delivery-delayed-report")
        assert b"Action: delayed" in delayed.raw and b"X-Mailer" not in delayed.raw.split(b"\r\n\r\n")[0]
        (body_only, _) = by_case(mailbox, "no-opinion-in-body-only")
        assert not attachments(body_only)
