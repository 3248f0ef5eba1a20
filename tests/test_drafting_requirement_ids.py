"""A drafted requirement's id: the English word of the usual material its title names first, else a pinyin slug.
计划生育 / 计划免疫 name a matter, not a plan (2917: 计划生育特殊家庭成员名册 was id `plan`)."""

from __future__ import annotations

from collector.drafting.hints_and_ids import requirement_id


def test_a_plan_is_a_plan():
    assert requirement_id("2027年度工作计划", set()) == "plan"
    assert requirement_id("活动方案", set()) == "plan"


def test_family_planning_names_a_matter_not_a_plan():
    assert requirement_id("计划生育特殊家庭成员名册", set()) != "plan"
    assert requirement_id("计划免疫接种情况统计表", set()) == "statistics"


def test_the_word_earliest_in_the_title_wins_and_ids_stay_apart():
    assert requirement_id("整改方案", set()) == "rectification"
    assert requirement_id("工作计划", {"plan"}) == "plan-2"
