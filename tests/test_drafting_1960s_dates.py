"""What held-out notices 1970 and 1974 showed the drafter missing (fixed on branch h-fixn98c), on notice texts written
for these tests, each with a near miss that must not change:

- the end of the span a return's figures cover, said after its start (`统计时段为2650年1月1日至年末`), is no deadline
  (`data_span.ends_the_data_span`);
- a day the units' work comes after (`要在年末结账后，…`) is no deadline (`done_after.said_as_after`);
- a clause sending a material by another item's date (`，年度统计表仍按第（一）项时间报送`) asks nothing by the deadline
  it follows (`kept_in_force.without_what_is_sent_by_another_date`);
- what a unit revises by (`按审核意见修改完善后`) is no material to send (`requirements.BASIS`, a bare 按);
- a material said to be passed already (`绩效目标表已审核通过，但…请另行补充《…说明》`) is none asked
  (`already_sent.done_already`)."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file
from test_drafting import part_shapes


def draft(tmp_path, body: str, addressees: str = "各乡镇人民政府："):
    text = (f"建昌县统计局\n关于做好2650年度农业机械化统计工作的通知\n\n{addressees}\n{body}\n"
            f"报送邮箱：jctjj_njh@163.com\n\n建昌县统计局\n2650年12月5日\n")
    return draft_of_a_file(tmp_path, text)


def dues(d) -> list[dt.datetime]:
    return [r.due.replace(tzinfo=None) for r in d.requirements]


# ---------------------------------------------------------------- the figures' span: 统计时段为…至年末


def test_the_end_of_the_figures_span_is_no_deadline(tmp_path):
    d = draft(tmp_path, "请各乡镇填写《农机保有量统计表》（Excel格式），统计时段为2650年1月1日至年末，"
                        "于2651年1月15日（星期四）前报送至上述邮箱。")
    assert dues(d) == [dt.datetime(2651, 1, 15, 23, 59, 59)]
    assert part_shapes(d.requirements[0]) == ["sheet"]


def test_near_miss_a_sending_window_to_the_years_end_is_due_at_its_end(tmp_path):
    d = draft(tmp_path, "请各乡镇填写《农机保有量统计表》（Excel格式），即日起至年底前报送至上述邮箱。")
    assert dues(d) == [dt.datetime(2650, 12, 31, 23, 59, 59)]


# ---------------------------------------------------------------- work after a day: 要在年末结账后


def test_a_day_the_work_comes_after_is_no_deadline(tmp_path):
    d = draft(tmp_path, "各乡镇要在年末结账后，认真核对农机作业量和油耗，填写《农机作业情况统计表》（Excel格式），"
                        "于2651年1月15日（星期四）前报送至上述邮箱。")
    assert dues(d) == [dt.datetime(2651, 1, 15, 23, 59, 59)]
    assert part_shapes(d.requirements[0]) == ["sheet"]


def test_near_miss_a_day_the_work_is_done_by_is_still_the_deadline(tmp_path):
    d = draft(tmp_path, "各乡镇要在年末前完成结账，认真核对农机作业量和油耗，填写《农机作业情况统计表》（Excel格式），"
                        "报送至上述邮箱。")
    assert dues(d) == [dt.datetime(2650, 12, 31, 23, 59, 59)]
    assert part_shapes(d.requirements[0]) == ["sheet"]


# ---------------------------------------------------------------- sent by another item's date: 仍按第（一）项时间报送


ITEMS = ("（一）各乡镇于2651年1月15日（星期四）前报送《农机保有量统计表》（Excel格式）。\n"
         "（二）建昌镇、八家子镇农机合作社多，请两镇先行将合作社农机作业情况（Word格式）于12月20日（星期六）下午4时前"
         "报送至上述邮箱，{tail}。")


def test_a_material_sent_by_another_items_date_is_no_part_of_this_one(tmp_path):
    d = draft(tmp_path, ITEMS.format(tail="年度统计表仍按第（一）项时间报送"))
    _, two = d.requirements
    assert two.due.replace(tzinfo=None) == dt.datetime(2650, 12, 20, 16, 0)
    assert sorted(two.units) == ["八家子镇", "建昌镇"]
    assert part_shapes(two) == ["document"]


def test_near_miss_a_material_sent_with_it_is_a_part(tmp_path):
    d = draft(tmp_path, ITEMS.format(tail="年度统计表一并报送"))
    assert part_shapes(d.requirements[1]) == ["document", "sheet"]


# ---------------------------------------------------------------- what the revision goes by: 按审核意见修改


BUREAUS = "县直各预算单位："


def test_the_review_comments_a_unit_revises_by_are_no_material(tmp_path):
    d = draft(tmp_path, "县水利局、县林草局报送的绩效目标表已予退回。请上述2家单位按审核意见修改完善后，于12月22日（星期一）"
                        "下午5时前重新报送《绩效目标表》（Excel格式）至上述邮箱。", BUREAUS)
    (r,) = d.requirements
    assert part_shapes(r) == ["sheet"]
    assert r.title == "绩效目标表"


def test_near_miss_a_ledger_built_household_by_household_is_sent(tmp_path):
    d = draft(tmp_path, "各乡镇要按户建立农机购置补贴台账（Excel格式），于12月22日（星期一）前报送至上述邮箱。")
    (r,) = d.requirements
    assert part_shapes(r) == ["sheet"]


# ---------------------------------------------------------------- passed already: 绩效目标表已审核通过


def test_a_table_passed_already_is_not_asked(tmp_path):
    d = draft(tmp_path, "县教育局、县卫健局绩效目标表已审核通过，但涉及重大民生项目，请另行补充《重点项目说明》（Word格式），"
                        "于12月29日（星期一）前报送至上述邮箱。", BUREAUS)
    (r,) = d.requirements
    assert sorted(r.units) == ["县卫健局", "县教育局"]
    assert part_shapes(r) == ["document"]


def test_near_miss_a_table_sent_with_errors_is_asked_again(tmp_path):
    d = draft(tmp_path, "县教育局、县卫健局绩效目标表（Excel格式）已报送但数据有误，请于12月29日（星期一）前更正后报送至上述邮箱。",
              BUREAUS)
    (r,) = d.requirements
    assert part_shapes(r) == ["sheet"]
