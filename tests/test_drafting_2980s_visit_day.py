"""What held-out notices 2980–2999 showed the drafter missing (fixed on branch h-fixn149d), on notice texts written
for these tests, each with a near miss that must not change: the day the issuer sets for its own visit of inspection
(`县政协定于6月25日（星期二）组织部分政协委员…进行专题视察，…视察结束后将形成视察报告报送县委、县政府`) is no deadline of the
units addressed (2993)."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text

ITEMS = ("一、请建昌县教育局准备汇报材料（Word格式），于6月17日（星期一）上午10时前报送。\n"
         "二、请建昌县财政局形成书面说明（Word格式），于6月19日前报送。\n"
         "三、魏家岭乡中心小学作为现场点，请魏家岭乡人民政府配合做好现场准备，不需报送书面材料。")


def draft(tmp_path, opening: str, items: str = ITEMS):
    return draft_of_a_file(tmp_path, notice_text(
        "政协建昌县委员会办公室", "关于做好乡村小规模学校建设情况专题视察准备工作的通知",
        "建昌县教育局、建昌县财政局、魏家岭乡人民政府", f"{opening}现将有关事项通知如下：\n{items}", "2976年6月10日",
        mailbox="jczx_jkwt@163.com"))


def _days(d):
    return sorted((r.due.replace(tzinfo=None), tuple(sorted(r.units))) for r in d.requirements)


TWO = [(dt.datetime(2976, 6, 17, 10, 0), ("县教育局",)), (dt.datetime(2976, 6, 19, 23, 59, 59), ("县财政局",))]


# ---------------------------------------------------------------- 2993: 县政协定于6月25日…组织…视察


def test_the_issuers_own_visit_day_is_no_deadline(tmp_path):
    d = draft(tmp_path, "县政协定于6月25日（星期二）组织部分政协委员对全县乡村小规模学校建设情况进行专题视察，"
                        "重点了解办学条件改善等情况，视察结束后将形成视察报告报送县委、县政府。")
    assert _days(d) == TWO


def test_variant_a_field_trip_another_body_plans(tmp_path):
    d = draft(tmp_path, "县人大常委会拟于6月25日组织部分人大代表赴乡村小规模学校开展实地考察，"
                        "考察结束后形成考察报告报县人大常委会主任会议。")
    assert _days(d) == TWO


def test_variant_a_look_round_said_with_jiang_yu(tmp_path):
    d = draft(tmp_path, "市政协将于6月25日（星期二）带队到我县实地察看乡村小规模学校建设情况，"
                        "并走访部分师生，察看情况将形成报告报市政协主席会议。")
    assert _days(d) == TWO


def test_near_miss_a_unit_asked_to_look_round_and_report_keeps_its_day(tmp_path):
    items = ITEMS.replace("三、魏家岭乡中心小学作为现场点，请魏家岭乡人民政府配合做好现场准备，不需报送书面材料。",
                          "三、请魏家岭乡人民政府于6月21日组织人员对现场点进行察看，形成察看报告（Word格式）报送县政协。")
    d = draft(tmp_path, "县政协定于6月25日组织部分政协委员进行专题视察。", items)
    assert (dt.datetime(2976, 6, 21, 23, 59, 59), ("魏家岭乡",)) in _days(d)
    assert len(d.requirements) == 3
