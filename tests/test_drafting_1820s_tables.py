"""What held-out notices 1820–1839 showed the drafter missing in a requirement table a PDF's text gave back with its
cells wrapped over lines (the share of branch h-fixn91b), on notice texts written for these tests, each with a near
miss that must not fire: a transposed table, one column per requirement (`项目 第一项 第二项 …` over the rows
报送单位 / 报送材料 / 格式 / 报送时限), read one requirement per column (1827); a table whose hour is a column of its own
(`报送日期 截止时间`), its dates without 前, a row's unit cell left empty for the unit above (1831)."""

from __future__ import annotations

import datetime as dt

from collector.drafting import draft_campaign
from collector.drafting.reading.wrapped_cells import tables_rebuilt
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = set(ROSTER.names(["town", "township"]))


def draft(table: str):
    text = ("建昌县农业农村局关于报送2461年耕地轮作试点情况的通知\n各乡镇人民政府，县水利局，县财政局，县气象局：\n"
            "    为做好试点评估，请各有关单位按下表要求报送材料，电子版发送至邮箱jcnync_lzsd@163.com。\n"
            f"{table}\n    县农业农村局将于11月中旬组织评估。\n    联系人：邢立国，联系电话：0429-7716630。\n\n"
            "建昌县农业农村局\n2461年9月1日\n")
    return draft_campaign(text, ROSTER)


def rows(d) -> list[tuple[dt.datetime, frozenset[str], list[str]]]:
    return [(r.due.replace(tzinfo=None), frozenset(r.units),
             sorted(p["kind"] + "/" + (p.get("formats") or ["-"])[0] for p in r.parts)) for r in d.requirements]


# ---------------------------------------------------------------- 1827: one column per requirement

TRANSPOSED = ("项目 第一项 第二项 第三项\n"
              "报送单位 各乡镇 县水利局、县财\n政局\n县气象局\n"
              "报送材料 轮作试点面积\n统计表\n灌溉设施运行\n情况说明\n—\n"
              "格式 Excel Word —\n"
              "报送时限 9 月10 日（星\n期四）前\n9 月17 日（星\n期四）下午3\n时前\n提供气象数据\n，不报送材料")


def test_a_transposed_tables_columns_are_its_rows():
    rebuilt = tables_rebuilt(TRANSPOSED).split("\n")
    assert rebuilt == ["报送单位\t报送材料\t格式\t报送时限",
                       "各乡镇\t轮作试点面积统计表\tExcel\t9月10日（星期四）前",
                       "县水利局、县财政局\t灌溉设施运行情况说明\tWord\t9月17日（星期四）下午3时前",
                       "县气象局\t—\t—\t提供气象数据，不报送材料"]


def test_each_column_of_a_transposed_table_is_one_requirement_with_its_own_units_and_format():
    towns, bureaus = rows(draft(TRANSPOSED))
    assert towns == (dt.datetime(2461, 9, 10, 23, 59, 59), frozenset(TOWNS), ["document/xlsx"])
    assert bureaus == (dt.datetime(2461, 9, 17, 15, 0), frozenset({"县水利局", "县财政局"}), ["document/docx"])


def test_a_word_tables_columns_of_requirements_are_its_rows_too():
    word = ("项目\t第一项\t第二项\n报送单位\t各乡镇\t县水利局、县财政局\n报送材料\t轮作试点面积统计表\t灌溉设施运行情况说明\n"
            "格式\tExcel\tWord\n报送时限\t9月10日（星期四）前\t9月17日（星期四）下午3时前")
    assert [r[:2] for r in rows(draft(word))] == [(dt.datetime(2461, 9, 10, 23, 59, 59), frozenset(TOWNS)),
                                                  (dt.datetime(2461, 9, 17, 15, 0), frozenset({"县水利局", "县财政局"}))]


def test_a_word_table_of_numbered_rows_is_not_turned():
    """Near miss: `序号 | 报送单位 | …` is a table of rows already."""
    text = "序号\t报送单位\t报送时限\n1\t各乡镇\t9月10日前\n2\t县水利局\t9月17日前"
    assert tables_rebuilt(text) == text


def test_a_transposed_table_whose_cells_do_not_come_out_in_full_count_stays_as_written():
    """Near miss: a wrap that cuts a material's name after 情况 gives four cells in a row of three; no guess."""
    broken = TRANSPOSED.replace("灌溉设施运行\n情况说明", "灌溉设施运行情况\n说明")
    assert tables_rebuilt(broken) == broken


def test_a_header_of_items_that_are_not_ordinals_is_no_transposed_table():
    """Near miss: `项目 名称 金额 …` is a table's header, not columns of items."""
    text = "项目 名称 金额 备注\n报送单位 各乡镇 县水利局 县气象局"
    assert tables_rebuilt(text) == text


# ---------------------------------------------------------------- 1831: a time column, dates with no 前, an empty unit cell

TIMED = ("报送单位 报送材料 格式 报送日期 截止时间\n"
         "各乡镇 轮作试点面积统\n计表\nExcel 9 月10 日（星\n期四）\n17:00\n"
         "轮作地块现场\n照片\n照片 9 月17 日（星\n期四）\n—\n"
         "县财政局 补贴资金发放\n情况说明\nWord 9 月10 日（星\n期四）\n12:00\n"
         "县气象局 提供气象数据\n，不报送材料\n— — —\n"
         "县水利局 灌溉设施运行\n情况说明\nWord 9 月24 日（星\n期四）\n16:30\n"
         "    注：截止时间为“—”的，当日报送即可。")


def test_a_wrapped_table_is_read_back_as_rows_and_a_row_opening_with_no_unit_has_an_empty_unit_cell():
    rebuilt = tables_rebuilt(TIMED).split("\n")
    assert rebuilt[:3] == ["报送单位\t报送材料\t格式\t报送日期\t截止时间",
                           "各乡镇\t轮作试点面积统计表\tExcel\t9月10日（星期四）\t17:00",
                           "\t轮作地块现场照片\t照片\t9月17日（星期四）\t—"]
    assert rebuilt[4] == "县气象局\t提供气象数据，不报送材料\t—\t—\t—"
    assert rebuilt[6].startswith("    注：")


def test_a_time_column_gives_each_row_its_hour_and_the_empty_unit_cell_the_unit_above():
    assert rows(draft(TIMED)) == [
        (dt.datetime(2461, 9, 10, 17, 0), frozenset(TOWNS), ["document/xlsx"]),
        (dt.datetime(2461, 9, 17, 23, 59, 59), frozenset(TOWNS), ["photo/-"]),
        (dt.datetime(2461, 9, 10, 12, 0), frozenset({"县财政局"}), ["document/docx"]),
        (dt.datetime(2461, 9, 24, 16, 30), frozenset({"县水利局"}), ["document/docx"]),
    ]


def test_a_header_of_labels_over_lines_that_are_no_dated_rows_stays_as_written():
    """Near miss: the labels, then a list of units and their materials without any date: no table to rebuild."""
    text = "报送单位 报送材料 报送时限\n各乡镇 统计表\n县水利局 情况说明"
    assert tables_rebuilt(text) == text


def test_a_table_already_in_tab_rows_is_left_alone():
    """Near miss: a Word table's rows (tabs) are read as they are."""
    text = "报送单位\t报送材料\t报送时限\n各乡镇\t统计表\t9月10日前\n县水利局\t情况说明\t9月17日前"
    assert tables_rebuilt(text) == text
