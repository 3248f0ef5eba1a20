"""What held-out notices 3560–3579 showed the drafter missing in a notice's layout and its days (fixed on branch
h-fixn178g), on notice texts written for these tests, each with near misses that must not change: a requirement's fields
set as label lines, each label alone on its line and its value on the line under it (`报送单位：` / `各乡镇人民政府` /
`报送时限：` / …), are each block's units, paper and day (3560, `reading/label_lines.py`); a bracketed line under the title
asking the day (`（请于10月30日（星期一）下午4点前报送）`) is the day the body's `在上述时限内` points to (3565,
`under_the_title.REQUEST_LINE`); a day on which something happens, the sentence ending `各单位不再另行报送…`, asks nothing
(3578, `not_mailed.NOTHING_OF_IT_SENT`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes

from collector.roster import builtin_roster

TOWNS = sorted(builtin_roster().names(["town", "township"]))


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县住建局",
          title: str = "关于开展2690年农民工工资支付情况核查的通知", mailbox: str = "jcrs_gz2690@163.com"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县人力资源和社会保障局", title, addressee, body, "2690年5月6日",
        opening="为保障农民工工资按时足额支付，现将有关事项通知如下。",
        mailbox=mailbox, contact="韩雪  联系电话：0429-7714420"))


def fields(draft) -> list[tuple[str, list[str], list[str]]]:
    return [(r.due.strftime("%m-%d %H:%M"), sorted(r.units), part_shapes(r)) for r in draft.requirements]


# ---------------------------------------------------------------- 3560: 报送单位： / 各乡镇人民政府 / 报送时限： / …


TWO_BLOCKS = ("（一）农民工工资支付台账\n报送单位：\n各乡镇人民政府\n报送材料：\n农民工工资支付情况台账（Excel格式）\n"
              "报送时限：\n5月14日（星期三）16时前\n报送邮箱：\njcrs_gz2690@163.com\n"
              "（二）欠薪线索核查情况\n报送单位：\n县住建局\n报送材料：\n欠薪线索核查情况说明（加盖公章的PDF扫描件）\n"
              "报送时限：\n5月28日前\n报送邮箱：\n同上\n"
              "核查结束后，县人社局将于6月上旬抽取部分乡镇进行复核。")


def test_label_lines_give_each_block_its_own_units(tmp_path):
    c = draft(tmp_path, TWO_BLOCKS, mailbox="")
    assert c.addresses == ["jcrs_gz2690@163.com"]
    assert fields(c) == [("05-14 16:00", TOWNS, ["sheet"]), ("05-28 23:59", ["县住建局"], ["scan"])]


def test_variant_other_labels_one_block_of_two_units_out_of_three(tmp_path):
    c = draft(tmp_path, "现将报送要求明确如下。\n填报单位：\n县教育局、县民政局\n报送材料：\n"
                        "培训经费使用情况统计表（Excel格式）\n截止时间：\n6月3日（星期二）下午3时前",
              addressee="县教育局、县民政局、县卫健局")
    assert fields(c) == [("06-03 15:00", ["县教育局", "县民政局"], ["sheet"])]


def test_variant_labels_in_another_order_two_towns(tmp_path):
    c = draft(tmp_path, "二、报送要求\n报送时限：\n6月10日（星期二）前\n报送单位：\n建昌镇、八家子镇\n报送材料：\n"
                        "欠薪治理工作总结（Word格式）", addressee="各乡镇人民政府")
    assert fields(c) == [("06-10 23:59", ["八家子镇", "建昌镇"], ["document"])]


def test_near_miss_contact_labels_over_their_values_are_left_as_written(tmp_path):
    c = draft(tmp_path, "请各乡镇于5月14日（星期三）16时前将农民工工资支付情况台账（Excel格式）发送至邮箱。\n"
                        "联系人：\n韩雪\n联系电话：\n0429-7714420")
    assert fields(c) == [("05-14 16:00", TOWNS, ["sheet"])]


def test_near_miss_a_lone_unit_label_over_a_line_of_names_is_read_as_before(tmp_path):
    c = draft(tmp_path, "报送单位：\n建昌镇　喇嘛洞镇　石佛乡\n请上述乡镇于5月14日（星期三）前将欠薪治理工作总结（Word格式）发送至邮箱。",
              addressee="有关乡镇人民政府")
    assert fields(c) == [("05-14 23:59", ["喇嘛洞镇", "建昌镇", "石佛乡"], ["document"])]


def test_near_miss_a_form_s_blanks_with_their_placeholders_are_left_as_written(tmp_path):
    c = draft(tmp_path, "请各乡镇于5月14日（星期三）前按以下样式填写欠薪隐患排查台账（Excel格式）并发送至邮箱：\n欠薪隐患排查台账\n"
                        "填报单位：\n（盖章）\n填报日期：\n年　月　日\n序号\t项目名称\t欠薪金额（万元）\t处置情况\n1\t\t\t",
              addressee="各乡镇人民政府")
    assert fields(c) == [("05-14 23:59", TOWNS, ["sheet"])]


# ---------------------------------------------------------------- 3565: （请于10月30日（星期一）下午4点前报送） under the title


TITLE = "关于报送农民工工资专户开设情况的通知"
LATER = "建昌镇、八家子镇为今年示范乡镇，请于6月20日前将示范创建工作总结（Word格式）及活动照片一并发送至上述邮箱。"


def test_a_request_line_under_the_title_is_the_day_the_body_points_to(tmp_path):
    c = draft(tmp_path, "请各乡镇在上述时限内，将本乡镇农民工工资专户开设情况统计表（Excel格式）发送至jcrs_gz2690@163.com。\n"
                        "县人社局将于6月中旬对部分项目进行抽查。\n" + LATER,
              addressee="各乡镇人民政府", title=TITLE + "\n（请于6月9日（星期一）下午5点前报送）", mailbox="")
    assert c.title == "农民工工资专户开设情况"
    assert fields(c) == [("06-09 17:00", TOWNS, ["sheet"]), ("06-20 23:59", ["八家子镇", "建昌镇"], ["document", "photo"])]


def test_variant_square_brackets_and_chinese_numerals(tmp_path):
    c = draft(tmp_path, "请各乡镇按上述时间将本乡镇农民工工资专户开设情况统计表（Excel格式）发送至jcrs_gz2690@163.com。\n" + LATER,
              addressee="各乡镇人民政府", title=TITLE + "\n【请于六月九日（星期一）十六时前报送】", mailbox="")
    assert fields(c) == [("06-09 16:00", TOWNS, ["sheet"]), ("06-20 23:59", ["八家子镇", "建昌镇"], ["document", "photo"])]


def test_variant_the_body_pointing_back_as_before_the_time_above(tmp_path):
    c = draft(tmp_path, "请县住建局、县交通局于上述时间前将在建项目农民工工资专户开设情况统计表（Excel格式）发送至"
                        "jcrs_gz2690@163.com。", addressee="县住建局、县交通局", title=TITLE + "\n（请于6月10日前报送）", mailbox="")
    assert fields(c) == [("06-10 23:59", ["县交通局", "县住建局"], ["sheet"])]


def test_near_miss_a_line_saying_where_to_send_is_left_as_before(tmp_path):
    c = draft(tmp_path, "请各乡镇在上述时限内，将本乡镇农民工工资专户开设情况统计表（Excel格式）发送至jcrs_gz2690@163.com。\n" + LATER,
              addressee="各乡镇人民政府", title=TITLE + "\n（请于6月9日（星期一）下午5点前报送至县人社局）", mailbox="")
    assert fields(c) == [("06-20 23:59", ["八家子镇", "建昌镇"], ["document", "photo"])]


def test_near_miss_a_meeting_day_under_the_title_dates_nothing(tmp_path):
    c = draft(tmp_path, "请各乡镇在上述时限内，将本乡镇农民工工资专户开设情况统计表（Excel格式）发送至jcrs_gz2690@163.com。\n" + LATER,
              addressee="各乡镇人民政府", title=TITLE + "\n（推进会定于6月9日上午9时召开）", mailbox="")
    assert fields(c) == [("06-20 23:59", ["八家子镇", "建昌镇"], ["document", "photo"])]


# ---------------------------------------------------------------- 3578: …日为每月15日，…各单位不再另行报送…


FIRST = "一、请各乡镇于6月3日（星期二）前将欠薪隐患排查台账（Excel格式）报送至邮箱。\n"


def test_a_monthly_day_said_not_to_be_sent_for_asks_nothing(tmp_path):
    c = draft(tmp_path, FIRST + "二、县级领导公开接访日为每月15日，遇节假日顺延，各单位不再另行报送县级领导接访安排。",
              addressee="各乡镇人民政府")
    assert fields(c) == [("06-03 23:59", TOWNS, ["sheet"])]


def test_variant_a_window_day_not_sent_alone(tmp_path):
    c = draft(tmp_path, FIRST + "二、县劳动监察大队窗口集中受理日为每月10日，各乡镇不再单独报送受理安排。",
              addressee="各乡镇人民政府")
    assert fields(c) == [("06-03 23:59", TOWNS, ["sheet"])]


def test_variant_a_monthly_meeting_time_its_papers_not_sent(tmp_path):
    c = draft(tmp_path, FIRST + "二、欠薪案件集中会商时间为每月25日，各乡镇不再另行报送会商材料。",
              addressee="各乡镇人民政府")
    assert fields(c) == [("06-03 23:59", TOWNS, ["sheet"])]


def test_near_miss_a_bare_no_longer_sent_retiring_an_old_paper_keeps_the_monthly_day(tmp_path):
    c = draft(tmp_path, FIRST + "二、自7月起，各乡镇每月5日前报送上月欠薪隐患排查台账（Excel格式），原季度报表不再报送。",
              addressee="各乡镇人民政府")
    assert [(due, units) for due, units, _ in fields(c)] == [("06-03 23:59", TOWNS), ("07-05 23:59", TOWNS)]


def test_near_miss_a_day_before_which_all_send_is_kept(tmp_path):
    c = draft(tmp_path, "请各乡镇于6月5日前将欠薪隐患排查台账（Excel格式）报送至邮箱，已通过系统填报的乡镇不再另行报送纸质材料。",
              addressee="各乡镇人民政府")
    assert fields(c) == [("06-05 23:59", TOWNS, ["sheet"])]
