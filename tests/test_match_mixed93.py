"""Routing on a ninety-third, held-out mixed mailbox (tests/fixtures/mixed93).

Two spring 2103 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init
--from-notice` — the 县文学艺术界联合会's 2103年“大凌河之春”群众书画摄影作品征集活动 (its notice a .docx; SEVEN UNITS:
two 镇, two 乡, the 县文旅局, the 县教育局 and the 县档案馆; an Excel 报送汇总表 and 3 or more 作品图片, by
“4月9日（星期一）17时30分前”) and the 县慈善总会's 2103年“慈心助学”困难学生救助对象摸底 (EIGHT UNITS: two 镇,
three 乡, three bureaus; TWO REQUIREMENTS: an Excel 摸底登记表 with a Word 推荐情况说明 by “4月16日（星期一）下午6时前”,
a Word 救助资金发放情况报告 by “5月14日（星期一）前”; the 县教育局 owes both campaigns) — beside the built-in 5·15
(2023) one; 36 mails labelled by hand, written apart from the routing code. The bar of tests/mixed_mailbox_tests.py:
every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import yaml
from mixed_mailbox_tests import RoutingTests
from mixed_suite import opened_files
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, message
from test_match_mixed36 import one
from test_match_mixed81 import files
from test_match_mixed87 import files_read, members

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed93"))
import make_mixed93  # noqa: E402
import mixed93_docs  # noqa: E402

TZ = dt.timezone(dt.timedelta(hours=8))
HALF5 = dt.datetime(2103, 4, 9, 17, 30, tzinfo=TZ)  # the 文联's “4月9日（星期一）17时30分前”
SIX = dt.datetime(2103, 4, 16, 18, 0, tzinfo=TZ)  # the 慈善总会's “4月16日（星期一）下午6时前”
DAY14 = dt.datetime(2103, 5, 14, 23, 59, 59, tzinfo=TZ)  # “5月14日（星期一）前”, no hour
official = mixed93_docs.official
SH, CX = make_mixed93.SH, make_mixed93.CX


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: shtable / cxtable / cxdoc / ffdoc / photo / other."""
    out: dict[str, list[str]] = {}
    for name, ext, data, text, first in files_read(mail):
        kind = ("shtable" if ext == "xlsx" and first.startswith(mixed93_docs.SH_TABLE_TITLE)
                else "cxtable" if ext == "xlsx" and first.startswith(mixed93_docs.CX_TABLE_TITLE)
                else "cxdoc" if ext == "docx" and first.endswith(mixed93_docs.CX_DOC_TITLE)
                else "ffdoc" if ext == "docx" and first.endswith(mixed93_docs.FF_DOC_TITLE)
                else "photo" if ext == "jpg" and data[:2] == b"\xff\xd8"
                else "other")
        out.setdefault(kind, []).append(text or name)
    return out


def only(mail, ext: str) -> str:
    (name,) = [n for n, _ in files(mail) if n.endswith("." + ext)]
    return name


class TestMixed93Routing(RoutingTests):
    gen = make_mixed93
    cases = ["sh-clean", "cx-clean", "sh-kmail", "sh-merged-title", "sh-wenlv-widths", "sh-jiaoyu-before",
             "sh-question", "sh-danganguan-late", "sh-photos-first", "sh-table-second", "sh-not-owed-qixiang",
             "cx-trojita", "cx-fafang-tangshenmiao", "cx-superscript", "cx-fafang-late-evening", "cx-mailbird",
             "cx-red-bold", "cx-jiaoyu-before-six", "cx-fafang-jiaoyu-late", "cx-after-six", "cx-question",
             "cx-table-first", "cx-doc-second", "cx-fafang-xiangcun", "cx-fafang-yaowangmiao", "vendor-promotion"]
    size = (30, 40)
    has_corrections = False
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled
    open_mails = {}

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed93.ALL)
        sh, cx = cs[SH], cs[CX]
        (zuopin,) = sh.requirements
        modi, fafang = cx.requirements
        assert [zuopin.id, modi.id, fafang.id] == make_mixed93.ZP + make_mixed93.MD + make_mixed93.FF  # S1, C1
        assert [u.name for u in sh.units] == make_mixed93.SH_UNITS
        assert [u.name for u in cx.units] == make_mixed93.CX_UNITS
        assert {u.name for u in sh.units} & {u.name for u in cx.units} == {"县教育局"}
        assert zuopin.due == HALF5 and modi.due == SIX and fafang.due == DAY14
        assert sorted(p.id for p in zuopin.parts) == ["photos", "table"]
        assert sorted(p.id for p in modi.parts) == ["doc", "table"]
        assert [p.id for p in fafang.parts] == ["doc"]
        assert next(p for p in zuopin.parts if p.id == "table").title == mixed93_docs.SH_TABLE_TITLE  # S4
        photos = next(p for p in zuopin.parts if p.id == "photos")
        assert photos.kind == "photo" and photos.min_count == 3  # S5
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed93.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]  # C2
        drafts = make_mixed93.CAMPAIGNS_DIR / "drafts"
        cx_draft = yaml.safe_load((drafts / "2103-03-12-慈心助学摸底通知.draft.yaml").read_text(encoding="utf-8"))
        assert len(cx_draft["unsettled"]) == 1

    def test_every_document_opens(self, mailbox):
        """Every file of 2103 opens: Excel, Word and the photos."""
        kinds = opened_files(mailbox, 2103, files)
        # xlsx: 书画 建昌 + 玲珑塔 + 石佛 + 和尚房子 + 文旅 + 教育 + 档案馆 + 气象 = 8; 慈心 药王庙 + 黑山科 + 汤神庙 +
        # 老大杖子 + 民政 + 教育 + 杨树湾子 + 振兴 = 8: 16. docx: 说明 8, 报告 6: 14. jpg: 书画 3 each of 建昌, 玲珑塔,
        # 石佛, 教育, 档案馆, 气象 (18) + 和尚房子 4 + 文旅 5 = 27
        assert kinds == {"xlsx": 16, "docx": 14, "jpg": 27}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("zuopin", "table"): "shtable", ("zuopin", "photos"): "photo", ("modi", "table"): "cxtable",
                ("modi", "doc"): "cxdoc", ("fafang", "doc"): "ffdoc"}
        for m in mailbox:
            if m.campaign not in (SH, CX):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(official(m.unit) in t for k, ts in mat.items() if k != "photo" for t in ts), m.name
            if "photos" in m.parts:
                assert len(mat["photo"]) >= 3, m.name
        # 玲珑塔镇: KMail, 汤神庙镇: Trojita (User-Agent); 县民政局: Mailbird (X-Mailer)
        for case, agent in (("sh-kmail", make_mixed93.KMAIL), ("cx-trojita", make_mixed93.TROJITA)):
            msg = message(one(mailbox, case))
            assert msg["User-Agent"] == agent and msg["X-Mailer"] is None, case
        msg = message(one(mailbox, "cx-mailbird"))
        assert msg["X-Mailer"] == make_mixed93.MAILBIRD and msg["User-Agent"] is None
        # 和尚房子乡: the 汇总表's title row merged; 县文旅局: its columns' widths set
        mg = one(mailbox, "sh-merged-title")
        assert b"<mergeCell " in members(mg, only(mg, "xlsx"))["xl/worksheets/sheet1.xml"]
        wd = one(mailbox, "sh-wenlv-widths")
        assert b"<cols>" in members(wd, only(wd, "xlsx"))["xl/worksheets/sheet1.xml"]
        # 老大杖子乡: a superscript note mark; 县民政局: a sentence in bold red
        sp = one(mailbox, "cx-superscript")
        assert b'<w:vertAlign w:val="superscript"/>' in members(sp, only(sp, "docx"))["word/document.xml"]
        rb = members(one(mailbox, "cx-red-bold"), only(one(mailbox, "cx-red-bold"), "docx"))["word/document.xml"]
        assert b'<w:color w:val="FF0000"/>' in rb and b"<w:b/>" in rb
        # the windows
        assert one(mailbox, "sh-jiaoyu-before").received_at < HALF5 < one(mailbox, "sh-danganguan-late").received_at
        assert one(mailbox, "cx-jiaoyu-before-six").received_at < SIX < one(mailbox, "cx-after-six").received_at
        # the vendor's promotion
        promo = one(mailbox, "vendor-promotion")
        assert "书画摄影作品征集" in message(promo)["Subject"] and not files(promo)
        # the questions: no file
        for case in ("sh-question", "cx-question"):
            assert not files(one(mailbox, case)), case
        assert not [m for m in mailbox if m.is_correction]
        # late and on time
        late = ("sh-danganguan-late", "cx-after-six", "cx-fafang-jiaoyu-late")
        due = {"zuopin": HALF5, "modi": SIX, "fafang": DAY14}
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > due[m.requirements[0]], case
        assert all(m.received_at <= due[m.requirements[0]] for m in mailbox
                   if m.campaign in (SH, CX) and m.case not in late)
