"""Routing on a twenty-fifth, held-out mixed mailbox (tests/fixtures/mixed25).

Two spring 2035 campaigns drafted by `collector campaign init --from-notice` (a 政务公开宣传短视频作品征集 owing each
of the 28 towns a short video, MP4 or MOV, and a Word 作品说明 by 04-18 17:00; a 2035年第一季度政策文件解读材料
owing eight departments a Word 解读稿 and a 图解 picture of the policy each drafted, by 04-22 17:00) beside the
built-in 5·15 (2023) one; 45 mails labelled by hand, written apart from the routing code.
The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import io
import struct
import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
from test_match_mixed22 import attachments, by_case, message  # the fixture's own bytes, read as mixed22 reads them

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed25"))
import make_mixed25  # noqa: E402


def boxes(data: bytes) -> list[bytes]:
    """The top-level box types of an ISO base media file (MP4 / MOV)."""
    out, at = [], 0
    while at + 8 <= len(data):
        size, kind = struct.unpack(">I4s", data[at:at + 8])
        out.append(kind)
        at += size
    return out


def docx_text(data: bytes) -> str:
    import docx

    d = docx.Document(io.BytesIO(data))
    return "\n".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for row in t.rows for c in row.cells])


class TestMixed25Routing(RoutingTests):
    gen = make_mixed25
    cases = ["sp", "sp-late", "sp-straggler-month-later", "jd", "jd-late", "correction",
             "video-as-163-huge-attachment-link", "video-and-note-in-two-mails", "iphone-mov-apple-mail-headers",
             "wechat-video-file-name", "media-centre-sends-for-town", "note-on-neighbours-template",
             "gbk-body-labelled-latin1", "department-not-owed", "co-drafter-sends-for-lead", "graphic-sent-later",
             "policy-original-for-interpretation", "reply-quoting-notice-with-list", "earlier-quarter-before-notice",
             "department-not-listed", "auto-reply", "notice-bounced-mailbox-full"]
    size = (40, 55)

    # the shared check on the last mail, and the other draw's labels the same, as mixed22 makes it
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed25.ALL)
        sp, jd = cs[make_mixed25.SP], cs[make_mixed25.JD]
        assert len(sp.units) == 28 and "八家子经济开发区" not in {u.name for u in sp.units}
        assert [u.name for u in jd.units] == list(make_mixed25.POLICIES)
        assert [r.id for r in sp.requirements] == make_mixed25.SPR
        note, video = sp.requirements[0].parts
        assert {video.id, note.id} == set(make_mixed25.SP_ALL) and {"mp4", "mov"} <= set(video.formats)
        assert "docx" in note.formats and "mp4" not in note.formats
        assert [r.id for r in jd.requirements] == make_mixed25.JDR
        text, graphic = jd.requirements[0].parts
        assert [text.id, graphic.id] == make_mixed25.JD_ALL and (text.kind, graphic.kind) == ("document", "photo")
        assert sp.requirements[0].due < jd.requirements[0].due

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector: a case measures nothing if its file is not
        what its label says."""
        from PIL import Image

        clean = attachments(by_case(mailbox, "sp")[0])
        (video,) = [v for n, v in clean.items() if n.endswith(".mp4")]
        assert boxes(video) == [b"ftyp", b"mdat", b"moov"] and video[8:12] == b"isom"
        assert "作品名称" in docx_text(clean["作品说明.docx"])
        jd = attachments(by_case(mailbox, "jd")[0])
        assert any(n.endswith("解读稿.docx") for n in jd) and any(n.endswith(("图解.png", "图解.jpg")) for n in jd)
        for name, data in jd.items():
            if "图解" in name:
                assert Image.open(io.BytesIO(data)).size == (750, 2200)
        (link,) = by_case(mailbox, "video-as-163-huge-attachment-link")
        assert list(attachments(link)) == ["作品说明.docx"]
        assert "large-attachment-download" in message(link).get_body(("plain",)).get_content()
        assert "netease_mail_bigattach" in message(link).get_body(("html",)).get_content()
        first, second = by_case(mailbox, "video-and-note-in-two-mails")
        assert [n[-4:] for n in attachments(first)] == [".mp4"] and list(attachments(second)) == ["作品说明.docx"]
        (iphone,) = by_case(mailbox, "iphone-mov-apple-mail-headers")
        (mov,) = [v for n, v in attachments(iphone).items() if n.endswith(".MOV")]
        assert boxes(mov) == [b"ftyp", b"wide", b"mdat", b"moov"] and mov[8:12] == b"qt  "
        assert b"filename*=utf-8''%E7%B4%A0" in iphone.raw and b"x-unix-mode=0644" in iphone.raw
        (wechat,) = by_case(mailbox, "wechat-video-file-name")
        assert any(n.startswith("微信视频_2035") for n in attachments(wechat))
        (media,) = by_case(mailbox, "media-centre-sends-for-town")
        assert "融媒体中心" in message(media).get_body(("plain",)).get_content()
        assert "谷杖子乡人民政府" in docx_text(attachments(media)["作品说明.docx"])
        (template,) = by_case(mailbox, "note-on-neighbours-template")
        text = docx_text(attachments(template)["作品说明.docx"])
        assert text.startswith("新开岭乡") and "贺杖子乡人民政府" in text and "新开岭乡人民政府" not in text
        (latin1,) = by_case(mailbox, "gbk-body-labelled-latin1")
        body = message(latin1).get_body(("plain",))
        assert body.get_content_charset() == "iso-8859-1" and "王宝营子乡" in body.get_payload(decode=True).decode("gbk")
        (co,) = by_case(mailbox, "co-drafter-sends-for-lead")
        assert "农村住房建设管理办法" in docx_text(next(v for n, v in attachments(co).items() if n.endswith(".docx")))
        original, resent = by_case(mailbox, "policy-original-for-interpretation")
        (doc,) = [v for n, v in attachments(original).items() if n.endswith(".docx")]
        assert "建政办发〔2035〕5号" in docx_text(doc) and "解读" not in docx_text(doc)
        assert "解读" in docx_text(next(iter(attachments(resent).values())))
        (quoting,) = by_case(mailbox, "reply-quoting-notice-with-list")
        assert "起草单位：县人社局" in message(quoting).get_body(("plain",)).get_content()
        (early,) = by_case(mailbox, "earlier-quarter-before-notice")
        assert early.received_at.date() < make_mixed25.at("04-08 00:00").date()
        (bounce,) = by_case(mailbox, "notice-bounced-mailbox-full")
        assert b"Status: 5.2.2" in bounce.raw and b"X-Mailer" not in bounce.raw.split(b"\r\n\r\n")[0]
