"""What held-out notices 3149 and 3159 showed the drafter missing (fixed on branch h-fixn156b), on notice texts written
for these tests, each with a near miss that must not change.

3149: a Word table whose paper and time are written on each group's first row only, the rows under it giving their unit
alone (merged cells flattened), lost the blank rows' units; a row asking nothing of its own in any column, under a row
that asks, takes that row's cells (`merged_ask_cells.filled_down`). A row with a paper and no time stays as read
(held-out 2911), and so does a blank row under a note saying a blank asks nothing.

3159: `请下列乡镇于…前将…：` over a `序号 | 单位` table, then `请下列单位于…前将…：` over a second one, gave the second
ask the first table's towns; each table of units alone is the list of the sentence right above it
(`addressed._unit_column_below`), and a sending verb broken from its `至上述邮箱：` by a PDF line is one sentence again
(`layout._a_verb_broken_from_its_place`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def courtyard_notice(table: list[str], note: str = "") -> str:
    return notice_text("建昌县科学技术协会", "关于开展科技小院建设情况调查的通知", "各有关单位",
                       "\n".join(["请有关单位按下表要求将材料发送至jckx_kjxy@163.com。", *table, *([note] if note else [])]),
                       "3054年5月4日", opening="为推动科技小院服务产业，县科协决定开展科技小院建设情况调查。",
                       contact="孟凡伟，电话：0429-7519547")


def dues_and_units(d) -> list[tuple[str, list[str]]]:
    return [(f"{r.due:%m-%d %H:%M}", sorted(r.units)) for r in d.requirements]


GROUPS = [("05-18 16:00", sorted(["县科技局", "县农业农村局", "玲珑塔镇"])), ("06-15 23:59", sorted(["县气象局", "老大杖子乡"]))]
TABLE = ["序号\t单位\t报送材料\t报送时间",
         "1\t建昌县科学技术局\t科技小院建设情况调查表（Excel格式）\t5月18日（星期四）16:00前",
         "2\t建昌县农业农村局\t\t",
         "3\t玲珑塔镇人民政府\t\t",
         "4\t建昌县气象局\t服务典型案例（Word格式）及现场照片（JPG格式）\t6月15日前",
         "5\t辽宁省农业科学院建昌试验站\t\t",
         "6\t老大杖子乡人民政府\t\t"]


# ---------------------------------------------------------------- 3149: the group's paper and time on its first row


def test_rows_under_a_groups_first_row_take_its_paper_and_time(tmp_path):
    assert dues_and_units(draft_of_a_file(tmp_path, courtyard_notice(TABLE))) == GROUPS


def test_variant_no_serial_and_other_heads(tmp_path):
    table = ["报送单位\t报送内容\t截止时间"] + [row.split("\t", 1)[1] for row in TABLE[1:]]
    assert dues_and_units(draft_of_a_file(tmp_path, courtyard_notice(table))) == GROUPS


def test_variant_the_blank_cells_dropped_by_the_copy(tmp_path):
    table = [row.rstrip("\t") for row in TABLE]
    assert dues_and_units(draft_of_a_file(tmp_path, courtyard_notice(table))) == GROUPS


def test_variant_three_groups_the_time_written_another_way(tmp_path):
    table = TABLE[:4] + ["4\t建昌县气象局\t服务典型案例（Word格式）\t6月15日下午5时前", "5\t老大杖子乡人民政府\t\t",
                         "6\t建昌县教育局\t科普活动总结（Word格式）\t6月20日前", "7\t八家子镇人民政府\t\t"]
    assert dues_and_units(draft_of_a_file(tmp_path, courtyard_notice(table))) == [
        GROUPS[0], ("06-15 17:00", sorted(["县气象局", "老大杖子乡"])), ("06-20 23:59", sorted(["县教育局", "八家子镇"]))]


def test_near_miss_a_note_saying_blank_rows_send_nothing(tmp_path):
    d = draft_of_a_file(tmp_path, courtyard_notice(TABLE, note="注：表中报送材料空白的单位本次不报送。"))
    assert dues_and_units(d) == [("05-18 16:00", ["县科技局"]), ("06-15 23:59", ["县气象局"])]


# ---------------------------------------------------------------- 3159: two 序号 | 单位 tables, each led in by its ask


def emergency_notice(first: str, second: str, header: str = "序号\t单位") -> str:
    return notice_text("建昌县卫生健康局", "关于开展院前急救网络建设情况调查的通知", "有关乡镇人民政府，县直有关单位",
                       "\n".join([first, header, "1\t汤神庙镇人民政府", "2\t牤牛营子乡人民政府", "3\t素珠营子乡人民政府",
                                  second, header, "1\t建昌县交通运输局", "2\t建昌县公安局", "3\t建昌县急救中心"]),
                       "3059年9月7日", opening="为完善院前急救网络，县卫健局决定开展院前急救网络建设情况调查。现将报送事项通知如下。",
                       contact="姜文博，电话：0429-7514428")


SPLIT = [("09-21 16:00", ["汤神庙镇", "牤牛营子乡", "素珠营子乡"]), ("10-12 23:59", ["县交通局", "县公安局"])]


def test_each_table_is_the_list_of_the_ask_above_it(tmp_path):
    d = draft_of_a_file(tmp_path, emergency_notice(
        "一、请下列乡镇于九月二十一日（星期三）十六时前将辖区急救站点情况统计表（Excel格式）发送至jcwj_yqjj@163.com：",
        "二、请下列单位于十月十二日前将院前急救通行及联动保障情况说明（Word格式）发送至上述邮箱："))
    assert dues_and_units(d) == SPLIT


def test_variant_other_heads_and_words_the_sentence_broken_before_its_place(tmp_path):
    d = draft_of_a_file(tmp_path, emergency_notice(
        "（一）请以下乡镇于9月21日16时前将辖区急救站点情况统计表（Excel格式）发送至jcwj_yqjj@163.com：",
        "（二）请以下部门于10月12日前将院前急救通行及联动保障情况说明（Word格式）报送\n至上述邮箱：",
        header="序号\t单位名称"))
    assert dues_and_units(d) == SPLIT


def test_variant_no_serial_numbers_heading_the_items(tmp_path):
    d = draft_of_a_file(tmp_path, emergency_notice(
        "请下列乡镇于9月21日下午4时前将辖区急救站点情况统计表（Excel格式）发送至jcwj_yqjj@163.com。",
        "请下列单位于10月12日前将院前急救通行及联动保障情况说明（Word格式）发送至上述邮箱。", header="序号\t报送单位"))
    assert dues_and_units(d) == SPLIT


def test_near_miss_a_table_with_its_own_dates_is_read_row_by_row(tmp_path):
    d = draft_of_a_file(tmp_path, notice_text(
        "建昌县卫生健康局", "关于开展院前急救网络建设情况调查的通知", "有关单位",
        "\n".join(["请下列单位按表中时间将急救站点情况统计表（Excel格式）发送至jcwj_yqjj@163.com：",
                   "序号\t单位\t报送时间", "1\t建昌县交通运输局\t9月21日16时前", "2\t建昌县公安局\t10月12日前"]),
        "3059年9月7日"))
    assert dues_and_units(d) == [("09-21 16:00", ["县交通局"]), ("10-12 23:59", ["县公安局"])]


def test_near_miss_the_next_sections_heading_caught_in_the_tables_frame(tmp_path):
    table = TABLE[:2] + ["2\t建昌县气象局\t服务典型案例（Word格式）\t6月15日前", "三、联系方式\t\t\t"]
    assert dues_and_units(draft_of_a_file(tmp_path, courtyard_notice(table))) == [
        ("05-18 16:00", ["县科技局"]), ("06-15 23:59", ["县气象局"])]
