"""What held-out notices 2760–2799 showed the drafter missing in their tables (fixed on branch h-fixn137g), on notice
texts written for these tests, each with near variants and a near miss that must not change: a date cell that says
`（下同）` given to the empty date cells below it (2777); units across the head with `—` in the cells of a unit not
asked that row (2791); a matrix of units down and papers across, `✓` / `—` in its cells (2763)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县直有关部门",
          title: str = "关于做好培训前期准备工作的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县退役军人事务局", title, addressee, body, "2928年3月1日",
        opening="为做好培训前期准备，现将有关事项通知如下。",
        contact="秦勇  联系电话：0429-7121235"))


def units_of(r) -> set[str]:
    return set(r.units) if isinstance(r.units, (list, tuple, set)) else {r.units}


# ---------------------------------------------------------------- 2777: a date cell （下同）, the cells below empty


def test_a_date_said_for_the_rows_below_is_theirs(tmp_path):
    d = draft(tmp_path, "请下列单位按表中要求报送材料，发送至邮箱jctyjr_px@163.com：\n"
                        "序号\t单位\t报送材料\t截止时间\n"
                        "1\t建昌县人力资源和社会保障局\t参训人员花名册（Excel格式）\t3月15日（星期一）17:00前（下同）\n"
                        "2\t巴什罕乡人民政府\t参训人员花名册（Excel格式）\t\n"
                        "3\t杨树湾子乡人民政府\t参训人员花名册（Excel格式）\t\n"
                        "4\t建昌县财政局\t培训经费保障情况说明（Word格式）\t3月22日（星期一）17:00前\n"
                        "各单位要认真核对参训人员身份信息。")
    a, b = d.requirements
    assert (a.due.month, a.due.day, a.due.hour) == (3, 15, 17) and part_shapes(a) == ["sheet"]
    assert {"县人社局", "巴什罕乡", "杨树湾子乡"} <= units_of(a) and "县财政局" not in units_of(a)
    assert (b.due.month, b.due.day) == (3, 22) and part_shapes(b) == ["document"]


def test_variant_the_same_said_forward_in_other_words(tmp_path):
    # 报送时限 head, a bare day with its hour in words, （以下同）, the towns in the rows
    d = draft(tmp_path, "请各有关单位按下表报送，邮箱jctyjr_px@163.com。\n"
                        "单位\t报送内容\t报送时限\n"
                        "巴什罕乡人民政府\t参训人员花名册（Excel格式）\t4月9日下午5时前（以下同）\n"
                        "杨树湾子乡人民政府\t参训人员花名册（Excel格式）\t\n"
                        "建昌县财政局\t经费保障情况说明（Word格式）\t4月16日下午5时前\n"
                        "请各单位按时报送。")
    a, b = d.requirements
    assert (a.due.month, a.due.day, a.due.hour) == (4, 9, 17)
    assert {"巴什罕乡", "杨树湾子乡"} <= units_of(a) and "县财政局" not in units_of(a)
    assert (b.due.month, b.due.day) == (4, 16) and units_of(b) == {"县财政局"}


def test_variant_said_forward_on_the_last_rows(tmp_path):
    # the forward date on a later row, the rows below it to the table's end its own
    d = draft(tmp_path, "请各单位按下表要求报送材料，发送至邮箱jctyjr_px@163.com：\n"
                        "序号\t报送单位\t报送材料\t报送时间\n"
                        "1\t建昌县财政局\t经费保障情况说明（Word格式）\t3月10日17:00前\n"
                        "2\t巴什罕乡人民政府\t参训人员花名册（Excel格式）\t3月17日17:00前(下同)\n"
                        "3\t杨树湾子乡人民政府\t参训人员花名册（Excel格式）\t\n"
                        "4\t建昌县人力资源和社会保障局\t参训人员花名册（Excel格式）\t\n"
                        "各单位要认真核对参训人员身份信息。")
    a, b = d.requirements
    assert units_of(a) == {"县财政局"} and (a.due.month, a.due.day) == (3, 10)
    assert {"县人社局", "巴什罕乡", "杨树湾子乡"} <= units_of(b) and (b.due.month, b.due.day) == (3, 17)


def test_near_miss_every_row_dated_on_its_own(tmp_path):
    d = draft(tmp_path, "请下列单位按表中要求报送材料，发送至邮箱jctyjr_px@163.com：\n"
                        "序号\t单位\t报送材料\t截止时间\n"
                        "1\t建昌县人力资源和社会保障局\t参训人员花名册（Excel格式）\t3月15日17:00前（下同）\n"
                        "2\t巴什罕乡人民政府\t参训人员花名册（Excel格式）\t3月16日17:00前\n"
                        "3\t建昌县财政局\t培训经费保障情况说明（Word格式）\t3月22日17:00前\n"
                        "各单位要认真核对参训人员身份信息。")
    days = sorted((r.due.month, r.due.day) for r in d.requirements)
    assert days == [(3, 15), (3, 16), (3, 22)]


# ---------------------------------------------------------------- 2791: units across the head, `—` where not asked


def across(tmp_path, head: str, rows: list[str], under: str = ""):
    return draft(tmp_path, "请有关单位按下表要求报送材料，发送至邮箱jczrzyj_ss@163.com。\n" + head + "\n"
                 + "\n".join(rows) + "\n" + (under + "\n" if under else "") + "联系人：于洪波。",
                 addressee="头道营子乡人民政府、新开岭乡人民政府，建昌县农业农村局",
                 title="关于开展设施农业用地备案情况核查的通知")


def test_a_dash_under_a_unit_across_is_not_that_units(tmp_path):
    d = across(tmp_path, "报送材料\t头道营子乡人民政府\t新开岭乡人民政府\t建昌县农业农村局",
               ["设施农业用地备案台账（Excel格式）\t8月3日（星期三）17:00前\t8月3日（星期三）17:00前\t—",
                "设施农业项目核查情况说明（Word格式）\t—\t—\t8月8日（星期一）10:00前"],
               "表中“—”表示该单位无需报送该项材料。")
    a, b = d.requirements
    assert units_of(a) == {"头道营子乡", "新开岭乡"} and part_shapes(a) == ["sheet"]
    assert units_of(b) == {"县农业农村局"} and (b.due.day, b.due.hour) == (8, 10)


def test_variant_other_head_and_other_not_asked_cells(tmp_path):
    # 材料名称 head, `/` and `无` for not asked, dates in words
    d = across(tmp_path, "材料名称\t头道营子乡\t新开岭乡\t县农业农村局",
               ["备案项目核查台账（Excel格式）\t8月3日下午5时前\t/\t8月3日下午5时前",
                "核查情况说明（Word格式）\t无\t8月8日上午10时前\t无"])
    a, b = d.requirements
    assert units_of(a) == {"头道营子乡", "县农业农村局"}
    assert units_of(b) == {"新开岭乡"}


def test_variant_a_numbered_matrix_with_a_full_dash(tmp_path):
    # 序号 first, the not-asked cells `－` (full-width), three rows
    d = across(tmp_path, "序号\t报送材料\t头道营子乡人民政府\t新开岭乡人民政府\t建昌县农业农村局",
               ["1\t备案台账（Excel格式）\t8月3日17:00前\t8月3日17:00前\t－",
                "2\t整改情况报告（Word格式）\t－\t8月5日17:00前\t－",
                "3\t核查情况说明（Word格式）\t－\t－\t8月8日10:00前"])
    a, b, c = d.requirements
    assert units_of(a) == {"头道营子乡", "新开岭乡"}
    assert units_of(b) == {"新开岭乡"} and units_of(c) == {"县农业农村局"}


def test_near_miss_every_unit_dated_in_every_row(tmp_path):
    d = across(tmp_path, "报送材料\t头道营子乡人民政府\t新开岭乡人民政府\t建昌县农业农村局",
               ["备案台账（Excel格式）\t8月3日17:00前\t8月3日17:00前\t8月3日17:00前"])
    r, = d.requirements
    assert {"头道营子乡", "新开岭乡", "县农业农村局"} <= units_of(r) or r.units == "all"


# ---------------------------------------------------------------- 2763: units down, papers across, ✓ / — in the cells


def matrix(tmp_path, table: str, before: str = "", after: str = "上述材料请于9月24日（星期三）下午5时前发送至邮箱jcnyj_qlqd@163.com。"):
    return draft(tmp_path, "各单位需报送的材料见下表。\n" + (before + "\n" if before else "") + table + "\n" + after,
                 addressee="有关乡镇人民政府，县直有关部门", title="关于开展村级权力清单规范运行自查的通知")


def test_units_with_the_same_ticks_send_their_papers_together(tmp_path):
    d = matrix(tmp_path, "单位\t权力清单（Excel格式）\t运行流程图照片\t自查报告（Word格式）\n"
                         "头道营子乡人民政府\t✓\t✓\t—\n黑山科乡人民政府\t✓\t✓\t—\n"
                         "建昌县民政局\t—\t—\t✓\n建昌县乡村振兴局\t—\t—\t✓")
    a, b = d.requirements
    assert units_of(a) == {"头道营子乡", "黑山科乡"} and part_shapes(a) == ["photo", "sheet"]
    assert units_of(b) == {"县民政局", "县乡村振兴局"} and part_shapes(b) == ["document"]
    assert (a.due.day, a.due.hour) == (24, 17) and b.due == a.due


def test_variant_numbered_rows_town_head_ticks_and_blanks(tmp_path):
    # 序号 first, a 乡镇 head, √ and empty cells, the towns' patterns interleaved
    d = matrix(tmp_path, "序号\t乡镇\t项目台账（Excel格式）\t现场照片\t工作总结（Word格式）\n"
                         "1\t头道营子乡\t√\t\t\n2\t黑山科乡\t\t√\t√\n3\t新开岭乡\t√\t\t")
    a, b = d.requirements
    assert units_of(a) == {"头道营子乡", "新开岭乡"} and part_shapes(a) == ["sheet"]
    assert units_of(b) == {"黑山科乡"} and part_shapes(b) == ["document", "photo"]


def test_variant_yes_and_no_under_a_senders_head(tmp_path):
    # 报送单位 head, 是 / 否, the date in other words below
    d = matrix(tmp_path, "报送单位\t统计表（Excel格式）\t情况报告（Word格式）\n"
                         "建昌县民政局\t是\t否\n建昌县乡村振兴局\t否\t是",
               after="以上材料于九月二十四日（星期三）下午五时前报送至邮箱jcnyj_qlqd@163.com。")
    a, b = d.requirements
    assert units_of(a) == {"县民政局"} and part_shapes(a) == ["sheet"]
    assert units_of(b) == {"县乡村振兴局"} and part_shapes(b) == ["document"]


def test_near_miss_ticked_columns_of_drills_not_papers(tmp_path):
    d = draft(tmp_path, "今年防汛演练安排如下。\n序号\t乡镇\t山洪灾害避险演练\t水库防汛抢险演练\n"
                        "1\t头道营子乡\t√\t\n2\t黑山科乡\t√\t√\n"
                        "请各乡镇于6月20日前将演练总结（Word格式）发送至邮箱jcslj_yl@163.com。",
              addressee="各乡镇人民政府", title="关于开展防汛演练的通知")
    r, = d.requirements
    assert part_shapes(r) == ["document"]
