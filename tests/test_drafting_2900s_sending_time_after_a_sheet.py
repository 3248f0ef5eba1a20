"""What held-out notice 2912 showed the drafter missing (fixed on branch h-fixn144d): a sending time said in a clause of
its own after a sheet's name (`…无需填报统计表，报送时间为1月26日前`) was read as the figures' span (`数据统计时间为…`,
deadlines.DATA_PERIOD reaching across the comma), so the towns' requirement was lost."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县人力资源和社会保障局", "关于报送2995年度事业单位岗位设置管理情况年度报告的通知", "各乡镇人民政府，县教育局",
        body, "2996年1月8日", opening="现将有关事项通知如下。", mailbox="jcrsj_gwsz2996@163.com",
        contact="吴海波  联系电话：0429-7422846"))


def dues(tmp_path, body: str) -> list[dt.date]:
    return sorted(r.due.date() for r in draft(tmp_path, body).requirements)


def test_sending_time_after_a_sheet_name_is_the_towns_deadline(tmp_path):
    assert dt.date(2996, 1, 26) in dues(tmp_path, "一、县教育局请于1月19日前报送年度报告（Word格式）。\n"
                                        "二、各乡镇人民政府只需报送年度报告（Word格式），无需填报统计表，报送时间为1月26日前。")


def test_variant_deadline_said_after_a_data_sheet(tmp_path):
    assert dt.date(2996, 1, 26) in dues(tmp_path, "一、县教育局请于1月19日前报送年度报告（Word格式）。\n"
                                        "二、各乡镇报送年度报告（Word格式）和数据表，截止时间为1月26日。")


def test_variant_time_limit_after_a_statistics_sheet(tmp_path):
    assert dt.date(2996, 1, 26) in dues(tmp_path, "一、县教育局请于1月19日前报送年度报告（Word格式）。\n"
                                        "二、各乡镇报送岗位聘用统计表（Excel格式），报送时限为1月26日前。")


def test_near_miss_the_figures_span_is_no_deadline(tmp_path):
    assert dues(tmp_path, "各乡镇报送岗位聘用统计表（Excel格式），数据统计时间为2995年1月1日至12月31日，"
                          "请于1月26日前报送。") == [dt.date(2996, 1, 26)]
