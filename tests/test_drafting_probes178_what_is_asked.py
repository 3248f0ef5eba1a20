"""What the lead's probes c1, c3, b1 / b9 and d1 showed the drafter reading wrong in what a notice asks (fixed on branch
h-fixp178b), on notice texts written for these tests, each with a near miss that must not change: a day for work done
whose only paper is said not to be sent (`…前完成责任人培训，培训情况不需报送`) is no requirement (c1); the 材料 of a
section's label (`三、材料报送：`, `报送材料及时间：`) is no paper beside the ones its sentence names (c3); a clause sending
the facts of a matter of its own (`将本部门指导检查情况报送`, `报送上月工作进展情况`) takes no paper from an annex list asked of
other units (b9) nor from a ledger the sentence before only has made (`建立欠薪线索台账`, d1), and a ledger built beside
the facts sent in the same sentence (`建立台账，限期整改，整改情况于…前报送`) is no part of it (b1)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县卫健局、县应急局",
          title: str = "关于开展3027年度安全隐患排查整治工作的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县民政局", title, addressee, body, "3027年4月12日",
        opening="为切实加强安全管理，现将有关事项通知如下：",
        mailbox="jcmz_aqpc3027@163.com",
        contact="李红  联系电话：0429-7896543"))


def shapes(requirement) -> list[str]:
    return sorted(map(part_shape, requirement.parts))


# ---------------------------------------------------------------- c1: …前完成…培训，培训情况不需报送

NAMES = "一、请各乡镇认真核实责任人，填写《安全度汛责任人名单》（Excel格式），于4月10日（星期五）前报送县民政局。\n"


def test_a_day_for_work_whose_only_paper_is_not_sent_is_no_requirement(tmp_path):
    c = draft(tmp_path, NAMES + "二、各乡镇要在4月20日前完成责任人培训，培训情况不需报送。\n三、县民政局将于5月上旬组织检查。")
    assert [r.due.day for r in c.requirements] == [10]
    assert any("4月20日前" in line and "不需报送" in line for line in c.unsettled)


def test_variant_a_sign_in_sheet_said_not_to_be_sent_after_a_drill(tmp_path):
    c = draft(tmp_path, NAMES + "二、各乡镇于4月25日（星期六）前组织巡查员开展应急演练，演练签到表不用报送。")
    assert [r.due.day for r in c.requirements] == [10]


def test_variant_a_self_check_whose_report_need_not_be_sent(tmp_path):
    c = draft(tmp_path, NAMES + "二、各乡镇于5月8日前完成汛前隐患自查，自查报告不必报送。")
    assert [r.due.day for r in c.requirements] == [10]


def test_near_miss_the_facts_still_asked_beside_a_sheet_not_sent(tmp_path):
    c = draft(tmp_path, NAMES + "二、各乡镇要完成责任人培训，并于4月20日前报送培训情况，签到表不需报送。")
    assert [(r.due.day, shapes(r)) for r in c.requirements] == [(10, ["sheet"]), (20, ["document"])]


def test_near_miss_a_town_let_off_leaves_the_day_as_before(tmp_path):
    c = draft(tmp_path, NAMES + "二、各乡镇要在4月20日前完成责任人培训，建昌镇不需报送。")
    assert [r.due.day for r in c.requirements] == [10, 20]
    assert all("建昌镇" not in r.units for r in c.requirements)


# ---------------------------------------------------------------- c3: 三、材料报送：请…将活动总结及图片资料报送…

ACTIVITY = "一、活动时间：5月1日至5月15日。\n二、活动内容：开展应急救护知识普及等活动。\n"
PHOTOS = "活动总结要求内容翔实，图片不少于5张，JPG格式。"


def test_the_material_of_a_section_label_is_no_paper(tmp_path):
    (r,) = draft(tmp_path, ACTIVITY + "三、材料报送：请各单位于5月20日前将活动总结及图片资料报送县民政局。" + PHOTOS).requirements
    assert shapes(r) == ["document", "photo"]
    assert [p["title"] for p in r.parts if p["kind"] == "document"] == ["活动总结"]


def test_variant_a_label_of_the_materials_and_their_time(tmp_path):
    (r,) = draft(tmp_path, ACTIVITY + "三、报送材料及时间：请各单位于5月20日前将活动总结及图片资料报送县民政局。" + PHOTOS).requirements
    assert shapes(r) == ["document", "photo"]


def test_variant_a_label_of_the_sending_requirements_with_other_papers(tmp_path):
    (r,) = draft(tmp_path, ACTIVITY + "（三）材料报送要求：各乡镇于6月3日前将自查报告（Word格式）和隐患整改台账（Excel格式）"
                                      "发送至邮箱。").requirements
    assert shapes(r) == ["document", "sheet"]


def test_near_miss_a_label_listing_the_materials_keeps_them(tmp_path):
    (r,) = draft(tmp_path, ACTIVITY + "三、报送材料：活动总结、照片。请各单位于5月20日前报送县民政局。" + PHOTOS).requirements
    assert shapes(r) == ["document", "photo"]


def test_near_miss_a_label_over_no_other_material_leaves_it_the_paper(tmp_path):
    (r,) = draft(tmp_path, ACTIVITY + "三、材料报送：请各单位于5月20日前将相关材料报送县民政局。").requirements
    assert shapes(r) == ["document"]


# ---------------------------------------------------------------- b9: 附件：1.…排查表 under the towns' 填写《…排查表》（附件1）

SHEET_OF_THE_TOWNS = "一、各乡镇对辖区内养老机构开展全面自查，填写《养老机构安全隐患排查表》（附件1），于5月6日前报县民政局。\n"
ANNEX_LIST = "\n附件：1.养老机构安全隐患排查表"


def test_facts_of_their_own_take_no_annex_the_towns_are_asked(tmp_path):
    c = draft(tmp_path, SHEET_OF_THE_TOWNS + "二、县卫健局、县应急局请于5月6日前将本部门指导检查情况报送县民政局。" + ANNEX_LIST)
    assert [(len(r.units), shapes(r)) for r in c.requirements] == [(28, ["sheet"]), (2, ["document"])]


def test_variant_another_day_another_bureau(tmp_path):
    c = draft(tmp_path, SHEET_OF_THE_TOWNS + "二、县卫健局请于5月8日前将本系统医养结合机构排查整治情况报送县民政局。" + ANNEX_LIST)
    assert [(len(r.units), shapes(r)) for r in c.requirements] == [(28, ["sheet"]), (1, ["document"])]


def test_variant_two_annexes_of_the_towns(tmp_path):
    c = draft(tmp_path, "一、各乡镇填写《养老机构安全隐患排查表》（附件1）和《隐患整改台账》（附件2），于5月6日前报县民政局。\n"
                        "二、县应急局请于5月6日前将消防安全指导情况报送县民政局。\n附件：1.养老机构安全隐患排查表\n2.隐患整改台账")
    assert [(len(r.units), shapes(r)) for r in c.requirements] == [(28, ["sheet", "sheet"]), (1, ["document"])]


def test_near_miss_an_annex_no_one_else_is_asked_is_still_the_form(tmp_path):
    c = draft(tmp_path, "一、各乡镇对辖区内养老机构开展全面自查，于5月6日前将自查报告报送县民政局。\n"
                        "二、县卫健局、县应急局请于5月6日前将本部门指导检查情况报送县民政局。\n附件：1.部门指导检查情况统计表")
    assert [(len(r.units), shapes(r)) for r in c.requirements] == [(28, ["document"]), (2, ["sheet"])]


def test_near_miss_the_annex_of_the_same_units_still_holds_their_facts(tmp_path):
    c = draft(tmp_path, SHEET_OF_THE_TOWNS + "二、各乡镇请于5月20日前将排查整治工作开展情况报送县民政局。" + ANNEX_LIST, "各乡镇人民政府")
    assert [(r.due.day, shapes(r)) for r in c.requirements] == [(6, ["sheet"]), (20, ["sheet"])]


# ---------------------------------------------------------------- d1: 一、…建立欠薪线索台账。二、…报送上月工作进展情况

BUILT = "一、各乡镇、各行业主管部门要对在建工程项目开展全面排查，{}。\n"
MONTHLY = "二、请各单位于每月5日前报送上月工作进展情况，首次报送时间为12月5日。\n三、专项行动结束后，于次年2月20日前报送工作总结。"


def test_a_ledger_built_above_lends_no_sheet_to_the_facts_sent(tmp_path):
    c = draft(tmp_path, BUILT.format("建立欠薪线索台账") + MONTHLY, "各乡镇人民政府，县住建局、县交通局、县水利局")
    assert [(r.due.month, r.due.day, shapes(r)) for r in c.requirements] == [(12, 5, ["document"]), (2, 20, ["document"])]


def test_variant_a_plan_made_above_a_progress_sent(tmp_path):
    c = draft(tmp_path, "一、各乡镇要对排查出的隐患逐项制定整改方案，明确责任人和整改时限。\n二、请各乡镇于6月10日前报送隐患整改进展情况。",
              "各乡镇人民政府")
    assert [(r.due.day, r.title, shapes(r)) for r in c.requirements] == [(10, "隐患整改进展情况", ["document"])]


def test_variant_a_ledger_kept_above_a_quarterly_account(tmp_path):
    c = draft(tmp_path, "一、各乡镇要建立健全农民工工资支付监控台账。\n"
                        "二、请各乡镇于每季度末月25日前报送本季度工作开展情况，首次报送时间为6月25日。", "各乡镇人民政府")
    assert [(r.due.month, r.due.day, shapes(r)) for r in c.requirements] == [(6, 25, ["document"])]


def test_variant_a_ledger_built_in_the_sentence_sending_the_facts(tmp_path):
    c = draft(tmp_path, "（二）整改阶段。对排查出的隐患，各乡镇要建立台账，限期整改，整改情况于6月5日下午4点前报送。",
              "各乡镇人民政府")
    assert [(r.due.day, shapes(r)) for r in c.requirements] == [(5, ["document"])]


def test_near_miss_a_ledger_said_sent_above_is_still_lent(tmp_path):
    c = draft(tmp_path, BUILT.format("建立欠薪线索台账，并按月报送台账") + MONTHLY, "各乡镇人民政府，县住建局、县交通局、县水利局")
    assert [(r.due.month, r.due.day, shapes(r)) for r in c.requirements] == [(12, 5, ["sheet"]), (2, 20, ["document"])]


def test_near_miss_a_form_filled_in_above_still_holds_the_facts(tmp_path):
    c = draft(tmp_path, BUILT.format("填写《欠薪线索排查月报表》") + MONTHLY, "各乡镇人民政府，县住建局、县交通局、县水利局")
    assert [(r.due.month, r.due.day, shapes(r)) for r in c.requirements] == [(12, 5, ["sheet"]), (2, 20, ["document"])]


def test_near_miss_a_ledger_sent_together_with_the_facts_stays_a_part(tmp_path):
    c = draft(tmp_path, "（二）整改阶段。对排查出的隐患，各乡镇要建立台账（Excel格式），限期整改，整改情况于6月5日下午4点前一并报送。",
              "各乡镇人民政府")
    assert [(r.due.day, shapes(r)) for r in c.requirements] == [(5, ["document", "sheet"])]
