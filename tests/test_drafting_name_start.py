"""Where a material's name starts, walking back from its noun (found by hand, 2026-12-05): the walk stops at a joiner, a
number or a word such as 要 / 等 that ends a name elsewhere, so `工作要点落实情况自评表` was named `点落实情况自评表`,
`等级评定表` `级评定表`, `群众参与情况统计表` `情况统计表`. Words holding such a character are read whole
(`requirements.WORD_HOLDING_A_STOP`), and the 月 of a date before the name is the date's (`1—3月主要指标完成情况表`:
`requirements._past_a_month_of_the_date`)."""

from __future__ import annotations

import pytest

from collector.drafting.requirements import material_names


@pytest.mark.parametrize("said, name", [
    ("请各部门于5月20日前报送政务公开工作要点落实情况自评表（Excel格式）。", "政务公开工作要点落实情况自评表"),
    ("请于6月1日前报送人民调解员等级评定申报表。", "人民调解员等级评定申报表"),
    ("请于6月1日前报送群众参与情况统计表。", "群众参与情况统计表"),
    ("请于6月1日前报送科普知识普及情况报告。", "科普知识普及情况报告"),
    ("请于6月1日前报送和谐社区创建情况报告。", "和谐社区创建情况报告"),
    ("请于6月1日前报送主要负责人述职报告。", "主要负责人述职报告"),
    ("请于4月11日前报送1—3月主要指标完成情况表。", "主要指标完成情况表"),
    ("请于4月5日前报送3月份工作总结。", "工作总结"),
])
def test_a_name_is_read_whole_past_words_that_hold_a_stop(said, name):
    assert material_names(said) == [name]


@pytest.mark.parametrize("said, names", [
    ("各乡镇要报送森林防火统计表。", ["森林防火统计表"]),  # 要 the verb still ends the name
    ("请于6月1日前报送实施方案和工作总结。", ["实施方案", "工作总结"]),  # 和 joining two things
    ("请于6月1日前报送工作统计表、人员花名册。", ["工作统计表", "人员花名册"]),  # 、 between two things
    ("请于4月5日前报送月报表。", ["月报表"]),  # no date before it: 月 is the name's
])
def test_near_miss_the_stops_still_end_names(said, names):
    assert material_names(said) == names
