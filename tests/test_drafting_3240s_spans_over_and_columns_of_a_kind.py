"""What held-out notices 3251 and 3252 showed the drafter missing (fixed on branch h-fixn162c), on notice texts written
for these tests, with near misses that must not change:
- 3252: a span of days over before the notice is issued (`监测期为3105年1月1日至12月31日` in a notice of 3106年1月5日) is
  the span the figures cover, no deadline; a window still open when the notice goes out stays one;
- 3251: a table column's units narrowed by their kind (`主管单位为乡镇人民政府的，另于…`) are the column's units of that
  kind only; the column named bare (`各主管单位`) is every unit in it."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def units_by_due(d) -> dict[str, list[str]]:
    return {r.due.strftime("%Y-%m-%d"): r.units for r in d.requirements}


# ---------------------------------------------------------------- 3252: a span over before the notice


def monitoring(tmp_path, period: str, issued: str = "3106年1月5日"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县妇女儿童工作委员会办公室", "关于报送3105年度妇女儿童发展规划监测统计数据的通知", "各有关单位",
        f"一、报送单位\n建昌县教育局、建昌县民政局。\n二、报送要求\n{period}请上述两个单位于1月22日下午4点前，将本单位"
        "监测统计表（Excel格式）发送至jcfegw_jc@163.com。", issued))


def assert_only_the_sheet_due(d):
    assert list(units_by_due(d)) == ["3106-01-22"]
    assert sorted(units_by_due(d)["3106-01-22"]) == ["县教育局", "县民政局"]


def test_the_monitoring_period_of_last_year_is_no_deadline(tmp_path):
    assert_only_the_sheet_due(monitoring(tmp_path, "监测期为3105年1月1日至12月31日。"))


def test_variant_the_end_with_its_own_year_and_another_word(tmp_path):
    assert_only_the_sheet_due(monitoring(tmp_path, "评估期为3105年1月1日至3105年11月30日。"))


def test_variant_a_dash_and_a_half_year_span(tmp_path):
    assert_only_the_sheet_due(monitoring(tmp_path, "监测时间：3105年7月1日—12月31日。"))


def test_near_miss_a_window_still_open_when_the_notice_goes_out_stays_a_deadline(tmp_path):
    d = draft_of_a_file(tmp_path, notice_text(
        "建昌县妇女儿童工作委员会办公室", "关于报送3105年度妇女儿童发展规划监测统计数据的通知", "各有关单位",
        "一、报送单位\n建昌县教育局、建昌县民政局。\n二、报送要求\n报送时间为3106年1月2日至1月12日。请上述两个单位将本单位"
        "监测统计表（Excel格式）发送至jcfegw_jc@163.com。", "3106年1月5日"))
    assert list(units_by_due(d)) == ["3106-01-12"]


# ---------------------------------------------------------------- 3251: the column's units of a kind

TEAMS = ("序号\t队伍名称\t{head}\t队员人数\n1\t建昌县森林消防专业扑火队\t县林草局\t30\n2\t建昌县水域救援队\t县水利局\t12\n"
         "3\t建昌镇应急民兵分队\t建昌镇\t40\n4\t黑山科乡半专业扑火队\t黑山科乡\t25\n5\t建昌县公路应急抢险队\t县交通局\t18")
ALL = ["县交通局", "县林草局", "县水利局", "建昌镇", "黑山科乡"]


def rescue_teams(tmp_path, second: str, head: str = "主管单位"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县应急管理局", "关于开展应急救援队伍信息核查更新工作的通知", "有关单位",
        f"经梳理，全县现有各类应急救援队伍5支（见下表）。请各队伍的{head}于3月16日下午4时前将核对后的队伍信息表（Excel格式）"
        f"发送至jcyj_jydw@163.com。{second}\n" + TEAMS.format(head=head), "3105年3月2日"))


def test_the_supervisors_that_are_towns_send_the_second_paper(tmp_path):
    by_due = units_by_due(rescue_teams(tmp_path, "主管单位为乡镇人民政府的，另于3月30日前将本年度队伍训练计划（Word格式）发送至上述邮箱。"))
    assert sorted(by_due["3105-03-16"]) == ALL
    assert sorted(by_due["3105-03-30"]) == ["建昌镇", "黑山科乡"]


def test_variant_the_lead_units_that_are_departments_said_with_shi(tmp_path):
    by_due = units_by_due(rescue_teams(tmp_path, "牵头单位是县直部门的，还需于3月30日前将队伍装备购置计划（Word格式）发送至上述邮箱。",
                                       head="牵头单位"))
    assert sorted(by_due["3105-03-16"]) == ALL
    assert sorted(by_due["3105-03-30"]) == ["县交通局", "县林草局", "县水利局"]


def test_variant_the_supervisors_that_are_townships_only(tmp_path):
    by_due = units_by_due(rescue_teams(tmp_path, "其中主管单位属于乡的，于3月30日前另报队员保险情况说明（Word格式）至上述邮箱。"))
    assert sorted(by_due["3105-03-30"]) == ["黑山科乡"]


def test_near_miss_every_supervisor_sends_the_second_paper_too(tmp_path):
    by_due = units_by_due(rescue_teams(tmp_path, "各主管单位另于3月30日前将本年度队伍训练计划（Word格式）发送至上述邮箱。"))
    assert sorted(by_due["3105-03-30"]) == ALL
