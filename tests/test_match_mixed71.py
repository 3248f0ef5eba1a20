"""Routing on a seventy-first, held-out mixed mailbox (tests/fixtures/mixed71).

Two spring 2081 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init --from-notice`
— the 县征兵办's 2081年度兵役登记 (the 28 乡镇, two requirements of the same units in two stages: the Word 实施方案 by
03-10 17:00, the Excel 统计表 by 03-28 17:00) and the 县食安办's 春季学校及周边食品安全专项检查 (the 28 乡镇, 县教育局,
县市场局; an Excel 统计表 and a stamped PDF 总结 一并, by 03-21 17:00, inside the 兵役 window), every 乡镇 owing both —
beside the built-in 5·15 (2023) one; 35 mails labelled by hand, written apart from the routing code. The bar of
tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
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
from test_match_mixed69 import cells, files, is_scan, is_whole_scan, top_names

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed71"))
import make_mixed71  # noqa: E402
import mixed71_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"plan": dt.datetime(2081, 3, 10, 17, 0, tzinfo=SH), "statistics": dt.datetime(2081, 3, 28, 17, 0, tzinfo=SH),
        "inspection": dt.datetime(2081, 3, 21, 17, 0, tzinfo=SH)}
official = mixed71_docs.official
TOWNS_28 = 28
CON, FOOD = make_mixed71.CON, make_mixed71.FOOD


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: plan / con-table / food-table / scan / other."""
    out: dict[str, list[str]] = {}
    for name, data in files(mail):
        ext = name.rsplit(".", 1)[-1].lower()
        text = cells(data) if ext == "xlsx" else docx_text(data) if ext == "docx" else ""
        first = text.splitlines()[0] if text else ""
        kind = ("scan" if ext == "pdf" and is_scan(data) else "con-table" if first == mixed71_docs.CON_TABLE_TITLE
                else "food-table" if first == mixed71_docs.FOOD_TABLE_TITLE
                else "plan" if first.endswith(mixed71_docs.PLAN_TITLE) else "other")
        out.setdefault(kind, []).append(text or name)
    return out


class TestMixed71Routing(RoutingTests):
    gen = make_mixed71
    cases = ["plan-clean", "food-clean", "stats-clean", "read-receipt", "plan-corrected", "stats-before-plan",
             "plan-after-stats", "plan-generic-name-in-food-window", "plan-file-named-new-document",
             "plan-as-scanned-pdf", "plan-late", "stats-late", "food-files-named-generic", "summary-pdf-first",
             "table-next-day", "education-reply-quoting-notice", "food-late", "reply-to-the-other-notice",
             "both-campaigns-in-one-mail", "stats-question"]
    size = (32, 40)
    has_corrections = True  # 建昌镇's corrected 实施方案 (以此稿为准)

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed71.ALL)
        con, food = cs[CON], cs[FOOD]
        plan, stats = con.requirements
        (insp,) = food.requirements
        assert [plan.id, stats.id, insp.id] == make_mixed71.PLAN + make_mixed71.STATS + make_mixed71.INSP
        towns = [u.name for u in con.units]
        assert len(towns) == TOWNS_28
        for r in con.requirements:  # the same units owe both stages
            assert [u.name for u in con.units if r in con.requirements_for(u)] == towns
        assert [u.name for u in food.units] == towns + ["县教育局", "县市场局"]  # every 乡镇 owes both campaigns
        assert [p.id for p in plan.parts] == ["doc"] and "docx" in plan.parts[0].formats
        assert [p.id for p in stats.parts] == ["table"] and "xlsx" in stats.parts[0].formats
        assert sorted(p.id for p in insp.parts) == ["stamped", "table"]
        assert {p.id: p.formats for p in insp.parts}["stamped"] == ["pdf"]
        assert (plan.due, stats.due, insp.due) == (DUES["plan"], DUES["statistics"], DUES["inspection"])
        assert "学校" not in food.subject_hints and "征兵" in con.subject_hints  # the clerk's fixes D1, C2
        import yaml

        kept = yaml.safe_load(make_mixed71.CAMPAIGN_FILES[0].read_text(encoding="utf-8"))
        assert kept["unsettled"] == []  # fix C1

    def test_every_document_opens(self, mailbox):
        """Every file of 2081 opens: Word, Excel, PDF (each a scan)."""
        kinds = opened_files(mailbox, 2081, files, pdf=is_whole_scan)
        # 5 兵役 统计表 + 9 食品 统计表 (汤神庙镇 one of each); 9 方案 (建昌镇 twice); 9 总结 + 养马甸子乡's scanned 方案
        assert kinds == {"xlsx": 14, "docx": 9, "pdf": 10}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("plan", "doc"): "plan", ("statistics", "table"): "con-table", ("inspection", "table"): "food-table",
                ("inspection", "stamped"): "scan"}
        for m in mailbox:
            if m.campaign not in (CON, FOOD):
                continue
            mat = material(m)
            got = {want[(m.requirements[0], p)] for p in m.parts}
            if m.case == "plan-as-scanned-pdf":
                got = {"scan"}
            assert got == set(mat), m.name
            texts = [t for kind, ts in mat.items() if kind != "scan" for t in ts]
            assert all(official(m.unit) in t for t in texts), m.name
        # 汤神庙镇: both campaigns' files in one mail
        assert set(material(one(mailbox, "both-campaigns-in-one-mail"))) == {"con-table", "food-table", "scan"}
        # 和尚房子乡: a personal 163 address, subject 方案, the unit only in the document
        nd = one(mailbox, "plan-file-named-new-document")
        assert "和尚房子" not in plain(nd) + str(message(nd)["Subject"]) + sender(nd)
        assert top_names(nd) == ["新建 DOCX 文档.docx"] and "和尚房子乡人民政府" in docx_text(files(nd)[0][1])
        # 魏家岭乡: a generic 工作方案 in the food window
        wj = one(mailbox, "plan-generic-name-in-food-window")
        assert top_names(wj) == ["魏家岭乡工作方案.docx"] and wj.received_at > DUES["plan"] - dt.timedelta(days=1)
        # 玲珑塔镇: a bare 统计表 and a CamScanner name
        assert top_names(one(mailbox, "food-files-named-generic")) == ["玲珑塔镇统计表.xlsx", "扫描全能王 2081-03-18 10.22.pdf"]
        # 新开岭乡: a reply to the 兵役 notice carrying the food files
        xk = one(mailbox, "reply-to-the-other-notice")
        assert make_mixed71.NOTICE_TITLE[CON] in str(message(xk)["Subject"]) and "兵役登记对象" not in plain(xk)
        assert "年满18周岁" in plain(xk) and set(material(xk)) == {"food-table", "scan"}
        # 县教育局: a reply quoting the food notice
        ed = one(mailbox, "education-reply-quoting-notice")
        assert make_mixed71.NOTICE_TITLE[FOOD] in str(message(ed)["Subject"]) and "各乡镇人民政府" in plain(ed)
        # 养马甸子乡: its 方案 as a scan
        ym = one(mailbox, "plan-as-scanned-pdf")
        assert top_names(ym) == ["养马甸子乡兵役登记工作实施方案.pdf"]
        # 巴什罕乡: the 统计表 first, then the 方案; 县市场局: the 总结, then the 统计表
        assert one(mailbox, "stats-before-plan").received_at < one(mailbox, "plan-after-stats").received_at
        assert one(mailbox, "summary-pdf-first").parts == ["stamped"] and one(mailbox, "table-next-day").parts == ["table"]
        # 建昌镇: the 方案 again, 以此稿为准
        fixed = one(mailbox, "plan-corrected")
        assert fixed.is_correction and "以此稿为准" in plain(fixed) and "更正" in docx_text(files(fixed)[0][1])
        assert [m.is_correction for m in mailbox if m.received_at.year == 2081].count(True) == 1
        # the question, the read receipt
        assert not files(one(mailbox, "stats-question"))
        rr = one(mailbox, "read-receipt")
        assert str(message(rr)["Subject"]).startswith("已读") and not files(rr)
        # late and on time
        late = ("plan-late", "stats-late", "food-late")
        for case in late:
            assert all(m.received_at > DUES[m.requirements[0]] for m in by_case(mailbox, case))
        assert all(m.received_at <= DUES[m.requirements[0]] for m in mailbox
                   if m.campaign in (CON, FOOD) and m.case not in late)
        assert all(m.received_at > dt.datetime(2081, 3, 9, 10, 5, tzinfo=SH) for m in mailbox if m.campaign == FOOD)
