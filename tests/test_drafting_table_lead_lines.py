"""What notices 1591 and 1683 showed the drafter missing once a table was read cell by cell (a Word table, a PDF's
cells; fixed on branch h-fixn122c), on notice texts written for these tests, each with a near miss that must not
change: a line right above a table that sends by it the papers it names itself (`请各单位按下表分工，将…台账（Excel格式）和…
说明（PDF扫描件）在规定时限前发送至…`), over rows of units, their work and dates, gives each row those papers (1591;
`table_lead_in.papers_the_line_above_sends`); a stage table's row (`阶段 | 时间 | 工作内容`) is owed by its work cell, the
stage's name (`材料报送`) naming no paper (1683; `schedule_rows.work_of_a_schedule_row`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

from test_drafting import part_shapes


def draft(tmp_path, body: str, addressee: str = "县住建局，县交通局，县应急局"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县燃气安全专项整治工作专班", "关于开展城镇燃气管道隐患排查的通知", addressee, body, "2761年5月20日",
        opening="为消除城镇燃气管道安全隐患，现将有关事项通知如下：",
        contact="邵明  联系电话：0429-7428815"))


# ---------------------------------------------------------------- 1591: 按下表分工，将…（Excel格式）和…（PDF扫描件）…发送至


ROWS = ("单位\t排查范围\t报送时限\n"
        "县住建局\t城区燃气主管道\t6月10日（星期二）前\n"
        "县交通局\t道路及桥梁下方燃气管道\t6月13日（星期五）前\n"
        "县应急局\t工业园区燃气管道\t6月17日（星期二）前\n")


def test_each_row_sends_the_papers_the_line_above_names(tmp_path):
    body = ("一、排查内容及报送时限\n请各单位按下表分工，将燃气管道隐患排查台账（Excel格式）和加盖公章的排查情况说明（PDF扫描件）"
            "在规定时限前发送至jcrq_pc2761@163.com。\n" + ROWS)
    reqs = draft(tmp_path, body).requirements
    assert [(r.units, r.due.day) for r in reqs] == [(["县住建局"], 10), (["县交通局"], 13), (["县应急局"], 17)]
    assert [part_shapes(r) for r in reqs] == [["scan", "sheet"]] * 3


def test_near_miss_rows_naming_their_own_papers_keep_them(tmp_path):
    body = ("请各单位按下表分工，将排查台账（Excel格式）在规定时限前发送至jcrq_pc2761@163.com。\n"
            "单位\t报送材料\t报送时限\n"
            "县住建局\t城区燃气主管道排查情况报告（Word格式）\t6月10日（星期二）前\n"
            "县交通局\t桥下管道现场照片\t6月13日（星期五）前\n")
    reqs = draft(tmp_path, body, "县住建局，县交通局").requirements
    assert [r.units for r in reqs] == [["县住建局"], ["县交通局"]]
    assert "document" in part_shapes(reqs[0]) and part_shapes(reqs[1]) == ["photo"]


def test_near_miss_a_line_of_its_own_date_over_a_table_of_work_gives_the_rows_nothing(tmp_path):
    body = ("请各单位按下表要求做好隐患排查，并于6月20日（星期五）前将排查工作总结（Word格式）发送至jcrq_pc2761@163.com。\n"
            "单位\t任务\t时限\n县住建局\t排查城区燃气主管道\t6月10日（星期二）前\n"
            "县交通局\t排查桥下燃气管道\t6月13日（星期五）前\n")
    assert [r.due.day for r in draft(tmp_path, body, "县住建局，县交通局").requirements] == [20]


# ---------------------------------------------------------------- 1683: 阶段 | 时间 | 工作内容, 材料报送 | 5月15日前 | 乡镇报送…


STAGES = ("一、时间安排\n阶段\t时间\t工作内容\n"
          "村级摸底\t5月21日至5月31日\t各村逐户摸排燃气使用情况\n"
          "材料报送\t6月5日（星期四）17时前\t{work}\n"
          "县级复核\t6月中旬\t县专班组织复核\n"
          "二、上表所列材料发送至jcrq_pc2761@163.com。")


def test_a_stage_rows_work_cell_is_what_it_sends_not_the_stages_name(tmp_path):
    body = STAGES.format(work="乡镇报送燃气用户摸底汇总表（Excel）及入户排查照片")
    (r,) = draft(tmp_path, body, "各乡镇人民政府，县住建局").requirements
    assert (r.due.month, r.due.day, r.due.hour) == (6, 5, 17) and "材料" not in r.title
    assert part_shapes(r) == ["photo", "sheet"]
    assert "县住建局" not in r.units and "建昌镇" in r.units


def test_near_miss_a_unit_column_before_the_date_stays_the_rows_sender(tmp_path):
    body = ("请有关单位按下表要求报送材料至jcrq_pc2761@163.com。\n单位\t时间\t内容\n"
            "县住建局\t6月10日（星期二）前\t燃气用户摸底汇总表（Excel格式）\n县交通局\t6月13日（星期五）前\t桥下管道现场照片")
    reqs = draft(tmp_path, body, "县住建局，县交通局").requirements
    assert [(r.units, part_shapes(r)) for r in reqs] == [(["县住建局"], ["sheet"]), (["县交通局"], ["photo"])]
