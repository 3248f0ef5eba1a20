"""Two groups asked for one paper, each by its own date, written in the ways the drafter did not read (found by hand,
2026-12-05): the groups bare in the time line (`报送时间：乡镇3月20日前，部门3月22日前`, `bare_groups`), each date in a
clause of its own after the ask (`…报送至…，各乡镇于3月20日前报送，县直各部门于3月22日前报送`, `clause_subjects`), and both in
a bracket after the mailbox (`…报送至…（各乡镇3月20日前，县直各部门3月22日下午5时前）`, `same_material`). Before, each date
went to every addressee, or the bracket's second date was lost. Near misses: one bare group alone is no group, and clauses
whose senders overlap (`县直各部门…，县教育局于…`) keep their own reading."""

from __future__ import annotations

import pytest
from drafting_helpers import draft_of_a_file, notice_text

from collector.roster import builtin_roster
from test_drafting import part_shapes

ROSTER = builtin_roster()
TOWNS = {u.name for u in ROSTER.units if u.kind in ("town", "township")}


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县民政局", "关于报送2851年度养老服务工作总结的通知", "各乡镇人民政府，县直各部门", body, "2851年3月6日",
        mailbox="jcxmzj_ylfw@163.com", contact="李娜  0429-7412236"))


def two_groups(requirements):
    assert len(requirements) == 2
    towns, departments = sorted(requirements, key=lambda r: r.due)
    assert set(towns.units) == TOWNS
    assert departments.units and not set(departments.units) & TOWNS
    assert "县民政局" in departments.units  # 县直各部门: the issuer among them
    return towns, departments


@pytest.mark.parametrize("times", [
    "报送时间：乡镇3月20日前，部门3月22日前。",
    "其中乡镇3月20日前报送，部门3月22日前报送。",
    "报送时限：乡镇人民政府于3月20日前，县直单位于3月22日前。",
])
def test_bare_groups_each_by_its_date_are_the_towns_and_the_departments(tmp_path, times):
    towns, departments = two_groups(draft(tmp_path, f"请将养老服务工作总结报送至jcxmzj_ylfw@163.com。{times}").requirements)
    assert (towns.due.day, departments.due.day) == (20, 22)
    assert towns.title == departments.title == "养老服务工作总结"


def test_each_clause_after_the_ask_dates_its_own_group(tmp_path):
    towns, departments = two_groups(draft(tmp_path, "请各乡镇、县直各部门将养老服务工作总结报送至jcxmzj_ylfw@163.com，"
                                                    "各乡镇于3月20日前报送，县直各部门于3月22日前报送。").requirements)
    assert (towns.due.day, departments.due.day) == (20, 22)


def test_dates_in_a_bracket_after_the_mailbox_each_send_the_paper(tmp_path):
    towns, departments = two_groups(draft(tmp_path, "请各乡镇、县直各部门将养老服务工作总结（Word格式）和活动照片报送至"
                                                    "jcxmzj_ylfw@163.com（乡镇3月20日前，部门3月22日16:00前）。").requirements)
    assert (departments.due.day, departments.due.hour) == (22, 16)
    assert part_shapes(towns) == part_shapes(departments) == ["document", "photo"]
    assert towns.title == departments.title  # one paper: one title, so their hints are not thrown out as shared


def test_near_miss_one_bare_group_alone_is_no_group(tmp_path):
    (summary,) = draft(tmp_path, "请各乡镇、县直各部门将养老服务工作总结报送至jcxmzj_ylfw@163.com。"
                                 "报送时间：乡镇3月20日前。").requirements
    assert TOWNS < set(summary.units)


def test_near_miss_clauses_whose_senders_overlap_keep_their_reading(tmp_path):
    summary, schools = sorted(draft(tmp_path, "请各乡镇、县直各部门于3月20日前报送养老服务工作总结，"
                                              "县教育局于3月25日前另报送《学校养老护理专业统计表》。").requirements,
                              key=lambda r: r.due)
    assert TOWNS < set(summary.units) and "县教育局" in summary.units
    assert schools.units == ["县教育局"]
