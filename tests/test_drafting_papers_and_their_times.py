"""A table that names each row's paper and its time (`序号 | 材料名称 | 截止时间 | 格式要求`), with no sending word in its
header, is a table of what is sent and by when: each dated row a requirement of the units the notice addresses. Found
by the lead's own probe, not by a held-out notice: `报送材料 | 截止时间` and `材料名称 | 报送时间` were read, `材料名称 |
截止时间` drafted nothing. A table of tasks (`工作任务 | 完成时限`) names no paper and still asks nothing."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, table: str, addressee: str = "各乡镇人民政府"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县统计局", "关于做好3024年单位清查工作的通知", addressee,
        "现将有关事项通知如下。\n" + table + "\n请按时将上述材料发送至邮箱。", "3024年2月26日",
        mailbox="jctjj_qc3024@163.com", contact="孙立新  联系电话：0429-7512233"))


def dues(d) -> list[str]:
    return [r.due.strftime("%m-%d %H:%M") for r in d.requirements]


def titles(d) -> list[str]:
    return [p["title"] for r in d.requirements for p in r.parts]


TOWNS = 28  # 各乡镇人民政府: every town and township of the built-in roster


def test_papers_and_a_deadline_column_are_two_requirements(tmp_path):
    d = draft(tmp_path, "序号\t材料名称\t截止时间\t格式要求\n"
                        "1\t单位清查底册核实情况表\t3月8日16时前\tExcel\n"
                        "2\t清查工作总结\t3月29日前\tWord")
    assert dues(d) == ["03-08 16:00", "03-29 23:59"]
    assert titles(d) == ["单位清查底册核实情况表", "清查工作总结"]
    assert [part_shapes(r) for r in d.requirements] == [["sheet"], ["document"]]
    assert all(len(r.units) == TOWNS for r in d.requirements)


def test_variant_report_names_and_a_time_limit_for_the_departments(tmp_path):
    d = draft(tmp_path, "序号\t报表名称\t完成时限\t备注\n"
                        "1\t固定资产投资项目入库统计表\t4月10日下午4点前\tExcel格式\n"
                        "2\t投资统计工作自查报告\t4月20日前\tWord格式",
              addressee="县政府各部门")
    assert dues(d) == ["04-10 16:00", "04-20 23:59"]
    assert titles(d) == ["固定资产投资项目入库统计表", "投资统计工作自查报告"]
    assert all(len(r.units) > 30 and "建昌镇" not in r.units for r in d.requirements)  # the departments, no town


def test_variant_a_deadline_date_column_and_a_remark_column(tmp_path):
    d = draft(tmp_path, "序号\t资料名称\t截止日期\t备注\n1\t清查单位名录\t3月15日前\t按附件模板填写")
    assert dues(d) == ["03-15 23:59"]
    assert titles(d) == ["清查单位名录"]


# ---------------------------------------------------------------- near miss: a table of tasks asks for nothing


def test_near_miss_a_table_of_tasks_and_their_time_limits_asks_nothing(tmp_path):
    d = draft(tmp_path, "序号\t工作任务\t完成时限\t备注\n"
                        "1\t开展单位清查底册核实\t3月8日前\t各乡镇负责\n"
                        "2\t完成清查数据录入\t3月29日前\t各乡镇负责")
    assert d.requirements == []
