"""What held-out notices 2367 and 2375 showed the drafter missing (fixed on branch h-fixn118b), on notice texts written
for these tests, each with a near miss that must not change: a PDF's numbered table wrapped over lines is read row by
row also under a format column (`序号 单位 报送材料 格式 报送时间`), with a unit's name wrapped over two lines
(`二 县住房和城乡建` / `设局、县水利局`) and a row that sends nothing (`三 县供销社 本次不报送 — —`) (`numbered_rows.py`);
and companies named by what they do, with no 各 (`参评旅游企业于…前报送…`), are off the roster (`units.SUBJECT_UNIT`);
a numbered row letting an institution off (`4 | 县政务服务中心 | 本次不报送 | —`) keeps it out of 县直各部门 (`let_off_rows`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file

from test_drafting import part_shapes


def tourism(tmp_path, head: str, rows: str, after: str = ""):
    text = ("建昌县文化旅游和广播电视局\n关于开展2743年乡村旅游重点村申报的通知\n"
            "各乡镇人民政府，县住建局、县水利局，县供销社：\n为推进乡村旅游发展，请按下表报送材料：\n"
            f"{head}\n{rows}{after}"
            "以上材料报送至邮箱jcwlj_xcly2743@163.com。\n联系人：韦晓 联系电话：0429-7421366\n"
            "建昌县文化旅游和广播电视局\n二七四三年三月二日\n")
    return draft_of_a_file(tmp_path, text)


WITH_FORMAT = "序号 单位 报送材料 格式 报送时间"
TOWNS = "{n} 各乡镇 重点村申报推\n荐表\nExcel、照片 三月二十日\n（星期五）前\n"
WATER = "{n} 县水利局 景区河道安全\n排查情况\nWord 三月十六日\n（星期一）下\n午四时前\n"
NO_FORMAT = "序号 单位 报送材料 报送时间"  # the rules of a wrapped unit and of a row sending nothing, apart from the format's
TOWNS_4 = "{n} 各乡镇 重点村申报推\n荐表（Excel 格式）\n三月二十日\n（星期五）前\n"
WATER_4 = "{n} 县水利局 景区河道安全\n排查情况（Word\n格式） 三月十六日\n（星期一）下\n午四时前\n"
BUILDING_AND_WATER_4 = "{n} 县住房和城乡建\n设局、县水利局\n传统村落保护\n情况说明（Word 格式）\n三月二十日\n（星期五）前\n"


def test_rows_under_a_format_column_are_read_each_with_its_unit_and_format(tmp_path):
    towns, water = tourism(tmp_path, WITH_FORMAT, TOWNS.format(n="一") + WATER.format(n="二")).requirements
    assert "建昌镇" in towns.units and "县水利局" not in towns.units and part_shapes(towns) == ["photo", "sheet"]
    assert water.units == ["县水利局"] and part_shapes(water) == ["document"] and water.due.hour == 16


def test_a_units_name_wrapped_over_two_lines_is_read_whole(tmp_path):
    towns, both = tourism(tmp_path, NO_FORMAT, TOWNS_4.format(n="一") + BUILDING_AND_WATER_4.format(n="二")).requirements
    assert both.units == ["县住建局", "县水利局"] and part_shapes(both) == ["document"]
    assert "县住建局" not in towns.units


def test_a_row_that_sends_nothing_keeps_the_table_read(tmp_path):
    requirements = tourism(tmp_path, NO_FORMAT, TOWNS_4.format(n="一") + WATER_4.format(n="二")
                           + "三 县供销社 本次不报送 —\n").requirements
    assert [r.units for r in requirements][1:] == [["县水利局"]] and requirements[1].due.hour == 16
    assert not any("县供销社" in r.units for r in requirements)


def test_companies_named_by_their_trade_make_no_requirement(tmp_path):
    draft = tourism(tmp_path, WITH_FORMAT, TOWNS.format(n="一") + WATER.format(n="二"),
                    after="参评旅游企业于三月二十五日前报送企业简介。\n")
    assert [r.due.day for r in draft.requirements] == [20, 16]
    assert any("参评旅游企业" in line for line in draft.unsettled)


def test_near_miss_a_column_other_than_the_format_leaves_the_table_as_written(tmp_path):
    requirements = tourism(tmp_path, "序号 单位 报送材料 份数 报送时间",
                           TOWNS.format(n="一") + WATER.format(n="二")).requirements
    assert not any(r.units == ["县水利局"] for r in requirements)  # which words are whose cannot be told


def test_near_miss_a_first_cell_that_never_ends_as_a_unit_leaves_the_table_as_written(tmp_path):
    rows = TOWNS.format(n="一") + "二 驻县重点 旅游 景区 安全排查情况\nWord 三月十六日\n（星期一）前\n" + WATER.format(n="三")
    requirements = tourism(tmp_path, WITH_FORMAT, rows).requirements
    assert not any(r.units == ["县水利局"] for r in requirements)


def test_near_miss_towns_that_have_companies_report_still_send(tmp_path):
    draft = tourism(tmp_path, WITH_FORMAT, TOWNS.format(n="一") + WATER.format(n="二"),
                    after="各乡镇组织辖区旅游企业于三月二十五日前报送企业简介。\n")
    assert any(r.due.day == 25 and "建昌镇" in r.units for r in draft.requirements)


# ---------------------------------------------------------------- 2359 read as a table: 4 | 县政务服务中心 | 本次不报送 | —


def pensions(tmp_path, row_two: str):
    text = ("建昌县人力资源和社会保障局\n关于开展2743年工伤保险参保核对的通知\n县直各部门，县政务服务中心：\n"
            "为做好工伤保险参保核对，请按下表报送材料：\n序号\t单位\t报送材料\t报送时间\n"
            "1\t县直各部门\t参保人员核对表（Excel格式）\t5月10日前\n"
            f"2\t县政务服务中心\t{row_two}\n"
            "以上材料报送至邮箱jcrsj_gscb2743@163.com。\n联系人：韦晓 联系电话：0429-7421366\n"
            "建昌县人力资源和社会保障局\n2743年4月20日\n")
    return draft_of_a_file(tmp_path, text)


def test_a_numbered_row_letting_an_institution_off_keeps_it_out_of_the_departments(tmp_path):
    (departments,) = pensions(tmp_path, "本次不报送\t—").requirements
    assert "县政务服务中心" not in departments.units and "县人社局" in departments.units


def test_near_miss_a_numbered_row_that_sends_is_its_own_requirement(tmp_path):
    departments, centre = pensions(tmp_path, "窗口办件统计表（Excel格式）\t5月12日前").requirements
    assert "县政务服务中心" not in departments.units and centre.units == ["县政务服务中心"]
