"""What held-out notices 2403, 2407, 2415 and 2419 showed the drafter missing in PDF tables whose cells wrap over lines
(fixed on branch h-fixn120a), on notice texts written for these tests, each with a near miss that must not change: a
row's cells on one long line parted by spaces are still the table's (`县人社局 表彰名额核定意见 Word 八月十九日（星期`);
`MP4 八月二十五日` is two cells (a format's digit, no date's); a line opening on 及 or on a bracket goes on with the cell
above (`…情况表` / `及现场照片`, `五月二十二日前` / `（以邮戳为准）`); a let-off (`本次不报送材料`) fills a row's date cell; a
format cell that comes one cell late glues the cell before it to the material (`…先进乡镇` / `申报表（盖章）` / `Word、PDF`);
and in any table a row's one form in Word is a document (`…推荐表 | Word`), one stamped paper in `Word、PDF` its Word
copy and its stamped scan."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text

from collector.drafting.reading.wrapped_cells import tables_rebuilt
from collector.roster import builtin_roster
from test_drafting import part_shapes

TOWNS = set(builtin_roster().names(["town", "township"]))


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县水利局，县交通局，县融媒体中心，县文旅局"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县应急管理局", "关于开展2741年防汛物资储备情况摸底的通知", addressee, body, "2741年5月20日",
        opening="为做好今年防汛准备工作，统筹调配防汛物资，决定开展防汛物资储备情况摸底。现将有关事项通知如下。",
        mailbox="jcyjj_fxwz2741@163.com", contact="马丽  联系电话：0429-7425519"))


def rows(draft_) -> list[tuple[set[str], dt.datetime, list[str]]]:
    return [(set(r.units), r.due.replace(tzinfo=None), part_shapes(r)) for r in draft_.requirements]


HEAD = "二、报送材料及时间\n单位 报送材料 格式 截止时间\n"
TAIL = "三、联系方式\n"
TOWNS_ROW = "各乡镇 防汛物资储备情\n况统计表\nExcel 六月十二日（星\n期五）\n"
TOWNS_DUE = dt.datetime(2741, 6, 12, 23, 59, 59)


# ---------------------------------------------------------------- 2403, 2407, 2415: a row's cells on one long line


def test_a_long_line_of_a_rows_cells_stays_in_the_table(tmp_path):
    text = HEAD + TOWNS_ROW + "县水利局 水库度汛物资调配情况 Word 六月十九日（星期\n五）\n" + TAIL
    assert rows(draft(tmp_path, text)) == [(TOWNS, TOWNS_DUE, ["sheet"]),
                                           ({"县水利局"}, dt.datetime(2741, 6, 19, 23, 59, 59), ["document"])]


def test_near_miss_a_long_line_of_prose_under_the_table_still_ends_it():
    text = HEAD + TOWNS_ROW + "县水利局 调配情况 Word 六月十九日（星期\n五）\n" + \
        "各物资供应企业 请按照统一口径 认真填写本企业防汛物资储备数量\n"
    lines = tables_rebuilt(text).split("\n")
    assert lines[-2] == "各物资供应企业 请按照统一口径 认真填写本企业防汛物资储备数量"
    assert lines[3] == "县水利局\t调配情况\tWord\t六月十九日（星期五）"


# ---------------------------------------------------------------- 2403, 2407: MP4 before a date in Chinese numerals


def test_a_video_format_and_the_date_after_it_are_two_cells(tmp_path):
    text = HEAD + TOWNS_ROW + "县融媒体中心 宣传视频 MP4 六月十九日（星\n期五）\n" + TAIL
    assert rows(draft(tmp_path, text)) == [(TOWNS, TOWNS_DUE, ["sheet"]),
                                           ({"县融媒体中心"}, dt.datetime(2741, 6, 19, 23, 59, 59), ["video"])]


def test_near_miss_a_pdfs_gap_after_a_dates_digits_is_still_closed():
    text = HEAD + "各乡镇 防汛物资储备情\n况统计表\nExcel 6 月12 日（星\n期五）\n县水利局 水库度汛物资调配情况\nWord 6 月19 日前\n" + TAIL
    assert tables_rebuilt(text).split("\n")[2] == "各乡镇\t防汛物资储备情况统计表\tExcel\t6月12日（星期五）"


# ---------------------------------------------------------------- 2419, 2403: 及… and （…） go on with the cell above


def test_a_line_opening_on_ji_or_a_bracket_goes_on_with_the_cell_above(tmp_path):
    text = HEAD + "各乡镇 防汛物资储备情况表\n及现场照片\nExcel、照片 六月十二日（星\n期五）\n" + \
        "县水利局 调配情况 Word 六月十九日前\n（以邮件时间为准）\n" + TAIL
    assert rows(draft(tmp_path, text)) == [(TOWNS, TOWNS_DUE, ["photo", "sheet"]),
                                           ({"县水利局"}, dt.datetime(2741, 6, 19, 23, 59, 59), ["document"])]


def test_near_miss_a_unit_opening_the_next_line_is_the_next_row():
    text = HEAD + TOWNS_ROW + "县水利局 调配情况 Word 六月十九日前\n县交通局 抢通情况 Word 六月十九日前\n" + TAIL
    assert tables_rebuilt(text).split("\n")[3:5] == ["县水利局\t调配情况\tWord\t六月十九日前",
                                                     "县交通局\t抢通情况\tWord\t六月十九日前"]


# ---------------------------------------------------------------- 2407, 2415, 2419: a let-off in the date cell


def test_a_let_off_fills_a_rows_date_cell(tmp_path):
    text = HEAD + TOWNS_ROW + "县文旅局 — — 本次不报送\n县水利局 调配情况 Word 六月十九日前\n" + TAIL
    assert rows(draft(tmp_path, text)) == [(TOWNS, TOWNS_DUE, ["sheet"]),
                                           ({"县水利局"}, dt.datetime(2741, 6, 19, 23, 59, 59), ["document"])]


def test_near_miss_a_dash_in_the_date_cell_reads_as_before():
    text = HEAD + TOWNS_ROW + "县文旅局 — — —\n县水利局 调配情况 Word 六月十九日前\n" + TAIL
    assert tables_rebuilt(text).split("\n")[3:5] == ["县文旅局\t—\t—\t—",
                                                     "县水利局\t调配情况\tWord\t六月十九日前"]


# ---------------------------------------------------------------- 2415: the format cell one late


def test_a_material_wrapped_after_words_that_look_whole_is_glued_back():
    text = HEAD + "各乡镇 防汛先进乡镇\n申报表（盖章）\nWord、PDF 六月十二日（星\n期五）\n" + \
        "县水利局 调配情况 Word 六月十九日前\n" + TAIL
    assert tables_rebuilt(text).split("\n")[2:4] == ["各乡镇\t防汛先进乡镇申报表（盖章）\tWord、PDF\t六月十二日（星期五）",
                                                     "县水利局\t调配情况\tWord\t六月十九日前"]


def test_near_miss_a_material_that_is_no_format_stays_its_own_cell():
    text = HEAD + "各乡镇 防汛物资储备情况统计表\nExcel 六月十二日（星\n期五）\n县水利局 水库度汛物资调配情况\nWord 六月十九日前\n" + TAIL
    assert tables_rebuilt(text).split("\n")[2] == "各乡镇\t防汛物资储备情况统计表\tExcel\t六月十二日（星期五）"


# ---------------------------------------------------------------- 2407: one form in Word; 2415: one stamped paper in Word、PDF


FORMS = "二、报送材料及时间\n单位\t报送材料\t格式\t截止时间\n各乡镇\t{paper}\t{formats}\t6月12日（星期五）\n"


def test_one_form_in_word_is_a_document(tmp_path):
    (towns,) = draft(tmp_path, FORMS.format(paper="防汛先进个人推荐表", formats="Word")).requirements
    assert part_shapes(towns) == ["document"]


def test_near_miss_one_form_in_excel_is_a_sheet(tmp_path):
    (towns,) = draft(tmp_path, FORMS.format(paper="防汛先进个人推荐表", formats="Excel")).requirements
    assert part_shapes(towns) == ["sheet"]


def test_one_stamped_paper_in_word_and_pdf_is_its_word_copy_and_its_scan(tmp_path):
    (towns,) = draft(tmp_path, FORMS.format(paper="防汛先进乡镇申报表（盖章）", formats="Word、PDF")).requirements
    assert part_shapes(towns) == ["document", "scan"]


def test_near_miss_one_stamped_paper_in_pdf_is_its_scan_alone(tmp_path):
    (towns,) = draft(tmp_path, FORMS.format(paper="防汛先进乡镇申报表（盖章）", formats="PDF")).requirements
    assert part_shapes(towns) == ["scan"]


# ---------------------------------------------------------------- the zone's row (found by the lead on merging, 2383)


def test_the_zones_row_whose_material_wraps_is_the_zones(tmp_path):
    """八家子经济开发区 opening a row is its unit cell (a unit ending in 开发区), not a material under the row above's unit:
    held-out 2383 broke when the format cell's glue (`…台账及现` / `状照片` / `Excel、照片`) met a unit cell not read as one."""
    text = HEAD + TOWNS_ROW + "八家子经济开发区 物资储备台账及现\n场照片\nExcel、照片 六月十六日（星\n期二）上午十时前\n" + TAIL
    body = draft(tmp_path, text, addressee="各乡镇人民政府，八家子经济开发区管委会")
    units, due, shapes = rows(body)[1]
    assert (units, due, sorted(shapes)) == ({"八家子经济开发区"}, dt.datetime(2741, 6, 16, 10, 0), ["photo", "sheet"])
    assert body.requirements[1].title == "物资储备台账及现场照片"
