"""What held-out notices 1900–1919 showed the drafter missing (the share of branch h-fixn95b), on notice texts written
for these tests, each with a near miss that must not fire: units ticked (√) in a table's column (1905, 1911), a PDF's
tick table with its blank cells lost (1911), a quote mark a PDF moved into a time (1911), the county's towns and
townships said by their count (1914)."""

from __future__ import annotations

import datetime as dt

from collector.drafting import draft_campaign
from collector.drafting.reading.displaced_quotes import dropped_from_numbers
from collector.drafting.reading.ticked_pdf_rows import ticked_rows_placed
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town"]))
TOWNSHIPS = sorted(ROSTER.names(["township"]))
LOCAL = sorted(TOWNS + TOWNSHIPS)


def draft(body: str, salutation: str = "各乡镇人民政府："):
    text = (f"关于开展2453年森林防火检查的通知\n{salutation}\n{body}\n报送邮箱：jcslfh_jc@163.com\n"
            f"联系人：郝立群  联系电话：0429-7713305\n\n建昌县森林防火办公室\n2453年3月2日\n")
    return draft_campaign(text, ROSTER)


TABLE = ("序号\t乡镇\t宣传进村\t卡口设置\n"
         "1\t汤神庙镇\t√\t\n"
         "2\t谷杖子乡\t√\t√\n"
         "3\t要路沟乡\t\t√\n"
         "4\t新开岭乡\t√\t\n")
NAMED = "汤神庙镇、谷杖子乡、要路沟乡、新开岭乡人民政府："


# ---------------------------------------------------------------- 1911: 在“X”栏打“√”的乡镇


def test_units_ticked_in_a_quoted_column_are_the_rows_ticked_there():
    first, second = draft(TABLE + "（一）在“宣传进村”栏打“√”的乡镇，请于3月20日前报送宣传记录表（Excel格式）。\n"
                                  "（二）在“卡口设置”栏打“√”的乡镇，请于3月27日前报送卡口台账（Excel格式）。", NAMED).requirements
    assert sorted(first.units) == sorted(["汤神庙镇", "谷杖子乡", "新开岭乡"])
    assert sorted(second.units) == sorted(["谷杖子乡", "要路沟乡"])


def test_a_column_no_table_has_leaves_the_words_as_written():
    (only,) = draft(TABLE + "在“巡护到位”栏打“√”的乡镇，请于3月20日前报送巡护记录表（Excel格式）。", NAMED).requirements
    assert sorted(only.units) == sorted(["汤神庙镇", "谷杖子乡", "要路沟乡", "新开岭乡"])


# ---------------------------------------------------------------- 1905: 本次抽查乡镇 beside 本次抽查（打“√”）


CHECKED = ("序号\t乡镇\t本次抽查（打“√”）\n"
           "1\t汤神庙镇\t\n"
           "2\t谷杖子乡\t√\n"
           "3\t要路沟乡\t√\n"
           "4\t新开岭乡\t\n")


def test_a_tick_columns_name_before_a_unit_noun_is_the_rows_ticked():
    (only,) = draft(CHECKED + "请本次抽查乡镇于3月20日前报送自查报告（Word格式）。", NAMED).requirements
    assert sorted(only.units) == ["要路沟乡", "谷杖子乡"]


def test_a_column_of_counts_is_no_tick_column():
    counts = CHECKED.replace("本次抽查（打“√”）", "本次抽查").replace("\t√", "\t3").replace("镇\t\n", "镇\t2\n")
    counts = counts.replace("乡\t\n", "乡\t1\n")
    (only,) = draft(counts + "请本次抽查乡镇于3月20日前报送自查报告（Word格式）。", NAMED).requirements
    assert sorted(only.units) == sorted(["汤神庙镇", "谷杖子乡", "要路沟乡", "新开岭乡"])


# ---------------------------------------------------------------- 1911: a PDF's tick table, its blanks lost


PLAIN = "序号 乡镇 宣传进村 卡口设置\n1 汤神庙镇 √\n2 谷杖子乡 √ √\n4 新开岭乡\n3 要路沟乡 √\n"
LAYOUT = ("序号        乡镇          宣传进村        卡口设置\n\n"
          "1           汤神庙镇      √\n\n"
          "2           谷杖子乡      √               √\n\n"
          "4           新开岭乡\n\n"
          "3           要路沟乡                      √\n")


def test_a_pdfs_tick_rows_are_placed_under_their_columns_by_the_layout():
    assert ticked_rows_placed(PLAIN, LAYOUT).split("\n")[:5] == [
        "序号\t乡镇\t宣传进村\t卡口设置", "1\t汤神庙镇\t√\t", "2\t谷杖子乡\t√\t√", "4 新开岭乡", "3\t要路沟乡\t\t√"]


def test_a_layout_row_whose_cells_crowd_one_column_is_left_alone():
    crowded = LAYOUT.replace("3           要路沟乡                      √", "3 要路沟乡                        √")
    assert ticked_rows_placed(PLAIN, crowded).split("\n")[4] == "3 要路沟乡 √"


# ---------------------------------------------------------------- 1911: 下午4 “点前 (a quote mark moved into the time)


def test_a_quote_mark_moved_between_a_number_and_its_unit_is_put_back():
    assert dropped_from_numbers("请于3月20日下午4 “点前，报送 两个清单\n”情况") == "请于3月20日下午4点前，报送“两个清单\n”情况"
    assert dropped_from_numbers("“四、省通知中3月31 ”日前报送总结 的要求") == "“四、省通知中3月31日前报送总结”的要求"
    (only,) = draft("请各乡镇于3月20日下午4 “点前，报送 防火 两个清\n”单 落实情况（Word格式）。").requirements
    assert only.due.replace(tzinfo=None) == dt.datetime(2453, 3, 20, 16, 0)


def test_a_quoted_number_as_typed_keeps_its_marks():
    assert dropped_from_numbers("按“5”号文件和“十四五”规划") == "按“5”号文件和“十四五”规划"


# ---------------------------------------------------------------- 1914: 全县7个镇 / 全县21个乡


def test_the_countys_towns_and_townships_by_their_count_are_the_kinds():
    first, second = draft("各乡镇分两批报送《护林员花名册》（Excel格式）：\n"
                          f"第一批：全县{len(TOWNS)}个镇，于3月20日前报送；\n"
                          f"第二批：全县{len(TOWNSHIPS)}个乡，于3月27日前报送。", "各乡镇人民政府，县林业和草原局：").requirements
    assert sorted(first.units) == TOWNS
    assert sorted(second.units) == TOWNSHIPS


def test_a_count_the_roster_does_not_hold_is_not_the_kind():
    (only,) = draft(f"全县{len(TOWNS) - 2}个镇设有林场，请各乡镇于3月20日前报送《护林员花名册》（Excel格式）。").requirements
    assert sorted(only.units) == LOCAL


# ---------------------------------------------------------------- 1646 (laid bare by the quote repair): 市通知中“…”


def test_a_date_said_right_after_another_notices_words_is_that_notices():
    (only,) = draft("一、各乡镇于3月20日前报送《护林员花名册》（Excel格式）。\n"
                    "二、省通知中“3月31日前报送工作总结”的要求，由县防火办汇总后统一上报，各单位不得直接向省里报送。").requirements
    assert only.due.replace(tzinfo=None) == dt.datetime(2453, 3, 20, 23, 59, 59)


def test_a_date_after_a_notices_words_of_its_own_is_asked():
    _, summary = draft("一、各乡镇于3月20日前报送《护林员花名册》（Excel格式）。\n"
                       "二、按照省通知中的要求，各乡镇于3月31日前报送工作总结（Word格式）。").requirements
    assert summary.due.replace(tzinfo=None) == dt.datetime(2453, 3, 31, 23, 59, 59)
