"""What held-out notices 2363 and 2379 showed the drafter missing in PDF tables whose cells wrap over lines (fixed on
branch h-fixn118a), on notice texts written for these tests, each with a near miss that must not change: a date in
Chinese numerals (`六月十二日（星` / `期五）前`) ends its cell as one in digits does; a `报送时间` column with no `日期`
column holds the dates; a format opening a line (`Word`) is a cell of its own after a material not ending on a noun the
reader knows (`…审核意见`); a short sentence ending on its full stop is no cell; a row `县气象局 | 本次不报送 | — | —`
lets an institution named apart in the salutation out of the 县直各部门 row; 各…场 (farms) are no roster unit."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text

from collector.roster import builtin_roster
from test_drafting import part_shapes

TOWNS = set(builtin_roster().names(["town", "township"]))
DEPARTMENTS = set(builtin_roster().names(["department"]))


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县直有关部门"):
    """The notice as a PDF's text layer gives it: the opening paragraph broken where its line ran out (…。请 / 按下表…)."""
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县应急管理局", "关于开展2741年防汛物资储备情况摸底的通知", addressee, body, "2741年5月20日",
        opening="为做好今年防汛准备工作，统筹调配防汛物资，决定开展防汛物资储备情况摸底。请\n按下表报送材料：",
        mailbox="jcyjj_fxwz2741@163.com", contact="马丽  联系电话：0429-7425519"))


# a sentence under the table, off the roster: its date none of the rows' (a table not read as rows runs into it)
UNDER_THE_TABLE = "各物资供应企业于6月15日前将本企业防汛物资库存清单报县应急局。\n"


def rows(draft_) -> list[tuple[set[str], dt.datetime, list[str]]]:
    return [(set(r.units), r.due.replace(tzinfo=None), part_shapes(r)) for r in draft_.requirements]


# ---------------------------------------------------------------- 2363, 2379: dates in Chinese numerals, wrapped


CHINESE_DATES = ("单位 报送材料 格式 报送时限\n"
                 "各乡镇 防汛物资储备情\n况统计表\nExcel {town_date}\n"
                 "县水利局 水库度汛物资调\n配汇总表\nExcel {water_date}\n" + UNDER_THE_TABLE)


def test_a_wrapped_date_in_chinese_numerals_ends_its_cell(tmp_path):
    text = CHINESE_DATES.format(town_date="六月十二日（星\n期五）前", water_date="六月十日（星期\n三）下午三时前")
    assert rows(draft(tmp_path, text)) == [(TOWNS, dt.datetime(2741, 6, 12, 23, 59, 59), ["sheet"]),
                                           ({"县水利局"}, dt.datetime(2741, 6, 10, 15, 0), ["sheet"])]


def test_near_miss_a_wrapped_date_in_digits_reads_as_before(tmp_path):
    text = CHINESE_DATES.format(town_date="6月12日（星\n期五）前", water_date="6月10日（星期\n三）下午3时前")
    assert rows(draft(tmp_path, text)) == [(TOWNS, dt.datetime(2741, 6, 12, 23, 59, 59), ["sheet"]),
                                           ({"县水利局"}, dt.datetime(2741, 6, 10, 15, 0), ["sheet"])]


# ---------------------------------------------------------------- 2363, 2379: 报送时间 the date column, a let-off row


TIME_COLUMN = ("单位 报送材料 格式 {label}\n"
               "各乡镇 防汛物资储备情\n况统计表\nExcel 6月12日前\n"
               "县水利局 水库度汛物资调\n配汇总表\nExcel 6月10日前\n"
               "县交通局 本次不报送 — —\n" + UNDER_THE_TABLE)


def test_a_time_column_with_no_date_column_holds_the_dates(tmp_path):
    assert rows(draft(tmp_path, TIME_COLUMN.format(label="报送时间"))) == [
        (TOWNS, dt.datetime(2741, 6, 12, 23, 59, 59), ["sheet"]),
        ({"县水利局"}, dt.datetime(2741, 6, 10, 23, 59, 59), ["sheet"])]


def test_near_miss_a_date_column_reads_as_before(tmp_path):
    assert rows(draft(tmp_path, TIME_COLUMN.format(label="报送时限"))) == [
        (TOWNS, dt.datetime(2741, 6, 12, 23, 59, 59), ["sheet"]),
        ({"县水利局"}, dt.datetime(2741, 6, 10, 23, 59, 59), ["sheet"])]


# ---------------------------------------------------------------- 2363: Word opening a line after …意见


FORMAT_LINE = ("单位 报送材料 格式 报送时限\n"
               "各乡镇 防汛物资储备情\n况统计表\nExcel 6月12日前\n"
               "县水利局 {paper}\n6月10日前\n" + UNDER_THE_TABLE)


def test_a_format_opening_a_line_is_a_cell_of_its_own(tmp_path):
    towns, water = draft(tmp_path, FORMAT_LINE.format(paper="水库度汛方案审核\n意见\nWord")).requirements
    assert set(water.units) == {"县水利局"} and part_shapes(water) == ["document"]
    assert [p["title"] for p in water.parts] == ["水库度汛方案审核意见"]


def test_near_miss_a_format_inside_an_open_bracket_stays_in_the_material(tmp_path):
    towns, water = draft(tmp_path, FORMAT_LINE.format(paper="水库度汛方案（盖章\nPDF扫描件）\nPDF")).requirements
    assert set(water.units) == {"县水利局"} and part_shapes(water) == ["scan"]


# ---------------------------------------------------------------- 2379: a short sentence under the table


SHORT = ("单位 报送材料 格式 报送时限\n"
         "各乡镇 防汛物资储备情\n况统计表\nExcel 6月12日前\n"
         "县水利局 水库度汛物资调\n配汇总表\nExcel 6月10日前\n"
         "{sentence}\n")


def test_a_short_sentence_under_the_table_is_no_cell(tmp_path):
    got = draft(tmp_path, SHORT.format(sentence="各物资供应企业于6月15日前报送库存清单。"))
    assert rows(got) == [(TOWNS, dt.datetime(2741, 6, 12, 23, 59, 59), ["sheet"]),
                         ({"县水利局"}, dt.datetime(2741, 6, 10, 23, 59, 59), ["sheet"])]


def test_near_miss_a_long_sentence_under_the_table_reads_as_before(tmp_path):
    got = draft(tmp_path, SHORT.format(sentence=UNDER_THE_TABLE.strip()))
    assert rows(got) == [(TOWNS, dt.datetime(2741, 6, 12, 23, 59, 59), ["sheet"]),
                         ({"县水利局"}, dt.datetime(2741, 6, 10, 23, 59, 59), ["sheet"])]


# ---------------------------------------------------------------- 2379: 县气象局 | 本次不报送 | — | —


APART = "县直各部门，县融媒体中心，县气象局"
LET_OFF = ("单位\t报送材料\t格式\t报送时限\n"
           "县直各部门\t防汛物资储备情况统计表\tExcel\t6月12日前\n"
           "县融媒体中心\t防汛宣传视频\tMP4\t6月10日前\n"
           "{last}\n")


def test_an_institution_let_off_by_its_row_is_no_department(tmp_path):
    depts, media = draft(tmp_path, LET_OFF.format(last="县气象局\t本次不报送\t—\t—"), addressee=APART).requirements
    assert set(depts.units) == DEPARTMENTS and set(media.units) == {"县融媒体中心"}


def test_near_miss_an_institution_with_no_row_stays_in_the_departments(tmp_path):
    depts, media = draft(tmp_path, LET_OFF.format(last=""), addressee=APART).requirements
    assert set(depts.units) == DEPARTMENTS | {"县气象局"} and set(media.units) == {"县融媒体中心"}


# ---------------------------------------------------------------- 2363: 各国有林场 off the roster


def test_farms_as_a_group_are_off_the_roster(tmp_path):
    (towns,) = draft(tmp_path, "一、各乡镇于6月12日前报送防汛物资储备情况统计表（Excel格式）。\n"
                               "二、各养殖场于6月15日前将防汛物资清单报县应急局。").requirements
    assert set(towns.units) == TOWNS


def test_near_miss_the_market_bureau_is_no_farm(tmp_path):
    towns, market = draft(tmp_path, "一、各乡镇于6月12日前报送防汛物资储备情况统计表（Excel格式）。\n"
                                    "二、县市场局于6月15日前报送防汛物资价格监测表（Excel格式）。",
                          addressee="各乡镇人民政府，县市场局").requirements
    assert set(market.units) == {"县市场局"}
