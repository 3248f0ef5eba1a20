"""What held-out notices 2423, 2427, 2431, 2435 and 2439 showed the drafter missing in PDF tables whose cells wrap over
lines (fixed on branch h-fixn121a), on notice texts written for these tests, each with a near miss that must not
change: a let-off row whose empty cells the PDF dropped (`县住建局 本次不报送`) is a row of its own, the next unit's row
after it; `PDF 扫描件` (a space or a wrap inside) and `Excel、截图` are format cells; a `承办单位` column is the units';
a county farm's or company's row (`县国有林场`, `县广电网络公司`) is a row of its own and, off the roster, no one's."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text

from collector.drafting.reading.wrapped_cells import tables_rebuilt
from collector.roster import builtin_roster
from test_drafting import part_shapes

TOWNS = set(builtin_roster().names(["town", "township"]))


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县水利局，县交通局，县融媒体中心，县文旅局"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县应急管理局", "关于开展2742年防汛物资储备情况摸底的通知", addressee, body, "2742年5月20日",
        opening="为做好今年防汛准备工作，统筹调配防汛物资，决定开展防汛物资储备情况摸底。现将有关事项通知如下。",
        mailbox="jcyjj_fxwz2742@163.com", contact="马丽  联系电话：0429-7425519"))


def rows(draft_) -> list[tuple[set[str], dt.datetime, list[str]]]:
    return [(set(r.units), r.due.replace(tzinfo=None), part_shapes(r)) for r in draft_.requirements]


HEAD = "二、报送材料及时间\n单位 报送材料 格式 截止时间\n"
TAIL = "三、联系方式\n"
TOWNS_ROW = "各乡镇 防汛物资储备情\n况统计表\nExcel 六月十二日（星\n期五）\n"
TOWNS_DUE = dt.datetime(2742, 6, 12, 23, 59, 59)
ROADS_ROW = "县交通局 公路防汛物资\n调配情况\nWord 六月十九日（星\n期五）\n"
ROADS_DUE = dt.datetime(2742, 6, 19, 23, 59, 59)


# ---------------------------------------------------------------- 2427, 2431, 2435, 2439: 县住建局 本次不报送, cells dropped


def test_a_let_off_row_whose_empty_cells_were_dropped_is_a_row_of_its_own(tmp_path):
    text = HEAD + TOWNS_ROW + "县水利局 本次不报送\n" + ROADS_ROW + TAIL
    assert rows(draft(tmp_path, text)) == [(TOWNS, TOWNS_DUE, ["sheet"]), ({"县交通局"}, ROADS_DUE, ["document"])]


def test_near_miss_a_let_off_row_with_its_dashes_keeps_them():
    text = HEAD + TOWNS_ROW + "县水利局 — — 本次不报送\n" + ROADS_ROW + TAIL
    assert tables_rebuilt(text).split("\n")[3] == "县水利局\t—\t—\t本次不报送"


# ---------------------------------------------------------------- 2423, 2439: an off-roster paper row after a let-off


def test_an_off_roster_paper_row_after_a_let_off_row_is_only_its_own(tmp_path):
    text = HEAD + TOWNS_ROW + ROADS_ROW + "县水利局 本次不报送\n各物资供应企业 物资储备清\n单\n纸质 六月十五日（星\n期一）\n" + TAIL
    assert rows(draft(tmp_path, text)) == [(TOWNS, TOWNS_DUE, ["sheet"]), ({"县交通局"}, ROADS_DUE, ["document"])]


# ---------------------------------------------------------------- 2427, 2435: PDF 扫描件, Excel、PDF 扫描 / 件


def test_a_pdf_scan_parted_by_a_space_or_a_wrap_is_one_format_cell(tmp_path):
    text = HEAD + TOWNS_ROW + "县水利局 调配审批文件 PDF 扫描件 六月十九日（星\n期五）\n" + \
        "县交通局 调配情况汇总\n表\nExcel、PDF 扫描\n件\n六月十九日（星\n期五）\n" + TAIL
    assert rows(draft(tmp_path, text)) == [(TOWNS, TOWNS_DUE, ["sheet"]), ({"县水利局"}, ROADS_DUE, ["scan"]),
                                           ({"县交通局"}, ROADS_DUE, ["scan", "sheet"])]


def test_near_miss_a_pdf_format_before_its_date_is_still_two_cells():
    text = HEAD + TOWNS_ROW + "县水利局 调配审批文件 PDF 六月十九日（星\n期五）\n" + TAIL
    assert tables_rebuilt(text).split("\n")[3] == "县水利局\t调配审批文件\tPDF\t六月十九日（星期五）"


# ---------------------------------------------------------------- 2423: Excel、截图


def test_a_sheet_with_screenshots_is_a_format_cell():
    text = HEAD + TOWNS_ROW + "县水利局 物资台账及系统截\n图\nExcel、截图 六月十九日（星\n期五）\n" + TAIL
    assert tables_rebuilt(text).split("\n")[3] == "县水利局\t物资台账及系统截图\tExcel、截图\t六月十九日（星期五）"


def test_near_miss_a_material_ending_on_screenshots_keeps_them():
    text = HEAD + TOWNS_ROW + "县水利局 物资台账及系统\n截图\nExcel 六月十九日（星\n期五）\n" + TAIL
    assert tables_rebuilt(text).split("\n")[3] == "县水利局\t物资台账及系统截图\tExcel\t六月十九日（星期五）"


# ---------------------------------------------------------------- 2435: 承办单位


def test_a_handling_units_column_is_the_units_one(tmp_path):
    text = HEAD.replace("单位 ", "承办单位 ") + TOWNS_ROW + ROADS_ROW + TAIL
    assert rows(draft(tmp_path, text)) == [(TOWNS, TOWNS_DUE, ["sheet"]), ({"县交通局"}, ROADS_DUE, ["document"])]


def test_near_miss_a_word_tables_handling_units_column_drafts_the_same(tmp_path):
    text = "二、报送材料及时间\n承办单位\t报送材料\t格式\t截止时间\n各乡镇\t防汛物资储备情况统计表\tExcel\t六月十二日（星期五）\n" \
        "县交通局\t公路防汛物资调配情况\tWord\t六月十九日（星期五）\n" + TAIL
    assert rows(draft(tmp_path, text)) == [(TOWNS, TOWNS_DUE, ["sheet"]), ({"县交通局"}, ROADS_DUE, ["document"])]


# ---------------------------------------------------------------- 2427, 2431: 县国有林场, 县广电网络公司 rows


def test_a_county_farms_or_companys_row_is_its_own_and_no_roster_units(tmp_path):
    text = HEAD + TOWNS_ROW + "县国有林场 防汛物资储备情况 Word 六月十五日（星\n期一）\n" + \
        "县广电网络公司 线路抢修物资清单 Excel 六月十五日（星\n期一）\n" + ROADS_ROW + TAIL
    assert rows(draft(tmp_path, text)) == [(TOWNS, TOWNS_DUE, ["sheet"]), ({"县交通局"}, ROADS_DUE, ["document"])]


def test_near_miss_a_roster_units_row_naming_a_farm_stays_its(tmp_path):
    text = HEAD + TOWNS_ROW + "县水利局 国有林场防汛物资储备情况 Word 六月十九日（星\n期五）\n" + TAIL
    assert rows(draft(tmp_path, text)) == [(TOWNS, TOWNS_DUE, ["sheet"]), ({"县水利局"}, ROADS_DUE, ["document"])]
