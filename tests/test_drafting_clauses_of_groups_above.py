"""Clauses each opening with a group of units and the verb that sends its own papers (`一、各乡镇报送…；二、县直各部门
报送…；`, or `各乡镇报送…，县直各部门报送…。` in one sentence), right above the one sentence that sends them by a date
(`请于12月15日前将上述材料发送至…`): each group owes its own clause's papers by that date. Found by the lead probing an
ordinary shape by hand (2026-12-07): every unit was given the last clause's paper alone
(`group_clauses.clauses_of_groups_just_above`). A clause that sends nothing, the same group twice, or one unit sending
what the groups hand it keep the sentences as they were read."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes

from collector.roster import builtin_roster

TOWNS = {u.name for u in builtin_roster().units if u.kind in ("town", "township")}


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县直各部门"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县人民政府办公室", "关于开展3026年度安全生产目标责任考核的通知", addressee, body, "3026年12月1日",
        contact="高原  联系电话：0429-7512345"))


def by_papers(d) -> dict[tuple[str, ...], set[str]]:
    return {tuple(sorted(p["title"] for p in r.parts)): set(r.units) for r in d.requirements}


def test_numbered_items_of_two_groups_over_the_sending_sentence(tmp_path):
    d = draft(tmp_path, "一、各乡镇报送安全生产工作总结和考核自评表；\n二、县直各部门报送行业领域安全生产工作总结；\n"
                        "请于12月15日前将上述材料发送至jcaqb3026@163.com。")
    papers = by_papers(d)
    assert papers[("安全生产工作总结", "考核自评表")] == TOWNS
    departments = papers[("行业领域安全生产工作总结",)]
    assert departments and not departments & TOWNS
    assert {(r.due.month, r.due.day) for r in d.requirements} == {(12, 15)}


def test_variant_two_clauses_of_one_sentence(tmp_path):
    d = draft(tmp_path, "各乡镇报送安全生产工作总结和考核自评表，县直各部门报送行业领域安全生产工作总结。"
                        "请于12月15日前将上述材料发送至jcaqb3026@163.com。")
    papers = by_papers(d)
    assert papers[("安全生产工作总结", "考核自评表")] == TOWNS
    assert not papers[("行业领域安全生产工作总结",)] & TOWNS


def test_variant_named_units_and_a_fronted_pointer(tmp_path):
    d = draft(tmp_path, "县教育局报送校园安全工作总结；县卫健局报送医疗机构消防检查台账（Excel格式）。"
                        "上述材料请于12月15日前发送至jcaqb3026@163.com。", addressee="各乡镇人民政府，县直有关部门")
    assert sorted((tuple(r.units), tuple(part_shapes(r))) for r in d.requirements) == [
        (("县卫健局",), ("sheet",)), (("县教育局",), ("document",))]


def test_variant_a_unit_of_a_group_with_an_item_of_its_own_owes_both(tmp_path):
    d = draft(tmp_path, "（一）各乡镇报送安全生产工作总结和考核自评表（Excel格式）；\n（二）县直各部门报送行业领域安全生产工作总结；\n"
                        "（三）县应急局报送全县安全生产形势分析报告。\n请于12月15日前将上述材料发送至jcaqb3026@163.com。")
    papers = by_papers(d)
    assert papers[("全县安全生产形势分析报告",)] == {"县应急局"}
    assert "县应急局" in papers[("行业领域安全生产工作总结",)]
    assert papers[("安全生产工作总结", "考核自评表")] == TOWNS


def test_near_miss_one_group_sending_all_papers_is_one_requirement(tmp_path):
    d = draft(tmp_path, "各乡镇、县直各部门报送安全生产工作总结和考核自评表。请于12月15日前将上述材料发送至jcaqb3026@163.com。")
    assert len(d.requirements) == 1 and TOWNS < set(d.requirements[0].units)


def test_near_miss_one_unit_sending_what_the_groups_hand_it(tmp_path):
    d = draft(tmp_path, "各乡镇报送安全生产工作总结，县直各部门报送行业领域安全生产工作总结。"
                        "请县应急局于12月15日前将上述材料汇总后发送至jcaqb3026@163.com。")
    assert not any(TOWNS & set(r.units) for r in d.requirements)


def test_variant_the_date_in_a_clause_after_the_groups_of_the_same_sentence(tmp_path):
    d = draft(tmp_path, "各乡镇报送重点工作完成情况报告，县直各部门报送重点项目推进台账（Excel格式），截止时间均为12月15日下午4点，"
                        "邮箱jczfb3026@163.com。")
    papers = by_papers(d)
    assert papers[("重点工作完成情况报告",)] == TOWNS
    assert not papers[("重点项目推进台账",)] & TOWNS
    assert {(r.due.day, r.due.hour) for r in d.requirements} == {(15, 16)}


def test_near_miss_each_group_with_a_day_of_its_own(tmp_path):
    d = draft(tmp_path, "各乡镇于12月15日前、县直各部门于12月20日前报送本单位重点工作完成情况报告，邮箱jczfb3026@163.com。")
    assert sorted((r.due.day, bool(TOWNS & set(r.units))) for r in d.requirements) == [(15, True), (20, False)]


def test_near_miss_two_bureaus_each_a_paper_of_one_kind_is_one_requirement(tmp_path):
    """As with 分别 (respectively.one_each): papers of one kind and format, one requirement serves both (held-out 1394)."""
    d = draft(tmp_path, "县卫健局提供0—14周岁残疾儿童筛查名单（Excel），县教育局提供学籍系统中残疾学生名单（Excel），"
                        "于12月15日前发送至jcaqb3026@163.com。", addressee="各乡镇人民政府，县教育局，县卫健局")
    assert [sorted(r.units) for r in d.requirements] == [["县卫健局", "县教育局"]]
