"""A sentence after a dated ask that narrows it, naming no paper (found by hand, 2026-12-05; held-out 2358 wrote the same
ask as one sentence): `…于6月18日前报送《…评估表》（Excel格式）。其中，县卫健局须于当日上午10时前报送。` — 当日 is the day of
the sentence before (`next_day.deadlines_on_the_day_before_named`), the paper is that sentence's
(`same_material.the_materials_said_before` with the sentence before, `only_narrows_the_sentence_before`), and the units
named send it by their own date alone (`later_groups.take_a_later_few_out_of_the_group`). The near miss: a sentence with
work or a paper of its own before its date (`…提出意见，于10月14日前发送`, `《…审查结果》，8月22日前报送`) never takes the
paper of the sentence before."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

from test_drafting import part_shapes


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县医疗保障局", "关于开展门诊统筹运行情况评估的通知", "各乡镇人民政府，县卫健局、县民政局", body, "2836年6月2日",
        opening="现将有关事项通知如下：", mailbox="jcybj_mztc@163.com", contact="王芳  联系电话：0429-7415566"))


def test_a_sentence_naming_a_few_by_that_days_hour_sends_the_paper_before(tmp_path):
    towns, health = draft(tmp_path, "请各乡镇、县卫健局于6月18日前报送《门诊统筹运行情况评估表》（Excel格式）。"
                                    "其中，县卫健局须于当日上午10时前报送。").requirements
    assert "县卫健局" not in towns.units and len(towns.units) == 28
    assert (health.units, health.due.day, health.due.hour) == (["县卫健局"], 18, 10)
    assert health.title == "门诊统筹运行情况评估表" and part_shapes(health) == ["sheet"]


def test_a_few_sending_earlier_in_a_sentence_of_their_own_send_the_paper_before(tmp_path):
    towns, pilots = draft(tmp_path, "请各乡镇于6月18日前报送《门诊统筹运行情况评估表》（Excel格式）。"
                                    "建昌镇、八家子镇作为试点乡镇，须提前至6月15日前报送。").requirements
    assert set(pilots.units) == {"建昌镇", "八家子镇"} and pilots.due.day == 15 and part_shapes(pilots) == ["sheet"]
    assert not set(pilots.units) & set(towns.units)


def test_near_miss_a_sentence_with_work_of_its_own_keeps_it(tmp_path):
    _, bureaus = draft(tmp_path, "请各乡镇于6月18日前报送《门诊统筹运行情况评估表》（Excel格式）。"
                                 "县卫健局、县民政局对定点机构运行情况提出意见，于6月25日前发送至上述邮箱。").requirements
    assert bureaus.title != "门诊统筹运行情况评估表" and "sheet" not in part_shapes(bureaus)
