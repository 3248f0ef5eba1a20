"""What held-out notices 2700–2719 showed the drafter missing (fixed on branch h-fixn135a), on notice texts written
for these tests, each with a near miss that must not change: a dateless `序号 | 单位 | 报送材料` table dated by notes
naming its rows by number (`注1：序号1、2所列材料请于…前报送`) dates each row by its note (2711); a table with the
units across under a `项目` / `类别` head cell (`项目 | 石佛乡 | 王宝营子乡 | …` / `报送材料 | …` / `报送时间 | …`) is read
as one with a `单位` head cell, each column its unit's requirement (2719)."""

from __future__ import annotations

import pytest
from collector.drafting.reading.wrapped_cells import tables_rebuilt
from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes
from test_drafting_2640s_units_across import ACROSS, _as_expected
from test_drafting_2640s_units_across import draft as draft_across

ROWS = ["1\t大屯镇\t秋收农机作业进度表（Excel格式）",
        "2\t药王庙镇\t秋收农机作业进度表（Excel格式）",
        "3\t县水利局\t秋季灌溉设施检修情况（Word格式）"]


def draft(tmp_path, rows: list[str], notes: list[str]):
    body = "请下表所列单位报送材料，报送时间见表下注释。\n序号\t单位\t报送材料\n" + "\n".join(rows + notes)
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县农业农村局", "关于报送秋季农机作业情况的通知", "大屯镇人民政府、药王庙镇人民政府，县水利局", body,
        "二八八五年九月五日", opening="为掌握秋收进度，现将有关事项通知如下。",
        mailbox="jcnyj_qsnj@163.com", contact="刘洋  联系电话：0429-7921155"))


def _by_day(d) -> list[tuple[str, list[str], list[str]]]:
    return sorted((r.due.strftime("%m-%d %H:%M"), sorted(r.units), part_shapes(r)) for r in d.requirements)


# ---------------------------------------------------------------- 2711: 注1：序号1、2所列材料请于…前报送 / 注2：序号3…


def test_notes_naming_rows_by_number_date_those_rows_each(tmp_path):
    d = draft(tmp_path, ROWS, ["注1：序号1、2所列材料请于九月二十日（星期四）下午四时前报送。",
                               "注2：序号3所列材料请于九月二十七日（星期四）上午十时前报送。"])
    assert _by_day(d) == [("09-20 16:00", ["大屯镇", "药王庙镇"], ["sheet"]),
                          ("09-27 10:00", ["县水利局"], ["document"])]


def test_notes_naming_a_span_of_rows(tmp_path):
    d = draft(tmp_path, ROWS, ["注1：第1-2项材料请于九月二十日（星期四）下午四时前报送。",
                               "注2：第3项材料请于九月二十七日（星期四）上午十时前报送。"])
    assert _by_day(d) == [("09-20 16:00", ["大屯镇", "药王庙镇"], ["sheet"]),
                          ("09-27 10:00", ["县水利局"], ["document"])]


def test_near_miss_a_row_no_note_names_is_read_as_today(tmp_path):
    d = draft(tmp_path, ROWS, ["注1：序号1、2所列材料请于九月二十日（星期四）下午四时前报送。"])
    assert _by_day(d) == [("09-20 16:00", ["县水利局", "大屯镇", "药王庙镇"], ["document", "sheet"])]


# ---------------------------------------------------------------- 2719: 项目 | 石佛乡 | 王宝营子乡 | … over the rows


@pytest.mark.parametrize("head", ["项目", "类别"])
def test_units_across_under_an_item_head_cell_are_read_by_column(tmp_path, head):
    _as_expected(draft_across(tmp_path, "请各单位按下表要求，将材料发送至jclcj_guanniao@163.com。\n"
                                        + ACROSS.replace("单位", head, 1)).requirements)


def test_near_miss_items_across_are_read_as_today(tmp_path):
    d = draft_across(tmp_path, "请各单位按下表要求，将材料发送至jclcj_guanniao@163.com。\n"
                               "项目\t第一项\t第二项\n"
                               "报送单位\t喇嘛洞镇、西碱厂乡\t建昌县融媒体中心\n"
                               "报送材料\t观鸟点位统计表（Excel格式）\t观鸟宣传短片（MP4格式）\n"
                               "截止时间\t9月12日（星期三）下午2时前\t9月20日（星期四）前")
    _as_expected(d.requirements)


def test_near_miss_an_item_head_over_papers_is_not_turned():
    table = ("项目\t观鸟点位统计表\t观鸟宣传短片\n"
             "格式\tExcel\tMP4\n"
             "截止时间\t9月12日（星期三）下午2时前\t9月20日（星期四）前")
    assert tables_rebuilt(table) == table
