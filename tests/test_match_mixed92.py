"""Routing on a ninety-second, held-out mixed mailbox (tests/fixtures/mixed92).

Two autumn 2102 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init
--from-notice` — the 县野生动物疫源疫病监测站's 2102年秋冬季候鸟迁徙期野生动物疫源疫病监测 (SEVEN UNITS: two 镇,
three 乡, the 县农业农村局 and the 县水利局; an Excel 巡查记录表 and a Word 工作开展情况, by “10月20日（星期五）
上午9时前”) and the 县献血工作领导小组办公室's 2102年秋季无偿献血活动 (its notice a .docx; EIGHT UNITS: three 镇,
two 乡, three bureaus; TWO REQUIREMENTS: an Excel 组织情况统计表 with 2 or more 活动现场照片 by “9月28日（星期四）
下午4时30分前”, a Word 工作总结 by “10月13日（星期五）前”; 大屯镇 owes both campaigns) — beside the built-in 5·15
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

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed92"))
import make_mixed92  # noqa: E402
import mixed92_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
NINE = dt.datetime(2102, 10, 20, 9, 0, tzinfo=SH)  # the 监测站's “10月20日（星期五）上午9时前”
HALF4 = dt.datetime(2102, 9, 28, 16, 30, tzinfo=SH)  # the 献血办's “9月28日（星期四）下午4时30分前”
DAY13 = dt.datetime(2102, 10, 13, 23, 59, 59, tzinfo=SH)  # “10月13日（星期五）前”, no hour
official = mixed92_docs.official
YY, XX = make_mixed92.YY, make_mixed92.XX


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: yytable / yydoc / xxtable / xxdoc / photo / other."""
    out: dict[str, list[str]] = {}
    for name, ext, data, text, first in files_read(mail):
        kind = ("yytable" if ext == "xlsx" and first.startswith(mixed92_docs.YY_TABLE_TITLE)
                else "xxtable" if ext == "xlsx" and first.startswith(mixed92_docs.XX_TABLE_TITLE)
                else "yydoc" if ext == "docx" and first.endswith(mixed92_docs.YY_DOC_TITLE)
                else "xxdoc" if ext == "docx" and first.endswith(mixed92_docs.XX_DOC_TITLE)
                else "photo" if ext == "jpg" and data[:2] == b"\xff\xd8"
                else "other")
        out.setdefault(kind, []).append(text or name)
    return out


def only(mail, ext: str) -> str:
    (name,) = [n for n, _ in files(mail) if n.endswith("." + ext)]
    return name


class TestMixed92Routing(RoutingTests):
    gen = make_mixed92
    cases = ["yy-clean", "xx-clean", "yy-claws", "yy-no-gridlines", "yy-question", "yy-zoom-table-first",
             "yy-doc-before-nine", "yy-shuili-late", "yy-highlight-nongye", "yy-not-owed-xinkailing",
             "xx-mailspring", "xx-zongjie-bajiazi", "xx-geary", "xx-zongjie-gongan", "xx-question", "xx-postbox",
             "xx-zongjie-shuiwu", "xx-datun", "xx-zongjie-datun", "xx-table-then-photos", "xx-photos-second",
             "xx-after-half-four", "xx-zongjie-late-evening", "xx-before-half-four", "xx-zongjie-rongmei-late",
             "vendor-promotion"]
    size = (30, 40)
    has_corrections = False
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled
    open_mails = {}

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed92.ALL)
        yy, xx = cs[YY], cs[XX]
        (jiance,) = yy.requirements
        zuzhi, zongjie = xx.requirements
        assert [jiance.id, zuzhi.id, zongjie.id] == make_mixed92.JC + make_mixed92.ZZ + make_mixed92.ZJ  # Y1, X1
        assert [u.name for u in yy.units] == make_mixed92.YY_UNITS
        assert [u.name for u in xx.units] == make_mixed92.XX_UNITS
        assert {u.name for u in yy.units} & {u.name for u in xx.units} == {"大屯镇"}
        assert jiance.due == NINE and zuzhi.due == HALF4 and zongjie.due == DAY13
        assert sorted(p.id for p in jiance.parts) == ["doc", "table"]  # Y4
        assert sorted(p.id for p in zuzhi.parts) == ["photos", "table"]
        assert [p.id for p in zongjie.parts] == ["doc"]
        assert next(p for p in jiance.parts if p.id == "doc").title == mixed92_docs.YY_DOC_TITLE  # Y4
        assert next(p for p in jiance.parts if p.id == "table").title == mixed92_docs.YY_TABLE_TITLE
        assert next(p for p in zuzhi.parts if p.id == "table").title == mixed92_docs.XX_TABLE_TITLE
        assert zongjie.parts[0].title == mixed92_docs.XX_DOC_TITLE  # X4
        photos = next(p for p in zuzhi.parts if p.id == "photos")
        assert photos.kind == "photo" and photos.min_count == 2
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed92.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]  # X2
        drafts = make_mixed92.CAMPAIGNS_DIR / "drafts"
        xx_draft = yaml.safe_load((drafts / "2102-09-10-秋季无偿献血活动通知.draft.yaml").read_text(encoding="utf-8"))
        assert len(xx_draft["unsettled"]) == 1

    def test_every_document_opens(self, mailbox):
        """Every file of 2102 opens: Excel, Word and the photos."""
        kinds = opened_files(mailbox, 2102, files)
        # xlsx: 疫源 2 clean + 牤牛营子 + 素珠营子 + 喇嘛洞 + 水利 + 农业农村 + 新开岭 = 8; 献血 建昌 + 八家子 + 公安 +
        # 税务 + 大屯 + 新开岭 + 娘娘庙 + 融媒体 = 8: 16. docx: 疫源 2 + 牤牛营子 + 素珠营子 + 喇嘛洞 + 水利 + 农业农村 =
        # 7; 总结 6: 13. jpg: 2 each of 建昌, 八家子, 税务, 大屯, 新开岭, 娘娘庙, 融媒体 (14) + 公安 3 = 17
        assert kinds == {"xlsx": 16, "docx": 13, "jpg": 17}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("jiance", "table"): "yytable", ("jiance", "doc"): "yydoc", ("zuzhi", "table"): "xxtable",
                ("zuzhi", "photos"): "photo", ("zongjie", "doc"): "xxdoc"}
        for m in mailbox:
            if m.campaign not in (YY, XX):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(official(m.unit) in t for k, ts in mat.items() if k != "photo" for t in ts), m.name
            if "photos" in m.parts:
                assert len(mat["photo"]) >= 2, m.name
        # 牤牛营子乡: Claws Mail; 八家子镇: Mailspring (X-Mailer); 县公安局: Geary; 县税务局: Postbox (User-Agent)
        for case, mailer in (("yy-claws", make_mixed92.CLAWS), ("xx-mailspring", make_mixed92.MAILSPRING)):
            msg = message(one(mailbox, case))
            assert msg["X-Mailer"] == mailer and msg["User-Agent"] is None, case
        for case, agent in (("xx-geary", make_mixed92.GEARY), ("xx-postbox", make_mixed92.POSTBOX)):
            msg = message(one(mailbox, case))
            assert msg["User-Agent"] == agent and msg["X-Mailer"] is None, case
        # 素珠营子乡: the 记录表's gridlines hidden; 喇嘛洞镇: its zoom set
        ng = one(mailbox, "yy-no-gridlines")
        assert b'showGridLines="0"' in members(ng, only(ng, "xlsx"))["xl/worksheets/sheet1.xml"]
        zm = one(mailbox, "yy-zoom-table-first")
        assert b'zoomScale="85"' in members(zm, only(zm, "xlsx"))["xl/worksheets/sheet1.xml"]
        # 县农业农村局: a sentence highlighted in the 工作开展情况
        hl = one(mailbox, "yy-highlight-nongye")
        assert b"<w:highlight " in members(hl, only(hl, "docx"))["word/document.xml"]
        # 喇嘛洞镇's 情况 before 上午9时, 县水利局's after
        assert one(mailbox, "yy-doc-before-nine").received_at < NINE < one(mailbox, "yy-shuili-late").received_at
        # the vendor's promotion
        promo = one(mailbox, "vendor-promotion")
        assert "无偿献血活动" in message(promo)["Subject"] and not files(promo)
        # the questions: no file
        for case in ("yy-question", "xx-question"):
            assert not files(one(mailbox, case)), case
        assert not [m for m in mailbox if m.is_correction]
        # late and on time
        late = ("yy-shuili-late", "xx-after-half-four", "xx-zongjie-rongmei-late")
        due = {"jiance": NINE, "zuzhi": HALF4, "zongjie": DAY13}
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > due[m.requirements[0]], case
        assert all(m.received_at <= due[m.requirements[0]] for m in mailbox
                   if m.campaign in (YY, XX) and m.case not in late)
