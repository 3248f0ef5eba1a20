"""What held-out notices 3166, 3170, 3171, 3175 and 3179 showed the drafter missing (fixed on branch h-fixn158b), on
notice texts written for these tests, each with a near miss that must not change:

- a unit at its own work (`县税务局将于4月下旬对自查情况进行核查`, the issuer mostly) is asked nothing: a subjectless
  `请于…前将整改报告…` after it, and a `上述单位` pointing back past it, are asked of the units asked before (3170, 3175);
- a span of days with no 前 (`4月10日至4月21日。请各单位在此期间将…发送至…`) closes the sending that points back at it: its
  end is the deadline (3166);
- a catalogue of photos in a format of its own (`照片档案目录（Excel格式）`) is one sheet, no photo (3171);
- the rows of a table straight under a dated line (its title row `报送截止时间：…`) are that line's papers, not more
  said of a dated sentence below the table (3179)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, body: str, issuer: str = "国家税务总局建昌县税务局", addressee: str = "县直有关单位",
          title: str = "关于开展印花税申报缴纳情况自查整改的通知", issued: str = "3065年3月6日"):
    return draft_of_a_file(tmp_path, notice_text(issuer, title, addressee, body, issued,
                                                 contact="郑红梅，电话：0429-7516028"))


def by_due(d) -> dict:
    return {r.due.strftime("%m-%d"): r for r in d.requirements}


THREE = ["县住建局", "县交通局", "县水利局"]


# ---------------------------------------------------------------- 3170, 3175: the issuer checks, it sends nothing


def test_a_subjectless_ask_after_the_issuers_check_is_the_three_bureaus(tmp_path):
    d = draft(tmp_path, "一、自查范围\n建昌县住房和城乡建设局、建昌县交通运输局、建昌县水利局对本单位签订的合同开展自查。\n"
                        "二、报送要求\n请上述三个单位于3月20日16时前将自查报告（Word格式）发送至jcsw_yhs@163.com。"
                        "县税务局将于4月下旬对自查情况进行核查。请于5月22日前将整改报告（Word格式）及补缴申报截图发送至上述邮箱。")
    assert sorted(by_due(d)) == ["03-20", "05-22"]
    assert sorted(by_due(d)["05-22"].units) == sorted(THREE)


def test_variant_pointed_back_at_past_the_issuers_spot_check_in_one_paragraph(tmp_path):
    d = draft(tmp_path, "请建昌县住房和城乡建设局、建昌县交通运输局、建昌县水利局对本单位网站开展自查，于五月二十日十六时前将自查报告"
                        "（Word格式）发送至jcsw_yhs@163.com。县税务局将于六月上旬会同有关部门进行抽查。请上述单位针对发现的问题及时"
                        "整改，于六月二十四日前将整改报告（Word格式）及整改后页面截图发送至上述邮箱。")
    assert sorted(by_due(d)["06-24"].units) == sorted(THREE)


def test_variant_another_issuer_sends_its_staff_to_check(tmp_path):
    d = draft(tmp_path, "请县住建局、县水利局于3月20日前将自查报告（Word格式）发送至jcsw_yhs@163.com。县应急局将于4月下旬派员"
                        "进行实地检查。请于5月22日前将整改报告（Word格式）发送至上述邮箱。", issuer="建昌县应急管理局",
              title="关于开展安全生产自查整改的通知")
    assert sorted(by_due(d)["05-22"].units) == ["县住建局", "县水利局"]


def test_near_miss_an_ask_after_the_issuers_check_naming_its_own_sender(tmp_path):
    d = draft(tmp_path, "请建昌县住房和城乡建设局、建昌县水利局于3月20日前将自查报告（Word格式）发送至jcsw_yhs@163.com。"
                        "县税务局将于4月下旬对自查情况进行核查。请建昌县水利局于5月22日前将整改报告（Word格式）发送至上述邮箱。")
    assert by_due(d)["05-22"].units == ["县水利局"]


# ---------------------------------------------------------------- 3166: a window pointed back at by 在此期间


def draft_window(tmp_path, body: str):
    return draft(tmp_path, body, issuer="建昌县人力资源和社会保障局", addressee="建昌县教育局，建昌县卫生健康局",
                 title="关于做好急需紧缺人才引进需求申报工作的通知", issued="3063年3月27日")


def test_a_window_line_then_in_this_period_is_due_at_its_end(tmp_path):
    d = draft_window(tmp_path, "一、申报时间\n4月10日至4月21日。请各单位在此期间将急需紧缺人才引进需求申报表（Excel格式）发送至"
                               "jcrs_rcyj@163.com，逾期不予受理。\n二、其他材料\n建昌县卫生健康局另于5月5日前报送岗位设置情况说明（Word格式）。")
    assert sorted(by_due(d)) == ["04-21", "05-05"]
    first = by_due(d)["04-21"]
    assert (first.due.hour, first.due.minute) == (23, 59)
    assert sorted(first.units) == ["县卫健局", "县教育局"] and part_shapes(first) == ["sheet"]


def test_variant_the_window_and_its_pointer_in_one_sentence(tmp_path):
    d = draft_window(tmp_path, "6月3日至6月14日，请各单位在此期间将人才需求统计表（Excel格式）发送至jcrs_rcyj@163.com。")
    assert sorted(by_due(d)) == ["06-14"] and part_shapes(by_due(d)["06-14"]) == ["sheet"]


def test_variant_a_year_a_dash_and_in_the_said_time(tmp_path):
    d = draft_window(tmp_path, "（二）报送时间\n3063年4月10日—4月21日。各单位在上述时间内将人才需求申报表（Excel格式）报送至"
                               "jcrs_rcyj@163.com，逾期不予受理。")
    assert sorted(by_due(d)) == ["04-21"]


def test_near_miss_a_period_of_work_pointed_back_at_sends_nothing(tmp_path):
    d = draft_window(tmp_path, "一、核查时间\n4月26日至5月8日。请各单位在此期间配合做好实地核查。\n"
                               "二、报送要求\n请各单位于4月20日前将人才引进需求申报表（Excel格式）发送至jcrs_rcyj@163.com。")
    assert sorted(by_due(d)) == ["04-20"]


# ---------------------------------------------------------------- 3171: a catalogue of photos is one sheet


def draft_photos(tmp_path, body: str):
    return draft(tmp_path, body, issuer="中共建昌县委办公室", title="关于开展重大活动照片档案征集工作的通知",
                 issued="3065年4月24日")


def test_a_photo_catalogue_in_excel_in_a_table_is_one_sheet(tmp_path):
    d = draft_photos(tmp_path, "各单位报送的材料和时间见下表，材料发送至jcxwb_zpda@163.com。\n"
                               "序号\t单位\t五月十五日前\t六月十二日十六时前\n"
                               "1\t建昌县融媒体中心\t照片档案目录（Excel格式）\t照片档案（JPG格式）\n"
                               "2\t建昌县文化旅游和广播电视局\t照片档案目录（Excel格式）\t照片档案（JPG格式）")
    assert part_shapes(by_due(d)["05-15"]) == ["sheet"]
    assert part_shapes(by_due(d)["06-12"]) == ["photo"]


def test_variant_a_photo_list_in_excel_in_prose(tmp_path):
    d = draft_photos(tmp_path, "请县融媒体中心于5月15日前将活动照片清单（Excel格式）发送至jcxwb_zpda@163.com。")
    assert part_shapes(by_due(d)["05-15"]) == ["sheet"]


def test_variant_a_catalogue_of_images_in_word(tmp_path):
    d = draft_photos(tmp_path, "请县融媒体中心于5月15日前将影像资料目录（Word格式）发送至jcxwb_zpda@163.com。")
    assert part_shapes(by_due(d)["05-15"]) == ["document"]


def test_near_miss_the_photos_and_their_list_are_both_sent(tmp_path):
    d = draft_photos(tmp_path, "请县融媒体中心于5月15日前将活动照片（JPG格式）和照片清单（Excel格式）发送至jcxwb_zpda@163.com。")
    assert part_shapes(by_due(d)["05-15"]) == ["photo", "sheet"]


# ---------------------------------------------------------------- 3179: a table's rows under its dated title row


def draft_check(tmp_path, body: str):
    return draft(tmp_path, body, issuer="建昌县就业和人才服务中心", addressee="有关乡镇人民政府",
                 title="关于开展零就业家庭动态清零情况核查的通知", issued="3069年4月8日")


ROWS = ("序号\t单位\t报送材料\n1\t建昌镇人民政府\t零就业家庭核查表（Excel格式）\n"
        "2\t汤神庙镇人民政府\t零就业家庭核查表（Excel格式）\n3\t大屯镇人民政府\t零就业家庭核查表（Excel格式）\n")
LATER = "入户核查结束后，请上表所列乡镇于5月14日前将核查情况报告（Word格式）发送至上述邮箱。"


def test_the_report_after_a_table_dated_by_its_title_row_is_the_report_alone(tmp_path):
    d = draft_check(tmp_path, "请有关单位按下表报送材料，发送至jcjy_ljy@163.com。\n报送截止时间：4月23日16时\t\t\n" + ROWS + LATER)
    assert sorted(by_due(d)) == ["04-23", "05-14"]
    assert part_shapes(by_due(d)["05-14"]) == ["document"]


def test_variant_a_dated_line_just_above_the_header(tmp_path):
    d = draft_check(tmp_path, "请有关乡镇于4月23日16时前按下表将材料发送至jcjy_ljy@163.com\n" + ROWS + LATER)
    assert part_shapes(by_due(d)["05-14"]) == ["document"]


def test_variant_the_title_row_in_chinese_numerals(tmp_path):
    d = draft_check(tmp_path, "请有关单位按下表报送材料，发送至jcjy_ljy@163.com。\n报送截止时间：四月二十三日（星期五）十六时\t\t\n"
                    + ROWS + "请上表所列乡镇于五月十四日（星期五）前将核查情况报告（Word格式）发送至上述邮箱。")
    assert part_shapes(by_due(d)["05-14"]) == ["document"]


def test_near_miss_an_undated_table_is_what_the_later_sentence_sends(tmp_path):
    d = draft_check(tmp_path, "请有关单位按下表报送材料，发送至jcjy_ljy@163.com。\n" + ROWS
                    + "请上表所列乡镇于5月14日前将上表材料及核查情况报告（Word格式）发送至上述邮箱。")
    assert part_shapes(by_due(d)["05-14"]) == ["document", "sheet"]
