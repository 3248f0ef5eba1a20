"""Routing on an eighty-ninth, held-out mixed mailbox (tests/fixtures/mixed89).

Two July 2099 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init
--from-notice` — the 县水库移民服务中心's 2099年上半年大中型水库移民后期扶持直补资金发放情况 (EIGHT UNITS: two 镇, five
乡, the 县财政局; an Excel 直补资金发放明细表 and a Word 发放情况说明, by “7月17日（星期五）下午4时前”) and the
县动物疫病预防控制中心's 2099年春季犬只狂犬病集中免疫情况 (its notice a .docx; EIGHT UNITS: three 镇, four 乡, the
县公安局; TWO REQUIREMENTS: an Excel 免疫登记表 with 2 or more 免疫现场照片 by “7月24日（星期五）前”, a Word 工作总结 by
“7月31日（星期五）前”; 汤神庙镇 and 杨树湾子乡 owe both campaigns) — beside the built-in 5·15 (2023) one; 37 mails
labelled by hand, written apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every mail right in
both draws, exact requirements.
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
from test_match_mixed32 import plain
from test_match_mixed36 import one
from test_match_mixed81 import files
from test_match_mixed87 import files_read, members

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed89"))
import make_mixed89  # noqa: E402
import mixed89_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
FOUR = dt.datetime(2099, 7, 17, 16, 0, tzinfo=SH)  # the 移民服务中心's “下午4时前”
DAY24 = dt.datetime(2099, 7, 24, 23, 59, 59, tzinfo=SH)  # the 动物疫控中心's “7月24日（星期五）前”
DAY31 = dt.datetime(2099, 7, 31, 23, 59, 59, tzinfo=SH)  # “7月31日（星期五）前”
official = mixed89_docs.official
YM, QZ = make_mixed89.YM, make_mixed89.QZ


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: ymtable / ymdoc / qztable / qzdoc / photo / other."""
    out: dict[str, list[str]] = {}
    for name, ext, data, text, first in files_read(mail):
        kind = ("ymtable" if ext == "xlsx" and first.startswith(mixed89_docs.YM_TABLE_TITLE)
                else "qztable" if ext == "xlsx" and first.startswith(mixed89_docs.QZ_TABLE_TITLE)
                else "ymdoc" if ext == "docx" and first.endswith(mixed89_docs.YM_DOC_TITLE)
                else "qzdoc" if ext == "docx" and first.endswith(mixed89_docs.QZ_DOC_TITLE)
                else "photo" if ext == "jpg" and data[:2] == b"\xff\xd8"
                else "other")
        out.setdefault(kind, []).append(text or name)
    return out


def xlsx_of(mail) -> str:
    (name,) = [n for n, _ in files(mail) if n.endswith(".xlsx")]
    return name


class TestMixed89Routing(RoutingTests):
    gen = make_mixed89
    cases = ["ym-clean", "qz-clean", "ym-flashmail", "ym-frozen-panes", "ym-question", "ym-conditional-format",
             "ym-print-area-table-first", "ym-doc-before-four", "ym-urgent-late", "ym-finance", "ym-table-corrected",
             "ym-not-owed-shuili", "qz-samsung-phone", "qz-summary-jianchang", "qz-hyperlinks", "qz-honor-phone",
             "qz-summary-laodazhangzi", "qz-table-only", "qz-summary-heishanke", "qz-late-evening",
             "qz-summary-last-night", "qz-after-midnight", "qz-summary-late", "qz-question", "qz-police",
             "qz-summary-police", "vendor-promotion"]
    size = (32, 42)
    has_corrections = True  # 县财政局's 明细表, “以此为准”
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled
    open_mails = {}

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed89.ALL)
        ym, qz = cs[YM], cs[QZ]
        (zhibu,) = ym.requirements
        mianyi, summary = qz.requirements
        assert [zhibu.id, mianyi.id, summary.id] == make_mixed89.ZB + make_mixed89.MY + make_mixed89.SU  # Y1, Q1
        assert [u.name for u in ym.units] == make_mixed89.YM_UNITS
        assert [u.name for u in qz.units] == make_mixed89.QZ_UNITS
        assert {u.name for u in ym.units} & {u.name for u in qz.units} == {"汤神庙镇", "杨树湾子乡"}
        assert zhibu.due == FOUR and mianyi.due == DAY24 and summary.due == DAY31
        assert sorted(p.id for p in zhibu.parts) == ["stamped", "table"]
        assert sorted(p.id for p in mianyi.parts) == ["photos", "table"]
        assert [p.id for p in summary.parts] == ["doc"]
        assert "大中型水库移民后期扶持直补资金发放" in ym.subject_hints  # Y2
        table = next(p for p in zhibu.parts if p.id == "table")
        assert table.title == mixed89_docs.YM_TABLE_TITLE  # Y3
        stamped = next(p for p in zhibu.parts if p.id == "stamped")
        assert stamped.title == mixed89_docs.YM_DOC_TITLE and "docx" in stamped.formats  # Y4
        qtable = next(p for p in mianyi.parts if p.id == "table")
        assert qtable.title == mixed89_docs.QZ_TABLE_TITLE and "犬病免疫" not in qtable.words  # Q3, Q4
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed89.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]  # Q2
        drafts = make_mixed89.CAMPAIGNS_DIR / "drafts"
        qz_draft = yaml.safe_load((drafts / "2099-07-07-犬只狂犬病免疫情况通知.draft.yaml").read_text(encoding="utf-8"))
        assert len(qz_draft["unsettled"]) == 2

    def test_every_document_opens(self, mailbox):
        """Every file of 2099 opens: Excel, Word and the photos."""
        kinds = opened_files(mailbox, 2099, files)
        # xlsx: 移民 2 clean + 玲珑塔 + 魏家岭 + 西碱厂 + 杨树湾子 + 谷杖子 + 财政 2 + 水利 = 10; 免疫 1 clean + 建昌
        # + 药王庙 + 老大杖子 + 黑山科 + 汤神庙 + 杨树湾子 + 公安 = 8: 18. docx: 移民 2 + 玲珑塔 + 魏家岭 + 西碱厂 +
        # 杨树湾子 + 谷杖子 + 财政 = 8; 总结 6: 14. jpg: 2 each of 石佛, 建昌, 药王庙, 汤神庙, 杨树湾子, 公安 (12) +
        # 老大杖子 3 = 15
        assert kinds == {"xlsx": 18, "docx": 14, "jpg": 15}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("zhibu", "table"): "ymtable", ("zhibu", "stamped"): "ymdoc", ("mianyi", "table"): "qztable",
                ("mianyi", "photos"): "photo", ("summary", "doc"): "qzdoc"}
        for m in mailbox:
            if m.campaign not in (YM, QZ):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(official(m.unit) in t for k, ts in mat.items() if k != "photo" for t in ts), m.name
            if "photos" in m.parts:
                assert len(mat["photo"]) >= 2, m.name
        # 玲珑塔镇: 网易闪电邮
        assert message(one(mailbox, "ym-flashmail"))["X-Mailer"] == make_mixed89.FLASHMAIL
        # 魏家岭乡: frozen panes
        fz = one(mailbox, "ym-frozen-panes")
        assert b'state="frozen"' in members(fz, xlsx_of(fz))["xl/worksheets/sheet1.xml"]
        # 西碱厂乡: conditional formatting
        cf = one(mailbox, "ym-conditional-format")
        assert b"<conditionalFormatting" in members(cf, xlsx_of(cf))["xl/worksheets/sheet1.xml"]
        # 杨树湾子乡: a print area, landscape
        pa = one(mailbox, "ym-print-area-table-first")
        mem = members(pa, xlsx_of(pa))
        assert b"_xlnm.Print_Area" in mem["xl/workbook.xml"]
        assert b'orientation="landscape"' in mem["xl/worksheets/sheet1.xml"]
        # 谷杖子乡: 【加急】, late
        assert message(one(mailbox, "ym-urgent-late"))["Subject"].startswith("【加急】")
        assert (one(mailbox, "ym-doc-before-four").received_at < FOUR < one(mailbox, "ym-urgent-late").received_at)
        # 药王庙镇: hyperlinks in the 登记表
        hl = one(mailbox, "qz-hyperlinks")
        assert b"<hyperlinks" in members(hl, xlsx_of(hl))["xl/worksheets/sheet1.xml"]
        # 建昌镇 (三星), 老大杖子乡 (荣耀): a phone's own mail app, no X-Mailer
        for case, line in (("qz-samsung-phone", make_mixed89.SAMSUNG), ("qz-honor-phone", make_mixed89.HONOR)):
            m = one(mailbox, case)
            assert message(m)["X-Mailer"] is None and line in plain(m), case
        # the vendor's promotion
        promo = one(mailbox, "vendor-promotion")
        assert "犬只狂犬病免疫" in message(promo)["Subject"] and not files(promo)
        # the questions: no file
        for case in ("ym-question", "qz-question"):
            assert not files(one(mailbox, case)), case
        # the correction, 以此为准
        fixed = [m for m in mailbox if m.is_correction]
        assert [m.case for m in fixed] == ["ym-table-corrected"]
        assert all("以此为准" in plain(m) for m in fixed)
        # late and on time
        late = ("ym-urgent-late", "qz-after-midnight", "qz-summary-late")
        due = {"zhibu": FOUR, "mianyi": DAY24, "summary": DAY31}
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > due[m.requirements[0]], case
        assert all(m.received_at <= due[m.requirements[0]] for m in mailbox
                   if m.campaign in (YM, QZ) and m.case not in late)
