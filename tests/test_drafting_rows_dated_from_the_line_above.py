"""A table of units and their own papers (`单位 | 报送材料`, no date column) right under the line that sends by it with one
date (`请各单位按下表要求报送材料，于6月15日前发送至…`, `请各单位于6月15日前将下表所列材料发送至…`): each unit sends its own
row's papers by that date. Found by the lead probing an ordinary shape by hand (2026-12-07): the first drafted one
requirement of a bare `材料` for every unit, the second gave every unit every paper of the table
(`dated_by_a_note._dated_from_above`). A table whose rows give their own days keeps them."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes

ROWS = ("单位\t报送材料\n县发改局\t自查报告、整改台账（Excel格式）\n县教育局\t自查报告、佐证照片\n"
        "县卫健局\t自查报告、整改台账（Excel格式）、佐证照片\n县民政局\t整改台账（Excel格式）")


def draft(tmp_path, lead: str, rows: str = ROWS):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县审计局", "关于开展3026年度预算执行审计整改自查的通知", "县发改局、县教育局、县卫健局、县民政局",
        lead + "\n" + rows, "3026年6月1日", contact="高原  联系电话：0429-7512345"))


def papers_by_unit(d) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in d.requirements:
        for unit in r.units:
            out.setdefault(unit, []).extend(part_shapes(r))
    return {unit: sorted(shapes) for unit, shapes in out.items()}


EXPECTED = {"县发改局": ["document", "sheet"], "县教育局": ["document", "photo"],
            "县卫健局": ["document", "photo", "sheet"], "县民政局": ["sheet"]}


def test_a_line_sending_by_the_table_below_dates_each_units_own_papers(tmp_path):
    d = draft(tmp_path, "请各单位按下表要求报送材料，于6月15日前发送至jcsjj_zg3026@163.com。")
    assert papers_by_unit(d) == EXPECTED
    assert {(r.due.month, r.due.day) for r in d.requirements} == {(6, 15)}


def test_variant_the_materials_listed_below_sent_by_a_day(tmp_path):
    d = draft(tmp_path, "请各单位于6月15日下午4点前将下表所列材料发送至jcsjj_zg3026@163.com。")
    assert papers_by_unit(d) == EXPECTED
    assert {(r.due.day, r.due.hour) for r in d.requirements} == {(15, 16)}


def test_variant_a_tick_matrix_under_the_line(tmp_path):
    matrix = ("单位\t自查报告\t整改台账（Excel格式）\t佐证照片\n县发改局\t√\t√\t—\n县教育局\t√\t—\t√\n"
              "县卫健局\t√\t√\t√\n县民政局\t—\t√\t—")
    d = draft(tmp_path, "请各单位按下表报送材料，于6月15日前发送至jcsjj_zg3026@163.com。", matrix)
    assert papers_by_unit(d) == EXPECTED


def test_near_miss_rows_with_days_of_their_own_keep_them(tmp_path):
    rows = ("单位\t报送材料\t报送时间\n县发改局\t自查报告\t6月10日前\n县教育局\t自查报告\t6月12日前\n"
            "县卫健局\t整改台账（Excel格式）\t6月20日前")
    d = draft(tmp_path, "请各单位按下表报送材料，发送至jcsjj_zg3026@163.com。", rows)
    assert sorted((r.due.day, tuple(r.units)) for r in d.requirements) == [(10, ("县发改局",)), (12, ("县教育局",)),
                                                                          (20, ("县卫健局",))]
