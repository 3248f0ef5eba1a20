"""What held-out notice 2796 showed the drafter missing (fixed on branch h-fixn137f): a past day said with 已于 in a
let-off's reason (`要路沟乡、黑山科乡已于4月22日接受…检查，本次不报送`) is no deadline and cites no earlier notice
beside the sentence's own dates
(timing/deadlines.without_done_days); the let-off lets those units off the dated ask of its own sentence
(senders/let_off._dated_material_of_the_item), and a later deadline of the paragraph stays its own (asks/not_mailed.REPORTED
reads 已于 in the date's own clause only)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县人大常委会教育科学文化卫生工作委员会", "关于开展农村健身路径器材管护情况专题调研的通知",
        "各乡镇人民政府，县文化旅游和广播电视局", body, "2938年5月12日",
        opening="根据县人大常委会年度监督工作计划，为常委会听取和审议县政府关于全民健身工作情况的报告做好准备，现将有关事项通知如下。",
        contact="孟凡军，电话：0429-7122219"))


def units_by_due(d):
    return {(r.due.month, r.due.day): r.units for r in d.requirements}


ASK = ("请各乡镇人民政府填写《农村健身路径器材管护情况统计表》（Excel格式），于5月21日（星期三）上午9时前发送至邮箱"
       "jcrd_jianshen@163.com；")
LATER = "；县文化旅游和广播电视局请于5月26日（星期一）下午5时前将维修资金使用情况（Word格式）报送上述邮箱。"


def test_let_off_for_a_check_done_on_a_past_day(tmp_path):
    d = draft(tmp_path, ASK + "要路沟乡、黑山科乡已于4月22日接受市级全民健身设施专项检查，本次不报送" + LATER)
    got = units_by_due(d)
    assert "要路沟乡" not in got[(5, 21)] and "黑山科乡" not in got[(5, 21)] and "建昌镇" in got[(5, 21)]
    assert got[(5, 26)] == ["县文旅局"]
    assert not any("此前通知" in u for u in d.unsettled)


def test_near_variant_done_with_jingyu_and_no_need(tmp_path):
    d = draft(tmp_path, ASK + "要路沟乡、黑山科乡已经于4月22日完成器材全面更换，无需报送" + LATER)
    got = units_by_due(d)
    assert "要路沟乡" not in got[(5, 21)] and "黑山科乡" not in got[(5, 21)] and "建昌镇" in got[(5, 21)]
    assert got[(5, 26)] == ["县文旅局"]


def test_near_variant_done_in_a_month_sentences_apart(tmp_path):
    d = draft(tmp_path, ASK.rstrip("；") + "。要路沟乡、黑山科乡已在4月完成市级专项检查，本次不报送统计表" + LATER)
    got = units_by_due(d)
    assert "要路沟乡" not in got[(5, 21)] and "黑山科乡" not in got[(5, 21)] and "建昌镇" in got[(5, 21)]
    assert got[(5, 26)] == ["县文旅局"]


def test_near_miss_the_earlier_notice_said_with_yiyu_keeps_its_date_out(tmp_path):
    d = draft(tmp_path, "我委已于4月22日印发通知，要求县文化旅游和广播电视局于5月10日前报送维修资金使用情况。" + ASK.rstrip("；") + "。")
    got = units_by_due(d)
    assert (5, 10) not in got and "建昌镇" in got[(5, 21)]
