"""Routing on an eighty-sixth, held-out mixed mailbox (tests/fixtures/mixed86).

Two June–July 2096 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init
--from-notice` — the 县林长办's 2096年上半年林长制工作情况 (NINE UNITS: six 镇, two 乡 and the 县自然资源局; an Excel
巡林情况统计表 and a Word 工作总结, by “6月30日前”, no hour, kept as 06-30 23:59:59) and the 县文化馆's 2096年非物质文化
遗产资源调查 (its notice a .docx; EIGHT UNITS: two 镇, four 乡, the 县档案馆 and the 县融媒体中心; an Excel 线索登记表 and a
Word 调查工作报告, by 06-26 中午12:00; 喇嘛洞镇 and 药王庙镇 owe both) — beside the built-in 5·15 (2023) one; 35 mails
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
from test_match_mixed27 import by_case, docx_text, message
from test_match_mixed32 import plain
from test_match_mixed36 import one
from test_match_mixed81 import files
from test_match_mixed83 import sheets

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed86"))
import make_mixed86  # noqa: E402
import mixed86_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
END_OF_JUNE = dt.datetime(2096, 6, 30, 23, 59, 59, tzinfo=SH)  # the 林长办's “6月30日前”, no hour
NOON = dt.datetime(2096, 6, 26, 12, 0, tzinfo=SH)  # the 文化馆's
official = mixed86_docs.official
LZ, FY = make_mixed86.LZ, make_mixed86.FY


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: lztable / lzdoc / fytable / fydoc / other."""
    out: dict[str, list[str]] = {}
    for name, data in files(mail):
        ext = name.rsplit(".", 1)[-1].lower()
        text = ("\n".join(sheets(data).values()) if ext == "xlsx" else docx_text(data) if ext == "docx" else "")
        first = text.splitlines()[0] if text else ""
        kind = ("lztable" if ext == "xlsx" and first.startswith(mixed86_docs.LZ_TABLE_TITLE)
                else "fytable" if ext == "xlsx" and first.startswith(mixed86_docs.FY_TABLE_TITLE)
                else "lzdoc" if ext == "docx" and first.endswith(mixed86_docs.LZ_DOC_TITLE)
                else "fydoc" if ext == "docx" and first.endswith(mixed86_docs.FY_DOC_TITLE) else "other")
        out.setdefault(kind, []).append(text or name)
    return out


class TestMixed86Routing(RoutingTests):
    gen = make_mixed86
    cases = ["lz-clean", "fy-clean", "lz-table-first", "lz-reply-on-office-receipt", "lz-credit-code-names",
             "lz-spark-iphone", "lz-slash-in-name", "lz-sohu-ad-footer", "lz-follow-up-flag", "lz-table-corrected",
             "lz-doc-corrected-after-due", "lz-question", "lz-late", "fy-meipian-instead-of-report",
             "fy-report-after-meipian", "fy-content-description", "fy-after-noon-due", "fy-both-then-table-corrected",
             "fy-table-corrected", "fy-subject-names-linzhang", "fy-question", "fy-no-report", "fy-not-owed-wenlv",
             "mailbox-nearly-full"]
    size = (34, 40)
    has_corrections = True  # 汤神庙镇's 统计表, 八家子镇's 总结, 药王庙镇's 登记表, each “以此为准”
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled
    open_mails = {}

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed86.ALL)
        lz, fy = cs[LZ], cs[FY]
        (linzhang,) = lz.requirements
        (feiyi,) = fy.requirements
        assert [linzhang.id, feiyi.id] == make_mixed86.LL + make_mixed86.FF  # L1, F1
        assert [u.name for u in lz.units] == make_mixed86.LZ_UNITS
        assert [u.name for u in fy.units] == make_mixed86.FY_UNITS
        assert {u.name for u in lz.units} & {u.name for u in fy.units} == {"喇嘛洞镇", "药王庙镇"}
        assert linzhang.due == END_OF_JUNE and feiyi.due == NOON  # L3
        assert sorted(p.id for p in linzhang.parts) == ["doc", "table"]  # L1
        assert sorted(p.id for p in feiyi.parts) == ["doc", "table"]
        assert "林长制工作" in lz.subject_hints  # L2
        assert "非遗资源线索" in next(p for p in feiyi.parts if p.id == "table").words  # F2
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed86.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]
        drafts = make_mixed86.CAMPAIGNS_DIR / "drafts"
        lz_draft = yaml.safe_load((drafts / "2096-06-08-林长制工作情况通知.draft.yaml").read_text(encoding="utf-8"))
        assert len(lz_draft["unsettled"]) == 3 and [p["id"] for p in lz_draft["requirements"][0]["parts"]] == ["doc"]

    def test_every_document_opens(self, mailbox):
        """Every file of 2096 opens: Excel and Word."""
        kinds = opened_files(mailbox, 2096, files)
        # xlsx: 林长 2 clean + 喇嘛洞 + 药王庙 + 玲珑塔 + 大屯 + 牤牛营子 + 自然资源 + 汤神庙 (更正) + 新开岭 = 10; 非遗 2
        # clean + 谷杖子 + 和尚房子 + 巴什罕 + 药王庙 2 + 喇嘛洞 + 融媒体 + 文旅局 = 10: 20. docx: 林长 2 + 喇嘛洞 + 药王庙
        # + 玲珑塔 + 大屯 + 牤牛营子 + 自然资源 + 八家子 (更正) + 新开岭 = 10; 非遗 2 + 谷杖子 + 和尚房子 + 巴什罕 +
        # 药王庙 + 喇嘛洞 = 7: 17
        assert kinds == {"xlsx": 20, "docx": 17}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("linzhang", "table"): "lztable", ("linzhang", "doc"): "lzdoc", ("feiyi", "table"): "fytable",
                ("feiyi", "doc"): "fydoc"}
        for m in mailbox:
            if m.campaign not in (LZ, FY):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(official(m.unit) in t for ts in mat.values() for t in ts), m.name
        # 喇嘛洞镇: a reply on the office's own 收到, quoting it
        receipt = plain(one(mailbox, "lz-reply-on-office-receipt"))
        assert "收到。巡林情况统计表已收" in receipt and str(message(one(mailbox, "lz-reply-on-office-receipt"))[
            "Subject"]).startswith("回复：回复：")
        # 药王庙镇: files named by the credit code
        assert sorted(n for n, _ in files(one(mailbox, "lz-credit-code-names"))) == [
            f"{make_mixed86.CREDIT_CODE}.docx", f"{make_mixed86.CREDIT_CODE}.xlsx"]
        # 玲珑塔镇: Spark
        spark = message(one(mailbox, "lz-spark-iphone"))
        assert spark["X-Mailer"] is None and spark["Message-ID"].endswith("@Spark>") and "Sent with Spark" in plain(
            one(mailbox, "lz-spark-iphone"))
        # 大屯镇: a slash in a file name (Apple Mail)
        slashed = one(mailbox, "lz-slash-in-name")
        assert make_mixed86.SLASHED in [n for n, _ in files(slashed)] and b"%2F" in slashed.raw
        assert message(slashed)["X-Mailer"].startswith("Apple Mail")
        # 牤牛营子乡: Sohu's footer
        sohu = one(mailbox, "lz-sohu-ad-footer")
        assert message(sohu)["From"].addresses[0].domain == "sohu.com" and "mail.sohu.com" in plain(sohu)
        # 自然资源局: Outlook's follow-up flag
        flagged = message(one(mailbox, "lz-follow-up-flag"))
        assert flagged["X-Message-Flag"] == "答复" and flagged["Reply-By"]
        # 和尚房子乡: the names 附件1/附件2, the materials only in Content-Description
        described = message(one(mailbox, "fy-content-description"))
        parts = [p for p in described.walk() if p.get_filename()]
        assert [(p.get_filename(), str(p["Content-Description"])) for p in parts] == make_mixed86.DESCRIBED
        # 谷杖子乡: the 美篇 link in place of the report
        meipian = one(mailbox, "fy-meipian-instead-of-report")
        assert make_mixed86.MEIPIAN_LINK in plain(meipian) and "【美篇】" in plain(meipian)
        # 喇嘛洞镇's 非遗 mail under its 林长制 subject
        assert str(message(one(mailbox, "fy-subject-names-linzhang"))["Subject"]) == "喇嘛洞镇林长制工作情况"
        # the questions and the system's notice: no file
        for case in ("lz-question", "fy-question", "mailbox-nearly-full"):
            assert not files(one(mailbox, case)), case
        # the corrections, 以此为准
        fixed = [m for m in mailbox if m.is_correction]
        assert sorted(m.case for m in fixed) == ["fy-table-corrected", "lz-doc-corrected-after-due",
                                                 "lz-table-corrected"]
        assert all("以此为准" in plain(m) for m in fixed)
        # late and on time
        late = ("lz-late", "fy-after-noon-due")
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > (END_OF_JUNE if m.campaign == LZ else NOON), case
        assert all(m.received_at <= (END_OF_JUNE if m.campaign == LZ else NOON) for m in mailbox
                   if m.campaign in (LZ, FY) and m.case not in late and not m.is_correction)
