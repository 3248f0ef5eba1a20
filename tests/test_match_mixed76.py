"""Routing on a seventy-sixth, held-out mixed mailbox (tests/fixtures/mixed76).

Two autumn 2086 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init --from-notice`
— the 县残联's 2086年残疾人两项补贴发放情况自查 (the 28 乡镇, 县民政局, 县财政局; an Excel 自查表 and a Word 自查报告
一并, by 10-31 17:00) and the 县欠薪办's 根治欠薪冬季专项行动排查 (seven named departments only; an Excel 排查台账 by 11-15
17:00), 县财政局 owing both — beside the built-in 5·15 (2023) one; 35 mails labelled by hand, written apart from the
routing code. The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
from mixed_suite import opened_files
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, message
from test_match_mixed32 import plain
from test_match_mixed36 import one, sender
from test_match_mixed69 import files, files_by_kind, top_names

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed76"))
import make_mixed76  # noqa: E402
import mixed76_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"yxlxcl": dt.datetime(2086, 10, 31, 17, 0, tzinfo=SH), "hazards": dt.datetime(2086, 11, 15, 17, 0, tzinfo=SH)}
official = mixed76_docs.official
DIS, WAGE = make_mixed76.DIS, make_mixed76.WAGE


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: dis-table / report / wage-table / other."""
    return files_by_kind(mail, lambda ext, first, data: (
        "dis-table" if first == mixed76_docs.DIS_TABLE_TITLE else "wage-table" if first == mixed76_docs.WAGE_TITLE
        else "report" if first.endswith(mixed76_docs.DIS_REPORT_TITLE) else "other"))


class TestMixed76Routing(RoutingTests):
    gen = make_mixed76
    cases = ["dis-clean", "wage-clean", "dis-zip", "dis-clue-only-inside", "dis-report-from-phone",
             "dis-table-next-morning", "dis-corrected", "dis-table-only", "dis-late",
             "dis-town-disabled-association-personal", "dis-department-table-lists-every-town", "wage-auto-reply",
             "wage-sub-office-sends", "wage-forwarded", "wage-question", "wage-straggler-zero", "wage-corrected",
             "both-campaigns-in-one-mail", "wage-resent-alone"]
    size = (30, 40)
    has_corrections = True  # 喇嘛洞镇's corrected 自查表 and 报告 (以此次为准), 县水利局's 台账

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed76.ALL)
        dis, wage = cs[DIS], cs[WAGE]
        (own,) = dis.requirements
        (haz,) = wage.requirements
        assert [own.id, haz.id] == make_mixed76.SELF + make_mixed76.HAZ
        assert [u.name for u in dis.units] == mixed76_docs.TOWNS + ["县民政局", "县财政局"]
        assert [u.name for u in wage.units] == ["县住建局", "县交通局", "县水利局", "县农业农村局", "县教育局", "县卫健局",
                                              "县财政局"]
        assert {u.name for u in dis.units} & {u.name for u in wage.units} == {"县财政局"}  # the one owing both
        assert sorted(p.id for p in own.parts) == ["doc", "table"]  # fix A1: the Word 自查报告 part added
        assert "docx" in {p.id: p.formats for p in own.parts}["doc"]
        assert [p.id for p in haz.parts] == ["table"] and "xlsx" in haz.parts[0].formats
        assert (own.due, haz.due) == (DUES["yxlxcl"], DUES["hazards"])
        assert "自查" not in dis.subject_hints and "欠薪" in wage.subject_hints  # fixes A2, B1

    def test_every_document_opens(self, mailbox):
        """Every file of 2086 opens: Word, Excel (a zip's members too)."""
        kinds = opened_files(mailbox, 2086, files)
        # 自查表: 6 clean + 和尚房子 + 汤神庙 + 喇嘛洞 + 巴什罕 + 要路沟 + 玲珑塔 + 民政局 + 财政局 + 八家子's zip = 15;
        # 台账: 水利 twice + 教育 + 卫健 + 住建 + 交通 + 农业农村 + 财政局 twice = 9; 报告: the 自查表's less 巴什罕乡 = 14
        assert kinds == {"xlsx": 24, "docx": 14}
        assert sum(n.endswith(".zip") for m in mailbox for n in top_names(m)) == 1

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("yxlxcl", "table"): "dis-table", ("yxlxcl", "doc"): "report", ("hazards", "table"): "wage-table"}
        for m in mailbox:
            if m.campaign not in (DIS, WAGE):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(official(m.unit) in t for ts in mat.values() for t in ts), m.name
        # 县财政局: both campaigns' files in one mail, then the 台账 alone
        assert set(material(one(mailbox, "both-campaigns-in-one-mail"))) == {"dis-table", "report", "wage-table"}
        assert top_names(one(mailbox, "wage-resent-alone")) == ["财政局欠薪隐患排查表.xlsx"]
        # 和尚房子乡: a personal QQ, subject 报表, the unit only in the documents
        ci = one(mailbox, "dis-clue-only-inside")
        assert "和尚房子" not in plain(ci) + str(message(ci)["Subject"]) + sender(ci)
        assert top_names(ci) == ["新建 Microsoft Excel 工作表.xlsx", "文档1.docx"]
        # 八家子镇: a zip of both
        assert top_names(one(mailbox, "dis-zip")) == ["八家子镇两项补贴自查.zip"]
        # 县民政局: its table names every 乡镇
        mz = material(one(mailbox, "dis-department-table-lists-every-town"))["dis-table"][0]
        assert all(t in mz for t in mixed76_docs.TOWNS) and "建昌县民政局" in mz
        # 汤神庙镇: the report from a phone, the table next morning
        ph, nx = one(mailbox, "dis-report-from-phone"), one(mailbox, "dis-table-next-morning")
        assert ph.parts == ["doc"] and nx.parts == ["table"] and ph.received_at < nx.received_at
        assert "iPhone" in str(message(ph)["X-Mailer"])
        # 巴什罕乡: the table only
        assert one(mailbox, "dis-table-only").parts == ["table"]
        # 玲珑塔镇 and 县住建局: sent from other addresses
        assert "llt" in sender(one(mailbox, "dis-town-disabled-association-personal"))
        assert "@126.com" in sender(one(mailbox, "wage-sub-office-sends"))
        # 县交通局: a forward
        fw = one(mailbox, "wage-forwarded")
        assert str(message(fw)["Subject"]).startswith("转发") and "县公路事业发展中心" in plain(fw)
        # 县农业农村局: the zero report, a straggler
        zero = one(mailbox, "wage-straggler-zero")
        assert "无在建项目" in material(zero)["wage-table"][0] and zero.received_at > DUES["hazards"] + dt.timedelta(days=30)
        # 喇嘛洞镇: again, 以此次为准
        fixed = one(mailbox, "dis-corrected")
        assert fixed.is_correction and "以此次为准" in plain(fixed)
        assert one(mailbox, "wage-corrected").is_correction  # 县水利局's 台账 again, 以此表为准
        assert [m.is_correction for m in mailbox if m.received_at.year == 2086].count(True) == 2
        # the question, the auto-reply
        assert not files(one(mailbox, "wage-question"))
        ar = one(mailbox, "wage-auto-reply")
        assert str(message(ar)["Subject"]).startswith("自动回复") and not files(ar)
        # late and on time
        late = ("dis-late", "wage-straggler-zero")
        for case in late:
            assert all(m.received_at > DUES[m.requirements[0]] for m in by_case(mailbox, case))
        assert all(m.received_at <= DUES[m.requirements[0]] for m in mailbox
                   if m.campaign in (DIS, WAGE) and m.case not in late)
        assert all(m.received_at > dt.datetime(2086, 10, 21, 14, 30, tzinfo=SH) for m in mailbox if m.campaign == WAGE)
