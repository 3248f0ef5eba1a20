"""Routing on a ninetieth, held-out mixed mailbox (tests/fixtures/mixed90).

Two July 2100 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init
--from-notice` — the 县地名委员会办公室's 2100年农村门牌设置情况 (EIGHT UNITS: two 镇, five 乡, the 县自然资源局; an
Excel 门牌设置情况统计表 and a Word 地名标志设置工作情况报告, by “7月16日（星期五）上午11时前”) and the
县粮食和物资储备中心's 2100年农户科学储粮仓发放情况 (its notice a .docx; EIGHT UNITS: two 镇, five 乡, the 县供销社;
TWO REQUIREMENTS: an Excel 发放花名册 with 3 or more 发放现场照片 by “7月23日（星期五）前”, a Word 工作总结 by
“7月30日（星期五）前”; 八家子镇 and 新开岭乡 owe both campaigns) — beside the built-in 5·15 (2023) one; 35 mails
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

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed90"))
import make_mixed90  # noqa: E402
import mixed90_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
ELEVEN = dt.datetime(2100, 7, 16, 11, 0, tzinfo=SH)  # the 地名办's “上午11时前”
DAY23 = dt.datetime(2100, 7, 23, 23, 59, 59, tzinfo=SH)  # the 粮储中心's “7月23日（星期五）前”
DAY30 = dt.datetime(2100, 7, 30, 23, 59, 59, tzinfo=SH)  # “7月30日（星期五）前”
official = mixed90_docs.official
DM, CL = make_mixed90.DM, make_mixed90.CL


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: dmtable / dmdoc / cltable / cldoc / photo / other."""
    out: dict[str, list[str]] = {}
    for name, ext, data, text, first in files_read(mail):
        kind = ("dmtable" if ext == "xlsx" and first.startswith(mixed90_docs.DM_TABLE_TITLE)
                else "cltable" if ext == "xlsx" and first.startswith(mixed90_docs.CL_TABLE_TITLE)
                else "dmdoc" if ext == "docx" and first.endswith(mixed90_docs.DM_DOC_TITLE)
                else "cldoc" if ext == "docx" and first.endswith(mixed90_docs.CL_DOC_TITLE)
                else "photo" if ext == "jpg" and data[:2] == b"\xff\xd8"
                else "other")
        out.setdefault(kind, []).append(text or name)
    return out


def only(mail, ext: str) -> str:
    (name,) = [n for n, _ in files(mail) if n.endswith("." + ext)]
    return name


class TestMixed90Routing(RoutingTests):
    gen = make_mixed90
    cases = ["dm-clean", "cl-clean", "dm-the-bat", "dm-tab-colour", "dm-question", "dm-excel-table",
             "dm-page-breaks-table-first", "dm-report-before-eleven", "dm-late", "dm-ziran", "dm-table-corrected",
             "dm-not-owed-minzheng", "cl-vivo-phone", "cl-summary-hezhangzi", "cl-four-photos", "cl-table-only",
             "cl-summary-signature", "cl-late-evening", "cl-summary-last-night", "cl-after-midnight",
             "cl-summary-late", "cl-question", "cl-gongxiao", "cl-summary-gongxiao", "vendor-promotion"]
    size = (30, 40)
    has_corrections = True  # 县自然资源局's 统计表, “以此为准”
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled
    open_mails = {}

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed90.ALL)
        dm, cl = cs[DM], cs[CL]
        (menpai,) = dm.requirements
        fafang, summary = cl.requirements
        assert [menpai.id, fafang.id, summary.id] == make_mixed90.MP + make_mixed90.FF + make_mixed90.SU  # D1, C1
        assert [u.name for u in dm.units] == make_mixed90.DM_UNITS
        assert [u.name for u in cl.units] == make_mixed90.CL_UNITS
        assert {u.name for u in dm.units} & {u.name for u in cl.units} == {"八家子镇", "新开岭乡"}
        assert menpai.due == ELEVEN and fafang.due == DAY23 and summary.due == DAY30
        assert sorted(p.id for p in menpai.parts) == ["stamped", "table"]
        assert sorted(p.id for p in fafang.parts) == ["photos", "table"]
        assert [p.id for p in summary.parts] == ["doc"]
        table = next(p for p in menpai.parts if p.id == "table")
        assert table.title == mixed90_docs.DM_TABLE_TITLE  # D2
        stamped = next(p for p in menpai.parts if p.id == "stamped")
        assert stamped.title == mixed90_docs.DM_DOC_TITLE and "docx" in stamped.formats  # D3
        ctable = next(p for p in fafang.parts if p.id == "table")
        assert ctable.title == mixed90_docs.CL_TABLE_TITLE  # C3
        photos = next(p for p in fafang.parts if p.id == "photos")
        assert photos.kind == "photo" and photos.min_count == 3
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed90.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]  # C2
        drafts = make_mixed90.CAMPAIGNS_DIR / "drafts"
        cl_draft = yaml.safe_load((drafts / "2100-07-06-农户科学储粮仓发放情况通知.draft.yaml").read_text(encoding="utf-8"))
        assert len(cl_draft["unsettled"]) == 2

    def test_every_document_opens(self, mailbox):
        """Every file of 2100 opens: Excel, Word and the photos."""
        kinds = opened_files(mailbox, 2100, files)
        # xlsx: 门牌 2 clean + 牤牛营子 + 素珠营子 + 王宝营子 + 头道营子 + 新开岭 + 自然资源 2 + 民政 = 10; 储粮仓 1
        # clean + 贺杖子 + 养马甸子 + 和尚房子 + 供销 + 八家子 + 新开岭 = 7: 17. docx: 门牌 2 + 牤牛营子 + 素珠营子 +
        # 王宝营子 + 头道营子 + 新开岭 + 自然资源 = 8; 总结 5: 13. jpg: 3 each of 大屯, 贺杖子, 供销, 八家子, 新开岭
        # (15) + 养马甸子 4 = 19
        assert kinds == {"xlsx": 17, "docx": 13, "jpg": 19}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("menpai", "table"): "dmtable", ("menpai", "stamped"): "dmdoc", ("fafang", "table"): "cltable",
                ("fafang", "photos"): "photo", ("summary", "doc"): "cldoc"}
        for m in mailbox:
            if m.campaign not in (DM, CL):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(official(m.unit) in t for k, ts in mat.items() if k != "photo" for t in ts), m.name
            if "photos" in m.parts:
                assert len(mat["photo"]) >= 3, m.name
        # 牤牛营子乡: The Bat!
        assert message(one(mailbox, "dm-the-bat"))["X-Mailer"] == make_mixed90.THEBAT
        # 素珠营子乡: a coloured sheet tab
        tc = one(mailbox, "dm-tab-colour")
        assert b"<tabColor" in members(tc, only(tc, "xlsx"))["xl/worksheets/sheet1.xml"]
        # 王宝营子乡: an Excel table (ListObject)
        lo = one(mailbox, "dm-excel-table")
        mem = members(lo, only(lo, "xlsx"))
        assert b"<tableParts" in mem["xl/worksheets/sheet1.xml"] and "xl/tables/table1.xml" in mem
        # 头道营子乡: manual page breaks; then the 报告 with page numbers, before 上午11时
        pb = one(mailbox, "dm-page-breaks-table-first")
        assert b"<rowBreaks" in members(pb, only(pb, "xlsx"))["xl/worksheets/sheet1.xml"]
        pg = one(mailbox, "dm-report-before-eleven")
        footers = [v for k, v in members(pg, only(pg, "docx")).items() if k.startswith("word/footer")]
        assert any(b'w:instr="PAGE"' in f for f in footers)
        assert pg.received_at < ELEVEN < one(mailbox, "dm-late").received_at
        # 和尚房子乡: a signature picture in the 总结
        sg = one(mailbox, "cl-summary-signature")
        assert any(k.startswith("word/media/") for k in members(sg, only(sg, "docx")))
        # 贺杖子乡: vivo's own mail app, no X-Mailer
        vv = one(mailbox, "cl-vivo-phone")
        assert message(vv)["X-Mailer"] is None and make_mixed90.VIVO in plain(vv)
        # the vendor's promotion
        promo = one(mailbox, "vendor-promotion")
        assert "储粮仓发放" in message(promo)["Subject"] and not files(promo)
        # the questions: no file
        for case in ("dm-question", "cl-question"):
            assert not files(one(mailbox, case)), case
        # the correction, 以此为准
        fixed = [m for m in mailbox if m.is_correction]
        assert [m.case for m in fixed] == ["dm-table-corrected"]
        assert all("以此为准" in plain(m) for m in fixed)
        # late and on time
        late = ("dm-late", "cl-after-midnight", "cl-summary-late")
        due = {"menpai": ELEVEN, "fafang": DAY23, "summary": DAY30}
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > due[m.requirements[0]], case
        assert all(m.received_at <= due[m.requirements[0]] for m in mailbox
                   if m.campaign in (DM, CL) and m.case not in late)
