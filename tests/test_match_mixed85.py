"""Routing on an eighty-fifth, held-out mixed mailbox (tests/fixtures/mixed85).

Two April–May 2095 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init
--from-notice` — the 县侨联's 2095年全县归侨侨眷基本情况调查 (TEN UNITS: eight 乡 by name, the 县公安局 and “县委统战部
（县民族宗教局）”; an Excel 登记表 and a Word 工作情况报告, by 04-30, the 调休 Saturday before the 劳动节 holiday, 17:00)
and the 县委保密办's 2095年度机关单位保密工作自查自评 (TEN UNITS: seven departments and three 直属机构; a Word 自查报告, an
Excel 评分表 and the signed and stamped 承诺书 as a PDF scan, by 05-13 17:00: opened five days before the other closes
and open across the holiday; the 公安局 and the 民族宗教局 owe both) — beside the built-in 5·15 (2023) one; 37 mails
labelled by hand, written apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every mail right in
both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import yaml
from mixed_mailbox_tests import RoutingTests
from mixed_suite import kept_draft_as_drafted, opened_files
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, docx_text, message
from test_match_mixed32 import plain
from test_match_mixed36 import one
from test_match_mixed81 import files
from test_match_mixed83 import sheets

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed85"))
import make_mixed85  # noqa: E402
import mixed85_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
SATURDAY = dt.datetime(2095, 4, 30, 17, 0, tzinfo=SH)  # the 侨联's due, the 调休 working day
FRIDAY = dt.datetime(2095, 5, 13, 17, 0, tzinfo=SH)  # the 保密办's
HOLIDAY = (dt.datetime(2095, 5, 1, tzinfo=SH), dt.datetime(2095, 5, 6, tzinfo=SH))  # 劳动节, 05-01 to 05-05
official = mixed85_docs.official
QL, BM = make_mixed85.QL, make_mixed85.BM
TAIL = re.compile(r"ATT\d{5}\.(htm|txt)")


def named(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every file, Exchange's ATT00001.htm (the body's tail after the files, not a document) left
    out, and the spaces a phone left in a name taken off."""
    return [(re.sub(r"\s+\.", ".", name.strip()), data) for name, data in files(mail) if not TAIL.fullmatch(name)]


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: qiao / qreport / bmreport / bmtable / pledge / other."""
    out: dict[str, list[str]] = {}
    for name, data in named(mail):
        ext = name.rsplit(".", 1)[-1].lower()
        text = ("\n".join(sheets(data).values()) if ext == "xlsx" else docx_text(data) if ext == "docx" else "")
        first = text.splitlines()[0] if text else ""
        kind = ("qiao" if ext == "xlsx" and first.startswith(mixed85_docs.QIAO_TITLE)
                else "bmtable" if ext == "xlsx" and first.startswith(mixed85_docs.BM_TABLE_TITLE)
                else "qreport" if ext == "docx" and first.endswith(mixed85_docs.QREPORT_TITLE)
                else "bmreport" if ext == "docx" and first.endswith(mixed85_docs.BM_REPORT_TITLE)
                else "pledge" if ext == "pdf" and data[:5] == b"%PDF-" else "other")
        out.setdefault(kind, []).append(text or name)
    return out


class TestMixed85Routing(RoutingTests):
    gen = make_mixed85
    cases = ["ql-clean", "bm-clean", "ql-spaces-in-file-names", "ql-tencent-docs-share-text", "ql-report-after-share",
             "ql-fwd-fwd-external-tag", "ql-wps-content-types", "ql-saturday-after-five", "ql-late-in-holiday",
             "ql-table-corrected", "ql-police-exit-entry-table", "ql-police-report", "ql-returnee-writes",
             "bm-iphone-exchange-att00001", "bm-sensitivity-confidential", "bm-copy-suffix-version-chain",
             "bm-holiday-pledge-first", "bm-rest-after-holiday", "bm-files-named-only-by-unit", "bm-no-pledge",
             "bm-late", "bm-table-corrected", "bm-question", "both-campaigns-one-workbook", "bm-after-one-workbook",
             "ql-after-one-workbook"]
    size = (36, 45)
    has_corrections = True  # 老大杖子乡's 登记表 and 县财政局's 评分表, each “以此为准”
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled
    open_mails: dict[str, str] = {}  # 027 (the draft history in its file names) closed by h-fixr85

    def test_the_drafter_still_drafts_what_the_clerk_kept(self, tmp_path):
        """`collector campaign init --from-notice` on each notice gives the draft kept in campaigns/drafts/; the clerk's
        campaign has its id and deadlines, and its units but the one the clerk added (Q1: the 侨联's “县委统战部（县民族
        宗教局）”, which the drafter left out and asked about)."""
        kept = {c.id: c for c in self.campaigns()}
        added = {QL: ["县民族宗教局"], BM: []}
        for cid, notice in self.gen.NOTICE_FILES.items():
            (tmp_path / cid).mkdir()
            drafted = kept_draft_as_drafted(self.gen.CAMPAIGNS_DIR / notice, tmp_path / cid)
            assert drafted.id == kept[cid].id
            assert [u.name for u in drafted.units] + added[cid] == [u.name for u in kept[cid].units]
            assert [r.due for r in drafted.requirements] == [r.due for r in kept[cid].requirements]
        ql_draft = yaml.safe_load((self.gen.CAMPAIGNS_DIR / "drafts" /
                                   f"{Path(self.gen.NOTICE_FILES[QL]).stem}.draft.yaml").read_text(encoding="utf-8"))
        assert len(ql_draft["unsettled"]) == 1 and "县民族宗教局" in ql_draft["unsettled"][0]

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed85.ALL)
        ql, bm = cs[QL], cs[BM]
        (qiaoqing,) = ql.requirements
        (baomi,) = bm.requirements
        assert [qiaoqing.id, baomi.id] == make_mixed85.QQ + make_mixed85.BB  # Q3, B1
        assert [u.name for u in ql.units] == make_mixed85.QL_UNITS  # Q1
        assert [u.name for u in bm.units] == make_mixed85.BM_UNITS
        assert {u.name for u in ql.units} & {u.name for u in bm.units} == {"县公安局", "县民族宗教局"}
        assert qiaoqing.due == SATURDAY and baomi.due == FRIDAY
        assert sorted(p.id for p in qiaoqing.parts) == ["doc", "table"]
        assert sorted(p.id for p in baomi.parts) == ["doc", "stamped", "table"]
        assert next(p for p in baomi.parts if p.id == "stamped").formats == ["pdf"]
        assert "调查" not in ql.subject_hints and "归侨侨眷" in ql.subject_hints  # Q2
        assert "归侨侨眷登记表" in next(p for p in qiaoqing.parts if p.id == "table").words  # Q4
        assert "保密工作自查" in bm.subject_hints  # B3
        assert "保密工作自查" in next(p for p in baomi.parts if p.id == "doc").words  # B2
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed85.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]

    def test_every_document_opens(self, mailbox):
        """Every file of 2095 opens: Excel, Word, the PDF scans (Exchange's ATT00001.htm is the body's tail)."""
        kinds = opened_files(mailbox, 2095, named)
        # xlsx: 登记表 2 clean + 头道营子 + 石佛 + 王宝营子 + 要路沟 + 西碱厂 + 魏家岭 + 老大杖子 (更正) + 公安 + 民宗
        # = 11; 评分表 2 clean + 公安 + 司法 + 自然资源 + 信访 + 人社 + 交易 + 融媒体 + 财政 (更正) + 民宗 = 11; the
        # 民宗局's two-sheet workbook 1: 23. docx: 侨情报告 2 + 头道营子 + 石佛 + 王宝营子 + 要路沟 + 西碱厂 + 魏家岭 +
        # 公安 + 民宗 2 = 11; 保密报告 2 + 公安 + 司法 + 自然资源 + 信访 + 人社 + 交易 + 融媒体 + 民宗 2 = 11: 22.
        # pdf: 承诺书 2 + 公安 + 司法 + 自然资源 + 信访 + 人社 + 融媒体 + 民宗 2 = 10
        assert kinds == {"xlsx": 23, "docx": 22, "pdf": 10}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("qiaoqing", "table"): "qiao", ("qiaoqing", "doc"): "qreport", ("baomi", "doc"): "bmreport",
                ("baomi", "table"): "bmtable", ("baomi", "stamped"): "pledge"}
        for m in mailbox:
            if m.campaign not in (QL, BM):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            texts = [t for k, ts in mat.items() if k != "pledge" for t in ts]
            assert all(official(m.unit) in t for t in texts), m.name
        # 石佛乡: spaces a phone left in the names
        spaced = one(mailbox, "ql-spaces-in-file-names")
        assert all(" ." in n for n, _ in files(spaced))
        assert b"filename*=utf-8''%20" in spaced.raw  # the leading space (the email package strips it on reading)
        # 王宝营子乡: the Tencent Docs share text in the body, the exported workbook attached
        share = plain(one(mailbox, "ql-tencent-docs-share-text"))
        assert "【腾讯文档】" in share and "https://docs.qq.com/sheet/" in share
        # 要路沟乡: Fwd over 转发 over the gateway's 【外部邮件】, from the deputy head's 126
        fwd = message(one(mailbox, "ql-fwd-fwd-external-tag"))
        assert str(fwd["Subject"]).startswith("Fwd: 转发: 【外部邮件】") and fwd["From"].addresses[0].domain == "126.com"
        # 头道营子乡: WPS's own content types
        wps = [p.get_content_type() for p in message(one(mailbox, "ql-wps-content-types")).walk() if p.get_filename()]
        assert wps == ["application/kset", "application/kswps"]
        # 公安局: the ATT00001.htm Exchange made of the iPhone's tail
        att = [n for n, _ in files(one(mailbox, "bm-iphone-exchange-att00001"))]
        assert att[-1] == "ATT00001.htm" and len(att) == 4
        assert message(one(mailbox, "bm-iphone-exchange-att00001"))["X-Mailer"].startswith("iPhone Mail")
        # 司法局: Outlook's sensitivity
        assert message(one(mailbox, "bm-sensitivity-confidential"))["Sensitivity"] == "Company-Confidential"
        # 自然资源局: “ - 副本” and the version chain
        assert all(" - 副本" in n for n, _ in files(one(mailbox, "bm-copy-suffix-version-chain"))[:2])
        # 人社局: three files named by the unit only
        assert sorted(n for n, _ in files(one(mailbox, "bm-files-named-only-by-unit"))) == [
            "人社局.docx", "人社局.pdf", "人社局.xlsx"]
        # 民族宗教局: one workbook, a sheet for each campaign's table
        (book,) = [data for n, data in files(one(mailbox, "both-campaigns-one-workbook")) if n.endswith(".xlsx")]
        assert list(sheets(book)) == [mixed85_docs.QIAO_TITLE, mixed85_docs.BM_TABLE_TITLE]
        # the private 归侨, the 档案馆's question: no file
        assert not files(one(mailbox, "ql-returnee-writes")) and not files(one(mailbox, "bm-question"))
        assert message(one(mailbox, "ql-returnee-writes"))["From"].addresses[0].domain == "gmail.com"
        # the corrections, 以此为准
        fixed = [m for m in mailbox if m.is_correction]
        assert sorted(m.case for m in fixed) == ["bm-table-corrected", "ql-table-corrected"]
        assert all("以此为准" in plain(m) for m in fixed)
        # in the holiday
        for case in ("ql-table-corrected", "bm-holiday-pledge-first", "ql-late-in-holiday"):
            assert HOLIDAY[0] <= one(mailbox, case).received_at < HOLIDAY[1], case
        # late and on time
        late = ("ql-saturday-after-five", "ql-late-in-holiday", "ql-after-one-workbook", "bm-late")
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > (SATURDAY if m.campaign == QL else FRIDAY), case
        assert all(m.received_at <= (SATURDAY if m.campaign == QL else FRIDAY) for m in mailbox
                   if m.campaign in (QL, BM) and m.case not in late and not m.is_correction)
