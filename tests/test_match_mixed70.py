"""Routing on a seventieth, held-out mixed mailbox (tests/fixtures/mixed70).

Two autumn 2080 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init --from-notice`
— the 县道安委办's 秋冬季农村道路交通安全隐患排查整治 (two requirements of different units and deadlines: the Excel
台账 of the 28 乡镇 and 县交通局 by 10-18 17:00; the Word 工作报告 of 县公安局, 县交通局, 县教育局 by 10-31 17:00) and the
县清洁取暖办's 冬季清洁取暖和散煤治理工作进展情况 (its notice a Word file; the 28 乡镇, an Excel 统计表 and a Word 报告
一并, by 10-25 17:00), every 乡镇 owing both — beside the built-in 5·15 (2023) one; 38 mails labelled by hand, written
apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact
requirements.
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

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed70"))
import make_mixed70  # noqa: E402
import mixed70_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"hazards": dt.datetime(2080, 10, 18, 17, 0, tzinfo=SH), "summary": dt.datetime(2080, 10, 31, 17, 0, tzinfo=SH),
        "statistics": dt.datetime(2080, 10, 25, 17, 0, tzinfo=SH)}
official = mixed70_docs.official
TOWNS_28 = 28
REPORTERS = ["县公安局", "县交通局", "县教育局"]
ROAD, HEAT = make_mixed70.ROAD, make_mixed70.HEAT


def kinds_of(mail) -> dict[str, list[tuple[str, bytes]]]:
    out: dict[str, list[tuple[str, bytes]]] = {}
    for name, data in files(mail):
        out.setdefault(name.rsplit(".", 1)[-1].lower(), []).append((name, data))
    return out


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own text: ledger / road-report / heat-table / heat-report / notice / bus."""
    out: dict[str, list[str]] = {}
    for ext, items in kinds_of(mail).items():
        for name, data in items:
            text = cells(data) if ext == "xlsx" else docx_text(data) if ext == "docx" else ""
            first = text.splitlines()[0] if text else ""
            kind = ("ledger" if first == mixed70_docs.LEDGER_TITLE else "heat-table" if first == mixed70_docs.HEAT_TABLE_TITLE
                    else "bus" if first == mixed70_docs.BUS_TITLE else "notice" if first.startswith("关于报送")
                    else "road-report" if first.endswith(mixed70_docs.ROAD_REPORT_TITLE)
                    else "heat-report" if first.endswith(mixed70_docs.HEAT_REPORT_TITLE) else "other")
            out.setdefault(kind, []).append(text)
    return out


class TestMixed70Routing(RoutingTests):
    gen = make_mixed70
    cases = ["ledger-clean", "heat-clean", "holiday-auto-reply", "personal-address-unit-only-in-sheet",
             "ledger-subject-says-winter", "ledger-corrected", "transport-ledger", "ledger-late",
             "police-report-by-traffic-brigade", "education-report-with-bus-table", "transport-report",
             "reply-with-the-notice-docx", "heat-table-named-taizhang", "heat-mentions-road-sent", "heat-report-first",
             "heat-table-later", "heat-files-named-as-road", "zip-named-new-folder", "heat-late",
             "inline-forward-from-station", "both-campaigns-in-one-mail", "heat-question", "heat-after-question"]
    size = (32, 40)
    has_corrections = True  # 建昌镇's corrected 台账 (以此为准)

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed70.ALL)
        road, heat = cs[ROAD], cs[HEAT]
        hazards, report = road.requirements
        (stat,) = heat.requirements
        assert [hazards.id, report.id, stat.id] == make_mixed70.HAZ + make_mixed70.SUM + make_mixed70.STAT
        owe = {r.id: [u.name for u in road.units if r in road.requirements_for(u)] for r in road.requirements}
        towns = [u.name for u in heat.units]
        assert len(towns) == TOWNS_28 and owe["hazards"] == towns + ["县交通局"]  # every 乡镇 owes both campaigns
        assert sorted(owe["summary"]) == sorted(REPORTERS)
        assert [(p.id, p.kind) for p in hazards.parts] == [("table", "document")] and "xlsx" in hazards.parts[0].formats
        assert [p.id for p in report.parts] == ["doc"] and "docx" in report.parts[0].formats  # the clerk's fix A1
        assert sorted(p.id for p in stat.parts) == ["doc", "table"]
        assert (hazards.due, report.due, stat.due) == (DUES["hazards"], DUES["summary"], DUES["statistics"])
        assert "进展" not in heat.subject_hints and "道路交通安全" in road.subject_hints  # the clerk's fixes B1, A2
        assert make_mixed70.NOTICE_FILES[HEAT].endswith(".docx")

    def test_every_document_opens(self, mailbox):
        """Every file of 2080 opens: Word and Excel files, zips opened."""
        # 12 台账, 12 统计表, the 校车 sheet; 3 + 12 报告, the notice
        assert opened_files(mailbox, 2080, files) == {"xlsx": 25, "docx": 16}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        for m in mailbox:
            if m.campaign not in (ROAD, HEAT):
                continue
            mat = material(m)
            if m.requirements == make_mixed70.HAZ:  # the 台账 only
                assert set(mat) == {"ledger"} and len(mat["ledger"]) == 1, m.name
            elif m.requirements == make_mixed70.SUM:  # the report (教育局: its own 校车 sheet beside it)
                assert m.unit in REPORTERS and mat.keys() - {"bus"} == {"road-report"}, m.name
            else:
                want = {"table": "heat-table", "doc": "heat-report"}
                assert {want[p] for p in m.parts} == mat.keys() - {"notice"}, m.name
            # every 乡镇's or department's file names its unit (the 交警大队's report: 建昌县公安局交通警察大队)
            texts = [t for kind, ts in mat.items() if kind not in ("notice", "bus") for t in ts]
            assert all(official(m.unit) in t or m.unit in t or "建昌县公安局" in t for t in texts), m.name
        # 大屯镇: both campaigns' files in one mail
        both = material(one(mailbox, "both-campaigns-in-one-mail"))
        assert set(both) == {"ledger", "heat-table", "heat-report"}
        # 要路沟乡: a personal QQ address, subject 台账, the unit only in the sheet
        qq = one(mailbox, "personal-address-unit-only-in-sheet")
        assert sender(qq).endswith("@qq.com") and "要路沟" not in plain(qq) + str(message(qq)["Subject"])
        assert top_names(qq) == ["台账.xlsx"] and "要路沟乡人民政府" in cells(files(qq)[0][1])
        # 魏家岭乡: 冬季 in the subject, a road 台账 inside
        wj = one(mailbox, "ledger-subject-says-winter")
        assert "冬季" in str(message(wj)["Subject"]) and wj.received_at.date() == dt.date(2080, 10, 14)
        # 牤牛营子乡 / 头道营子乡: the heating files named with the road campaign's words
        assert top_names(one(mailbox, "heat-table-named-taizhang")) == ["牤牛营子乡台账.xlsx", "牤牛营子乡工作报告.docx"]
        td = one(mailbox, "heat-files-named-as-road")
        assert "隐患排查" in str(message(td)["Subject"]) and "头道营子乡隐患排查整治工作报告.docx" in top_names(td)
        # 八家子镇: a reply carrying the notice's own Word file back
        bj = one(mailbox, "reply-with-the-notice-docx")
        assert "notice" in material(bj) and make_mixed70.NOTICE_TITLE[HEAT] in str(message(bj)["Subject"])
        assert any(data == make_mixed70.NOTICE_DOCX for _, data in files(bj))
        # 县教育局: its 校车 sheet beside the report
        assert set(material(one(mailbox, "education-report-with-bus-table"))) == {"road-report", "bus"}
        # 县公安局: from its 交警大队, a new address
        police = one(mailbox, "police-report-by-traffic-brigade")
        assert "交警大队" in str(message(police)["Subject"]) and "交通警察大队" in plain(police)
        # 县交通局: the 台账, then the report, from one address
        tl, tr = one(mailbox, "transport-ledger"), one(mailbox, "transport-report")
        assert sender(tl) == sender(tr) and tl.requirements != tr.requirements and not tr.is_correction
        # 谷杖子乡: an inline forward, the sheet filled by its 交管站
        fw = one(mailbox, "inline-forward-from-station")
        assert "转发邮件信息" in plain(fw) and "谷杖子乡交通安全管理站" in cells(files(fw)[0][1])
        # 小德营子乡: one zip named as Windows names a new one
        assert top_names(one(mailbox, "zip-named-new-folder")) == ["新建 压缩(zipped)文件夹.zip"]
        # 杨树湾子乡: the report, then the table; 建昌镇: the 台账 again, 以此为准
        assert one(mailbox, "heat-report-first").parts == ["doc"] and one(mailbox, "heat-table-later").parts == ["table"]
        fixed = one(mailbox, "ledger-corrected")
        assert fixed.is_correction and "以此为准" in plain(fixed) and "更正" in cells(files(fixed)[0][1])
        assert [m.is_correction for m in mailbox if m.received_at.year == 2080].count(True) == 1
        # the question, the auto-reply
        assert not files(one(mailbox, "heat-question"))
        ar = one(mailbox, "holiday-auto-reply")
        assert message(ar)["Auto-Submitted"] == "auto-replied" and not files(ar)
        # late and on time
        late = ("ledger-late", "heat-late", "heat-after-question")
        for case in late:
            assert all(m.received_at > DUES[m.requirements[0]] for m in by_case(mailbox, case))
        assert all(m.received_at <= DUES[m.requirements[0]] for m in mailbox
                   if m.campaign in (ROAD, HEAT) and m.case not in late)
        assert all(m.received_at > dt.datetime(2080, 10, 14, 9, 30, tzinfo=SH) for m in mailbox if m.campaign == HEAT)
