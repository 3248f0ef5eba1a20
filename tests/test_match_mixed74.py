"""Routing on a seventy-fourth, held-out mixed mailbox (tests/fixtures/mixed74).

Two spring 2084 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init --from-notice`
— the 县总工会's 2084年度困难职工家庭摸底建档 (EIGHT named departments and institutions only; the Excel 摸底表 by
04-26 17:00) and the 县妇联's 2084年度“最美家庭”推荐 (the 28 乡镇 only; an Excel 汇总表 and a Word 推荐表 per family
一并, by 05-12 17:00), the windows overlapping nine days and the units disjoint — beside the built-in 5·15 (2023) one;
34 mails labelled by hand, written apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every mail
right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
from mixed_suite import opened_files
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, docx_text, message
from test_match_mixed32 import plain
from test_match_mixed36 import one, sender
from test_match_mixed69 import cells, files, top_names

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed74"))
import make_mixed74  # noqa: E402
import mixed74_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"knzgjtqkmd": dt.datetime(2084, 4, 26, 17, 0, tzinfo=SH), "zmjttjhzbj": dt.datetime(2084, 5, 12, 17, 0, tzinfo=SH)}
official = mixed74_docs.official
HARD, FAM = make_mixed74.HARD, make_mixed74.FAM


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: hard-table / family-table / family-form / other."""
    out: dict[str, list[str]] = {}
    for name, data in files(mail):
        ext = name.rsplit(".", 1)[-1].lower()
        text = cells(data) if ext == "xlsx" else docx_text(data) if ext == "docx" else ""
        first = text.splitlines()[0] if text else ""
        kind = ("hard-table" if first == mixed74_docs.HARD_TITLE else "family-table" if first == mixed74_docs.FAMILY_TABLE_TITLE
                else "family-form" if first == mixed74_docs.FAMILY_FORM_TITLE else "other")
        out.setdefault(kind, []).append(text or name)
    return out


class TestMixed74Routing(RoutingTests):
    gen = make_mixed74
    cases = ["hard-clean", "family-clean", "auto-reply-to-union-notice", "question-retired", "table-after-question",
             "table-corrected", "bare-file-from-personal-qq", "school-sends-for-the-bureau", "none-to-report",
             "table-late", "family-generic-subject-in-hard-window", "summary-table-first", "forms-next-day",
             "all-in-a-zip", "forwarded-by-the-issuer", "phone-reply-to-notice", "town-women-personal-address",
             "straggler-weeks-late", "town-union-sends-unowed-table", "bureau-sends-unowed-family"]
    size = (30, 40)
    has_corrections = True  # 县住建局's corrected 摸底表 (以此表为准)

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed74.ALL)
        hard, fam = cs[HARD], cs[FAM]
        (hreq,) = hard.requirements
        (freq,) = fam.requirements
        assert [hreq.id, freq.id] == make_mixed74.HREQ + make_mixed74.FREQ
        assert [u.name for u in hard.units] == make_mixed74.DEPTS  # departments only
        towns = [u.name for u in fam.units]
        assert len(towns) == 28 and not set(towns) & set(make_mixed74.DEPTS)  # the units disjoint
        assert [p.id for p in hreq.parts] == ["table"] and "xlsx" in hreq.parts[0].formats
        assert sorted(p.id for p in freq.parts) == ["doc", "table"]
        assert "docx" in {p.id: p.formats for p in freq.parts}["doc"]
        assert (hreq.due, freq.due) == (DUES["knzgjtqkmd"], DUES["zmjttjhzbj"])
        assert "推荐" not in fam.subject_hints and "困难职工" in hard.subject_hints  # the clerk's fixes W1, G1

    def test_every_document_opens(self, mailbox):
        """Every file of 2084 opens: Excel, Word (a zip's members too)."""
        kinds = opened_files(mailbox, 2084, files)
        # 摸底表: 9 filed + 大屯镇's; 汇总表: 11 towns' mails (巴什罕乡's second has none) + 教育局's; 推荐表: one per family
        assert set(kinds) == {"xlsx", "docx"} and kinds["xlsx"] == 10 + 12 and kinds["docx"] >= 14

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("knzgjtqkmd", "table"): "hard-table", ("zmjttjhzbj", "table"): "family-table",
                ("zmjttjhzbj", "doc"): "family-form"}
        for m in mailbox:
            if m.campaign not in (HARD, FAM):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(official(m.unit) in t for ts in mat.values() for t in ts), m.name
        # the forms are one per family the 汇总表 lists
        for m in mailbox:
            if m.campaign == FAM and m.parts == ["doc", "table"]:
                mat = material(m)
                assert len(mat["family-form"]) == len(mat["family-table"][0].splitlines()) - 3, m.name
        # 县交通局: a personal QQ, subject 报表, a bare 摸底表.xlsx; the unit only in the table
        qq = one(mailbox, "bare-file-from-personal-qq")
        assert "交通" not in plain(qq) + str(message(qq)["Subject"]) + sender(qq) and sender(qq).endswith(("qq.com", "163.com"))
        assert top_names(qq) == ["摸底表.xlsx"] and "建昌县交通运输局" in cells(files(qq)[0][1])
        # 县教育局's table from the school's 工会
        sc = one(mailbox, "school-sends-for-the-bureau")
        assert "受县教育局工会委托" in plain(sc) and "第一高级中学" in str(message(sc)["From"])
        # 县气象局: 无
        assert "本单位无困难职工家庭" in material(one(mailbox, "none-to-report"))["hard-table"][0]
        # 头道营子乡: generic names, 困难职工 in the 推荐表, before the 摸底表's deadline
        td = one(mailbox, "family-generic-subject-in-hard-window")
        assert top_names(td) == ["头道营子乡汇总表.xlsx", "头道营子乡推荐表.docx"] and td.received_at < DUES["knzgjtqkmd"]
        assert "困难职工" in material(td)["family-form"][0]
        # 喇嘛洞镇: a zip
        assert [n.rsplit(".", 1)[-1] for n in top_names(one(mailbox, "all-in-a-zip"))] == ["zip"]
        # 黑山科乡: forwarded by the 县妇联, the town named in the quoted header
        fw = one(mailbox, "forwarded-by-the-issuer")
        assert "县妇联" in str(message(fw)["From"]) and "黑山科乡妇联" in plain(fw)
        # 牤牛营子乡: an iPhone reply quoting the notice
        ph = one(mailbox, "phone-reply-to-notice")
        assert "发自我的iPhone" in plain(ph) and "各乡镇人民政府" in plain(ph)
        # 巴什罕乡: the 汇总表, then the 推荐表
        assert one(mailbox, "summary-table-first").parts == ["table"] and one(mailbox, "forms-next-day").parts == ["doc"]
        # the units that do not owe: 大屯镇's 摸底表, 县教育局's 推荐
        assert set(material(one(mailbox, "town-union-sends-unowed-table"))) == {"hard-table"}
        assert set(material(one(mailbox, "bureau-sends-unowed-family"))) == {"family-table", "family-form"}
        # 县住建局: the table again, 以此表为准
        fixed = one(mailbox, "table-corrected")
        assert fixed.is_correction and "以此表为准" in plain(fixed)
        assert [m.is_correction for m in mailbox if m.received_at.year == 2084].count(True) == 1
        # the question, the auto-reply
        assert not files(one(mailbox, "question-retired")) and not files(one(mailbox, "auto-reply-to-union-notice"))
        # late and on time
        late = ("table-late", "straggler-weeks-late")
        for case in late:
            assert all(m.received_at > DUES[m.requirements[0]] for m in by_case(mailbox, case))
        assert all(m.received_at <= DUES[m.requirements[0]] for m in mailbox
                   if m.campaign in (HARD, FAM) and m.case not in late)
        assert all(m.received_at > dt.datetime(2084, 4, 17, 10, 0, tzinfo=SH) for m in mailbox if m.campaign == FAM)
