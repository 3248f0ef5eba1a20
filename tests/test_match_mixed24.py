"""Routing on a twenty-fourth, held-out mixed mailbox (tests/fixtures/mixed24).

Two spring 2034 campaigns drafted by `collector campaign init --from-notice` (a 2034年第一季度政府信息主动公开台账
owing each of the 28 towns one Excel ledger by 04-10 17:00; a 核对基层政务公开专栏网址及联络员 owing each of them,
in the mail's body, its sub-column link on the county portal and its 联络员's mobile by 04-09 17:00) beside the
built-in 5·15 (2023) one; 49 mails labelled by hand, written apart from the routing code.
The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
from test_match_mixed22 import attachments, by_case, message  # the fixture's own bytes, read as mixed22 reads them

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed24"))
import make_mixed24  # noqa: E402

MOBILE = re.compile(r"1[3-9]\d{9}")


class TestMixed24Routing(RoutingTests):
    gen = make_mixed24
    cases = ["tz", "tz-late", "ml", "ml-late", "correction", "netdisk-link-instead-of-file", "another-units-file-attached",
             "ledger-pasted-in-body", "csv-export-instead-of-xlsx", "wechat-file-forwarded-from-iphone",
             "one-mail-answers-both-campaigns", "gbk-body-labelled-big5", "department-not-asked", "contact-sent-separately",
             "link-behind-text-html-only", "reply-quoting-notice-without-own-url", "fields-in-word-table",
             "fullwidth-mobile-number", "url-without-scheme", "no-unit-named", "auto-reply", "delivery-delayed"]
    size = (40, 55)

    open_mails = {  # README, After the fixes
        "042-reply-quoting-notice-without-own-url": (
            "open since round 16: “回复：” the notice, “已核对，我乡网址没变”, the 联络员, from an address never seen; no unit "
            "named anywhere: to review, where the label files it"),
        "020-netdisk-link-instead-of-file": (
            "open since round 16: the ledger only behind a 百度网盘 link goes to review, as mixed17's clerk labels that "
            "shape; this label files it"),
        "022-another-units-file-attached": (
            "open since round 16: 以此为准 after a wrong file that went to review is flagged a correction by its words; "
            "the labelled 5·15 set (144-correction, the unit's first mail) flags such a mail so, and it must not move"),
    }

    # the shared check on the last mail, and the other draw's labels the same, as mixed22 makes it
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed24.ALL)
        tz, ml = cs[make_mixed24.TZ], cs[make_mixed24.ML]
        for c in (tz, ml):
            assert len(c.units) == 28 and "八家子经济开发区" not in {u.name for u in c.units}
        assert [r.id for r in tz.requirements] == make_mixed24.TZR
        (table,) = tz.requirements[0].parts
        assert [table.id] == make_mixed24.TZ_ALL and {"xlsx", "xls"} <= set(table.formats)
        assert [r.id for r in ml.requirements] == make_mixed24.MLR
        url, contact = ml.requirements[0].parts
        assert [url.id, contact.id] == make_mixed24.ML_ALL and url.kind == contact.kind == "field"
        assert re.search(url.pattern, "子栏目网址：http://www.jianchang.gov.cn/jczwgk/sfx/")
        assert not re.search(url.pattern, "县政府门户网站（http://www.jianchang.gov.cn），核对")
        assert ml.requirements[0].due < tz.requirements[0].due

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector: a case measures nothing if its file is not
        what its label says."""
        import docx
        import openpyxl

        def sheet_title(data: bytes) -> str:
            return openpyxl.load_workbook(io.BytesIO(data)).active["A1"].value

        (name, data), = attachments(by_case(mailbox, "tz")[0]).items()
        assert name.endswith(".xlsx") and sheet_title(data).endswith("2034年第一季度政府信息主动公开台账")
        clean = by_case(mailbox, "ml")[0]
        assert not list(message(clean).iter_attachments())
        assert "www.jianchang.gov.cn/jczwgk/" in message(clean).get_body(("plain",)).get_content()
        wrong, right = by_case(mailbox, "another-units-file-attached")
        (name, data), = attachments(wrong).items()
        assert name.startswith("汤神庙镇") and sheet_title(data).startswith("汤神庙镇")
        assert sheet_title(next(iter(attachments(right).values()))).startswith("头道营子乡")
        (pasted,) = by_case(mailbox, "ledger-pasted-in-body")
        assert not list(message(pasted).iter_attachments()) and "<table" in message(pasted).get_body(("html",)).get_content()
        (csv,) = by_case(mailbox, "csv-export-instead-of-xlsx")
        (part,) = message(csv).iter_attachments()
        assert part.get_filename().endswith(".csv") and part.get_payload(decode=True).decode("gbk").startswith("贺杖子乡人民政府")
        (link,) = by_case(mailbox, "netdisk-link-instead-of-file")
        assert not list(message(link).iter_attachments())
        assert "pan.baidu.com/s/" in message(link).get_body(("plain",)).get_content()
        (big5,) = by_case(mailbox, "gbk-body-labelled-big5")
        body = message(big5).get_body(("plain",))
        assert body.get_content_charset() == "big5" and "大屯镇" in body.get_payload(decode=True).decode("gbk")
        (html_only,) = by_case(mailbox, "link-behind-text-html-only")
        msg = message(html_only)
        assert msg.get_content_type() == "text/html" and "jianchang.gov.cn/jczwgk/" in msg.get_content()
        assert "jianchang.gov.cn/jczwgk/" not in re.sub(r"<[^>]+>", "", msg.get_content())
        (quoting,) = by_case(mailbox, "reply-quoting-notice-without-own-url")
        assert "/jczwgk/" not in message(quoting).get_body(("plain",)).get_content()
        (word,) = by_case(mailbox, "fields-in-word-table")
        (data,) = attachments(word).values()
        cells = [c.text for row in docx.Document(io.BytesIO(data)).tables[0].rows for c in row.cells]
        assert any("/jczwgk/hzzx/" in c for c in cells) and any(MOBILE.fullmatch(c) for c in cells)
        (wide,) = by_case(mailbox, "fullwidth-mobile-number")
        text = message(wide).get_body(("plain",)).get_content()
        assert "手机：１" in text and not MOBILE.search(text)
        (bare,) = by_case(mailbox, "url-without-scheme")
        text = message(bare).get_body(("plain",)).get_content()
        assert "www.jianchang.gov.cn/jczwgk/gzzx/" in text and "http" not in text
        (delay,) = by_case(mailbox, "delivery-delayed")
        assert b"Action: delayed" in delay.raw and b"X-Mailer" not in delay.raw.split(b"\r\n\r\n")[0]
