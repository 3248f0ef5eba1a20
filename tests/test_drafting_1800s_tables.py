"""What held-out notices 1800–1819 showed the drafter missing in a requirement table (the share of branch h-fixn90c), on
notice texts written for these tests, each with a near miss that must not fire: a deadline column whose header gives the
month (`报送时限（2558年12月）`) over cells that give only the day (`12日（星期二）前`), as a Word table's tab rows and as a
PDF's text gives it back (rows glued, each opening with its 序号, cells broken over lines) (1803)."""

from __future__ import annotations

import datetime as dt

from collector.drafting import draft_campaign
from collector.drafting.timing.month_in_the_header import header_month_written_in
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = set(ROSTER.names(["town", "township"]))


def draft(table: str, date: str = "2461年2月20日"):
    text = ("建昌县农业农村局\n关于开展2461年春耕备耕情况调度的通知\n各乡镇人民政府，县水利局，县气象局，县公安局：\n"
            "    为做好春耕备耕工作，现将有关事项通知如下。\n    一、报送要求\n    请各单位按下表要求，将材料发送至邮箱jcnync_cg2461@163.com。\n"
            f"{table}\n    二、工作要求\n    各乡镇要高度重视。\n    联系人：阚立峰，联系电话：0429-7713482。\n\n建昌县农业农村局\n{date}\n")
    return draft_campaign(text, ROSTER)


def rows(d) -> list[tuple[dt.datetime, set[str]]]:
    return [(r.due.replace(tzinfo=None), set(r.units)) for r in d.requirements]


TAB_TABLE = ("序号\t报送单位\t报送材料\t报送时限（2461年3月）\n"
             "1\t各乡镇人民政府\t春耕备耕调度表（Excel格式）\t6日（星期二）前\n"
             "2\t县水利局\t灌溉用水保障方案（Word格式）\t13日（星期二）下午4时前\n"
             "3\t县气象局\t春播期气候趋势预测（Word格式）\t13日（星期二）下午4时前\n"
             "4\t县公安局\t负责农资市场秩序，不报送材料\t—")

PDF_TABLE = ("序号 报送单位 报送材料 报送时限（2461 年\n3 月）\n"
             "1 各乡镇人民政府 春耕备耕调度\n表（Excel 格式）\n6 日（星期二）前\n"
             "2 县水利局 灌溉用水保障方\n案（Word 格式）\n13 日（星期二）下\n午4 时前\n"
             "3 县气象局 春播期气候趋势预\n测（Word 格式）\n13 日（星期二）下\n午4 时前\n"
             "4 县公安局 负责农资市场秩序，不\n报送材料\n—")

EXPECTED = [(dt.datetime(2461, 3, 6, 23, 59, 59), TOWNS),
            (dt.datetime(2461, 3, 13, 16, 0), {"县水利局"}),
            (dt.datetime(2461, 3, 13, 16, 0), {"县气象局"})]


def test_day_only_cells_of_a_word_table_take_the_month_and_year_of_their_column_header():
    assert rows(draft(TAB_TABLE)) == EXPECTED


def test_day_only_cells_of_a_pdf_table_glued_with_its_serial_numbers_are_one_requirement_a_row():
    assert rows(draft(PDF_TABLE)) == EXPECTED


def test_the_header_year_is_kept_when_the_notice_is_issued_the_year_before():
    d = draft(TAB_TABLE.replace("2461年3月", "2462年1月"), date="2461年12月20日")
    assert [due for due, _ in rows(d)] == [dt.datetime(2462, 1, 6, 23, 59, 59), dt.datetime(2462, 1, 13, 16, 0),
                                           dt.datetime(2462, 1, 13, 16, 0)]


def test_a_header_month_without_a_year_is_written_in_alone():
    assert header_month_written_in("单位\t截止日期(3月)\n县水利局\t6日前") == "单位\t截止日期\n县水利局\t3月6日前"


def test_a_cell_that_gives_its_month_is_left_as_written():
    """Near miss: 4月2日前 under 报送时限（2461年3月） is in April, as the cell says."""
    text = "单位\t报送时限(2461年3月)\n县水利局\t4月2日前\n县气象局\t6日前"
    assert header_month_written_in(text) == "单位\t报送时限\n县水利局\t4月2日前\n县气象局\t2461年3月6日前"


def test_a_month_in_the_header_of_a_column_that_is_no_deadline_changes_nothing():
    """Near miss: 数量（3月） is a count's column; its cells' 日 are none of a deadline's."""
    text = "单位\t数量(3月)\n县水利局\t6日\n县气象局\t12日"
    assert header_month_written_in(text) == text


def test_a_sentence_giving_a_month_in_brackets_is_no_table_header():
    """Near miss: a sentence (its punctuation) naming 报送时间（3月） leaves the bare days after it as written."""
    text = "请按报送时间(3月)安排,各乡镇于\n6日前报送。"
    assert header_month_written_in(text) == text


def test_the_days_after_the_table_are_not_in_its_month():
    """Near miss: a paragraph under the table (indented) keeps its own bare day."""
    text = "单位\t报送时限(3月)\n县水利局\t6日前\n    每月5日前报送上月数据。"
    assert header_month_written_in(text) == "单位\t报送时限\n县水利局\t3月6日前\n    每月5日前报送上月数据。"


def test_numbers_before_the_rows_of_a_glued_table_with_no_serial_column_are_not_read_past():
    """Near miss: with no 序号 in the header, a number before a row's units is no cell of the table, so the rows are not
    read as the table's (each date is not given its row's units alone)."""
    assert rows(draft(PDF_TABLE.replace("序号 ", "", 1))) != EXPECTED
