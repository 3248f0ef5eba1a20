"""The reports an office asks of its units on their work, as county notices name them, each with a near miss that must
not change:

- a periodic report named by its matter (`秸秆禁烧工作周报`, `民生实事进展月报`) is a material (`requirements.PERIODIC_REPORT`);
  每周报送 / 按月报送 are no report, and a bare `当周周报` gives way to the form a notice names for it;
- a yearly report of the work (`政府信息公开工作年报`) or one sent in a format of its own (`年报（PDF盖章版）`) is a material
  (`requirements.YEARLY_REPORT`); the statistics' yearly round (`统计年报工作`) and a filing made online are not;
- the account of the work and its next step (`工作进展情况及下一步工作打算`, `上半年工作总结及下半年工作打算`) is one paper
  (`joined_in_a_name.the_account_and_the_next_step`); two matters' facts (`收储情况及销售情况`) stay two; `请各乡镇总结本年度…`
  is the verb, no paper (`requirements.SUMMING_UP`);
- `将电子版（Word格式）发送` after a paper is named is that paper's copy, no second file (`parts.parts_for`);
- the phones joined to a list (`成员名单及联系方式（附件2）`) are its column, no field of the mail (`list_columns.PHONES_JOINED`),
  unless typed in the mail."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县农业农村局", "关于做好2026年秸秆禁烧工作的通知", "各乡镇人民政府", body, "2026年5月6日",
        opening="为做好秸秆禁烧工作，现将有关事项通知如下：", mailbox="jcnyj_jg2026@163.com",
        contact="王丽  联系电话：0429-7654321"))


def only(tmp_path, body: str):
    (r,) = draft(tmp_path, body).requirements
    return r, [(p["title"], p["kind"]) for p in r.parts]


# ---------------------------------------------------------------- periodic reports


def test_a_weekly_report_named_by_its_matter_is_the_material(tmp_path):
    r, parts = only(tmp_path, "请各乡镇每周五下午4时前报送秸秆禁烧工作周报，首次报送时间为5月15日。")
    assert r.title == "秸秆禁烧工作周报" and parts == [("秸秆禁烧工作周报", "document")]
    assert (r.due.month, r.due.day, r.due.hour) == (5, 15, 16)


def test_a_monthly_report_after_last_month_is_the_material(tmp_path):
    r, _ = only(tmp_path, "请各乡镇于每月5日前报送上月民生实事进展月报。")
    assert r.title == "民生实事进展月报" and "民生实事进展月报" in r.hints


def test_near_miss_sending_by_the_month_names_no_report(tmp_path):
    r, _ = only(tmp_path, "请各乡镇按月报送秸秆收储进展情况，于每月5日前报送。")
    assert "月报" not in r.title and r.title == "秸秆收储进展情况"


def test_near_miss_a_bare_report_of_the_week_gives_way_to_its_form(tmp_path):
    r, parts = only(tmp_path, "周报按《秸秆禁烧工作周报表》（Excel格式）填写。各乡镇于每周四12时前报送当周周报。")
    assert r.title == "秸秆禁烧工作周报表" and parts == [("秸秆禁烧工作周报表", "document")]


def test_a_yearly_report_of_the_work_is_the_material(tmp_path):
    r, parts = only(tmp_path, "请各乡镇于3月20日前报送2026年度政府信息公开工作年报（PDF盖章版）。")
    assert r.title == "政府信息公开工作年报" and parts == [("政府信息公开工作年报盖章PDF版", "document")]
    assert r.parts[0]["formats"] == ["pdf"]


def test_near_miss_the_yearly_round_and_an_online_filing_name_no_report(tmp_path):
    r, _ = only(tmp_path, "请各乡镇督促辖区个体工商户于3月20日前完成年报，并于3月25日前报送统计年报工作进度表（Excel格式）。")
    assert r.title == "统计年报工作进度表" and (r.due.month, r.due.day) == (3, 25)


# ---------------------------------------------------------------- the account of the work and its next step


def test_the_progress_and_the_next_steps_plans_are_one_paper(tmp_path):
    r, parts = only(tmp_path, "请各乡镇于5月15日前将秸秆禁烧工作进展情况及下一步工作打算（Word格式）报送至邮箱。")
    assert parts == [("秸秆禁烧工作进展情况及下一步工作打算", "document")]


def test_the_half_years_summary_and_the_next_halfs_plans_are_one_paper(tmp_path):
    r, parts = only(tmp_path, "请各乡镇于5月15日前报送上半年工作总结和下半年工作计划（Word格式）。")
    assert parts == [("上半年工作总结和下半年工作计划", "document")]


def test_near_miss_the_facts_of_two_matters_stay_two(tmp_path):
    _, parts = only(tmp_path, "请各乡镇于5月15日前将秸秆收储情况及销售情况（Word格式）报送至邮箱。")
    assert parts == [("秸秆收储情况", "document"), ("销售情况", "document")]


def test_near_miss_plans_listed_as_what_a_summary_holds_are_no_paper(tmp_path):
    _, parts = only(tmp_path, "请各乡镇总结本年度工作成效、存在问题及2027年工作打算，形成工作总结，于12月15日17时前报送。")
    assert parts == [("工作总结", "document")]


# ---------------------------------------------------------------- 电子版 of the paper named


def test_the_electronic_copy_of_the_paper_named_is_no_second_file(tmp_path):
    r, parts = only(tmp_path, "一、工作总结要全面反映上半年秸秆禁烧工作进展。二、请于2026年7月3日17时前将电子版（Word格式）发送至邮箱。")
    assert parts == [("工作总结", "document")] and "docx" in r.parts[0]["formats"]


def test_near_miss_an_electronic_copy_of_nothing_named_stays_the_part(tmp_path):
    r, parts = only(tmp_path, "请于2026年7月3日17时前将电子版（Word格式）发送至邮箱。")
    assert parts == [("电子版", "document")]


# ---------------------------------------------------------------- a list's phones


def test_the_phones_joined_to_a_list_are_its_column(tmp_path):
    _, parts = only(tmp_path, "请各乡镇于5月15日前将秸秆禁烧工作领导小组成员名单及联系方式（附件2）报送至邮箱。")
    assert parts == [("秸秆禁烧工作领导小组成员名单", "document")]


def test_near_miss_the_senders_contact_asked_beside_a_list_is_a_field(tmp_path):
    _, parts = only(tmp_path, "请各乡镇于5月15日前报送秸秆禁烧工作领导小组成员名单，并注明联系人及联系电话。")
    assert ("联系人及联系电话", "field") in parts
