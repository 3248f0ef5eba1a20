"""What held-out notice 3054 showed the drafter missing (fixed on branch h-fixn152b), on notice texts written for these
tests, with a near miss that must not change: a clause opening with one unit and then 另请 (`县自然资源局另请于3月30日前报送
…典型案例（Word格式）`, after `县自然资源局、县住建局…请于3月23日…前…；`) is that unit's alone, not every unit of the clause
before it (`senders/units._unit_in` cuts the name at 另 before 请 as before 于 / 需)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

FIRST = ("县自然资源局、县住建局、县人社局、县市场局和八家子经济开发区管委会请于3月23日（星期一）16时前将本单位行政诉讼案件及"
         "负责人出庭应诉情况统计表（Excel格式）发送至jcsfj_ctys@163.com")
FIVE = ["县自然资源局", "县住建局", "县人社局", "县市场局", "八家子经济开发区"]


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县司法局", "关于报送行政机关负责人出庭应诉情况的通知", "各有关单位", body, "3007年3月9日",
        contact="陈亮，电话：0429-7512493"))


def units_by_due(d) -> dict[str, list[str]]:
    return {r.due.strftime("%m-%d"): sorted(r.units) for r in d.requirements}


def test_the_unit_asked_more_with_lingqing_sends_it_alone(tmp_path):
    d = draft(tmp_path, f"现就有关事项通知如下：{FIRST}；县自然资源局另请于3月30日前报送负责人出庭应诉典型案例（Word格式）。")
    assert units_by_due(d) == {"03-23": sorted(FIVE), "03-30": ["县自然资源局"]}


def test_variant_another_unit_with_lingwai_qing(tmp_path):
    d = draft(tmp_path, f"现就有关事项通知如下：{FIRST}；县住建局另外请于3月30日前报送行政应诉工作总结（Word格式）。")
    assert units_by_due(d)["03-30"] == ["县住建局"]


def test_variant_after_a_comma_another_paper(tmp_path):
    d = draft(tmp_path, f"现就有关事项通知如下：{FIRST}，县人社局另请于3月30日前报送劳动争议行政应诉典型案例（Word格式）。")
    assert units_by_due(d)["03-30"] == ["县人社局"]


def test_variant_qizhong_before_the_unit(tmp_path):
    d = draft(tmp_path, f"现就有关事项通知如下：{FIRST}；其中县市场局另请于3月30日前报送行政复议案件台账（Excel格式）。")
    assert units_by_due(d)["03-30"] == ["县市场局"]


def test_near_miss_lingqing_with_no_unit_keeps_the_clauses_units(tmp_path):
    d = draft(tmp_path, f"现就有关事项通知如下：{FIRST}；另请于3月30日前报送负责人出庭应诉典型案例（Word格式）。")
    assert units_by_due(d) == {"03-23": sorted(FIVE), "03-30": sorted(FIVE)}
