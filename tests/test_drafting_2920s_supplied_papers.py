"""What held-out notices 2920–2939 showed the drafter missing (fixed on branch h-fixn146b), on notice texts written
for these tests, each with a near miss that must not change: a paper no material word names, supplied by the unit
before its 提供 (`县市场局提供早餐经营者食品安全监督检查情况（Word格式）和…统计表（Excel格式）`), is a document beside the
sheet (2935); the stages a self-check goes through after 对照 (`对照专项施工方案编制、专家论证…和验收等环节逐项自查`) are
what is checked against, no paper (2927); the let-off of an off-roster body after the ask (`建昌县邮政分公司寄递服务投诉情况由
县市场监督管理局在统计表中一并反映，不单独报送`) names no second sheet (2936)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def draft(tmp_path, body: str, addressee: str = "县商务局、县市场局、县教育局、县卫健局",
          title: str = "关于开展城区早餐供应情况专题调研的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县人大常委会财政经济工作委员会", title, addressee, body, "2947年9月15日",
        opening="为做好调研准备，请有关单位提供以下材料：",
        mailbox="jcrd_cjw@163.com", contact="刘振华，电话：0429-7219501"))


def kinds(req) -> list[str]:
    return sorted(p["kind"] for p in req.parts)


# ---------------------------------------------------------------- 2935: X局提供…情况（Word格式）和…表（Excel格式）


def test_facts_a_unit_supplies_in_word_beside_a_sheet_are_a_document(tmp_path):
    reqs = draft(tmp_path, "一、县商务局提供城区早餐网点建设情况报告（Word格式），于10月13日前报送；\n"
                           "二、县市场局提供早餐经营者食品安全监督检查情况（Word格式）和早餐网点食品安全检查统计表"
                           "（Excel格式），于10月20日前报送。").requirements
    assert len(reqs) == 2
    assert [p["title"] for p in reqs[1].parts if p["id"].startswith("doc")] == ["早餐经营者食品安全监督检查情况"]
    assert len([p for p in reqs[1].parts if "xlsx" in p.get("formats", [])]) == 1
    assert len(reqs[1].parts) == 2


def test_variant_another_unit_and_word_version(tmp_path):
    reqs = draft(tmp_path, "请县卫健局提供辖区医疗机构食堂食品安全自查落实情况（WORD版）和食堂从业人员健康证明名单（Excel格式），"
                           "于10月20日前报送。").requirements
    assert len(reqs) == 1
    assert [p["title"][-10:] for p in reqs[0].parts if p["id"].startswith("doc")] == ["食堂食品安全自查落实情况"[-10:]]
    assert len(reqs[0].parts) == 2


def test_variant_a_government_supplying_facts_alone(tmp_path):
    reqs = draft(tmp_path, "建昌镇人民政府提供镇区早餐便民车辆规范管理情况（Word格式）和早餐车点位统计表（Excel格式），"
                           "于10月20日（星期五）下午五时前报送。", addressee="建昌镇人民政府").requirements
    assert len(reqs) == 1
    assert [p["title"] for p in reqs[0].parts if p["id"].startswith("doc")] == ["镇区早餐便民车辆规范管理情况"]


def test_near_miss_a_supplying_inside_the_facts_named_stays_whole(tmp_path):
    reqs = draft(tmp_path, "县商务局报送为早餐店提供便民服务情况（Word格式），于10月20日前报送。").requirements
    assert len(reqs) == 1
    assert [p["title"] for p in reqs[0].parts] == ["为早餐店提供便民服务情况"]


# ---------------------------------------------------------------- 2927: 对照A编制、B、C等环节逐项自查


def self_check(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县住房和城乡建设局", "关于开展危险性较大的分部分项工程安全隐患自查整改的通知", "各乡镇人民政府", body,
        "2943年5月8日", mailbox="jczjj_jzaq@163.com", contact="马超，电话：0429-7215530")).requirements


def test_the_stages_checked_against_name_no_paper(tmp_path):
    reqs = self_check(tmp_path, "一、各乡镇要组织辖区内在建工程项目对照专项施工方案编制、专家论证、方案交底、现场监测和验收等环节"
                                "逐项自查，形成自查报告（Word格式），于5月20日（星期一）16时前报送。")
    assert len(reqs) == 1 and [p["title"] for p in reqs[0].parts] == ["自查报告"]


def test_variant_a_plan_s_stages_gone_through_one_by_one(tmp_path):
    reqs = self_check(tmp_path, "各乡镇要对照应急预案编制、演练、评估和修订等环节逐一排查，形成排查报告（Word格式），"
                                "于5月20日前报送。")
    assert len(reqs) == 1 and [p["title"] for p in reqs[0].parts] == ["排查报告"]


def test_variant_aspects_of_a_plan_checked_against(tmp_path):
    reqs = self_check(tmp_path, "各乡镇要比照工作方案明确的目标任务、工作措施、完成时限等方面逐条自查，形成自查情况报告（Word格式），"
                                "于5月20日前报送。")
    assert len(reqs) == 1 and [p["title"] for p in reqs[0].parts] == ["自查情况报告"]


def test_near_miss_a_plan_sent_besides_the_check_is_kept(tmp_path):
    reqs = self_check(tmp_path, "各乡镇要对照专项施工方案编制、专家论证和验收等环节逐项自查，形成自查报告（Word格式），"
                                "同时报送在建项目专项施工方案清单（Excel格式），于5月20日前报送。")
    assert len(reqs) == 1 and sorted(part_shape(p) for p in reqs[0].parts) == ["document", "sheet"]


# ---------------------------------------------------------------- 2936: …由县市场局在统计表中一并反映，不单独报送


def complaints(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县消费者协会", "关于做好2948年上半年消费投诉统计分析工作的通知", "各有关单位", body, "2948年7月3日",
        mailbox="jcxxh_tsfx@163.com", contact="许丽，电话：0429-7212315")).requirements


def test_a_body_reported_in_another_unit_s_sheet_adds_no_sheet(tmp_path):
    reqs = complaints(tmp_path, "请建昌县市场监督管理局填写投诉数据统计表（Excel格式），于7月15日（星期一）16:00前报送；"
                                "建昌县商务局、建昌县文化旅游和广播电视局分别将本行业上半年受理的消费投诉情况填入行业投诉情况表"
                                "（Excel格式），于7月22日（星期一）前报送；建昌县邮政分公司寄递服务投诉情况由县市场监督管理局"
                                "在统计表中一并反映，不单独报送。")
    assert len(reqs) == 2 and [part_shape(p) for p in reqs[1].parts] == ["sheet"]


def test_variant_reported_inside_a_summary_sheet(tmp_path):
    reqs = complaints(tmp_path, "县商务局将本行业受理的消费投诉情况填入行业投诉情况表（Excel格式），于7月22日前报送，"
                                "建昌县邮政分公司的相关数据由县商务局在汇总表内统一反映，不再单独报送。")
    assert len(reqs) == 1 and [part_shape(p) for p in reqs[0].parts] == ["sheet"]


def test_variant_reported_in_a_form_by_the_unit_itself(tmp_path):
    reqs = complaints(tmp_path, "县文旅局将景区投诉情况填入行业投诉情况表（Excel格式），于7月22日前报送；"
                                "旅行社投诉情况请在该情况表中一并填报。")
    assert len(reqs) == 1 and [part_shape(p) for p in reqs[0].parts] == ["sheet"]


def test_near_miss_a_sheet_of_works_under_way_is_still_sent(tmp_path):
    reqs = complaints(tmp_path, "请县住建局核实在建项目统计表中的投诉数据，于7月22日前将在建项目统计表（Excel格式）报送。")
    assert len(reqs) == 1 and [part_shape(p) for p in reqs[0].parts] == ["sheet"]
