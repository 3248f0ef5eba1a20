"""What held-out notice 3077 showed the drafter missing (fixed on branch h-fixn152b), on notice texts written for these
tests, with a near miss that must not change: a table with a column for each paper saying whether the row's unit sends
it (`单位 | 驿站数量 | 自查报告 | 整改报告（附截图）` with `报送` / `—（无需整改）`), under `请下表所列单位于…前报送…自查报告…；
需要整改的，于…前报送整改报告…`: the 整改报告 is asked of the rows whose 整改报告 cell sends it (八家子镇 `—（无需整改）` left
out, 建昌镇 kept), not of every row (`senders/paper_columns.py`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

ASK = ("请下表所列单位于9月14日（星期一）16:00前报送驿站运行情况自查报告（Word格式）；需要整改的，于10月26日前报送整改报告"
       "（Word格式），并附驿站地图标注及设施整改后截图。材料发送至jczgh_axyz@163.com。")


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县总工会", "关于开展户外劳动者“爱心驿站”运行情况自查整改工作的通知", "有关单位", body, "3018年9月3日",
        contact="刘春燕，电话：0429-7517309"))


def units_by_due(d) -> dict[str, list[str]]:
    return {r.due.strftime("%m-%d"): sorted(r.units) for r in d.requirements}


def table(*rows: str) -> str:
    return "\n".join(rows)


def test_the_rectification_asked_of_the_rows_whose_column_sends_it(tmp_path):
    d = draft(tmp_path, ASK + "\n" + table("单位\t驿站数量\t自查报告\t整改报告（附截图）",
                                           "建昌镇人民政府\t3\t报送\t报送",
                                           "八家子镇人民政府\t2\t报送\t—（无需整改）",
                                           "建昌县交通运输局\t1\t报送\t报送",
                                           "中国邮政集团有限公司建昌县分公司\t2\t报送\t报送"))
    assert units_by_due(d) == {"09-14": sorted(["建昌镇", "八家子镇", "县交通局"]),
                               "10-26": sorted(["建昌镇", "县交通局"])}


def test_variant_numbered_rows_need_and_none_marks_and_a_remark_column(tmp_path):
    d = draft(tmp_path, "请下表所列单位于9月14日16:00前报送设施安全自查报告（Word格式）；存在问题的，于10月26日前报送整改报告"
                        "（Word格式）。\n" + table("序号\t报送单位\t自查报告\t整改报告\t备注",
                                                 "1\t喇嘛洞镇人民政府\t需报送\t无\t自查未发现问题",
                                                 "2\t石佛乡人民政府\t需报送\t需报送\t",
                                                 "3\t建昌县住房和城乡建设局\t需报送\t需报送\t"))
    assert units_by_due(d) == {"09-14": sorted(["喇嘛洞镇", "石佛乡", "县住建局"]),
                               "10-26": sorted(["石佛乡", "县住建局"])}


def test_variant_ticks_beside_a_count(tmp_path):
    d = draft(tmp_path, "请下表所列单位于9月14日前报送驿站自查报告（Word格式）；需要整改的，于10月26日前报送整改报告（Word格式）。\n"
                      + table("单位\t驿站数量\t自查报告\t整改报告",
                              "建昌镇人民政府\t4\t√\t√",
                              "玲珑塔镇人民政府\t1\t√\t—",
                              "建昌县城市管理综合行政执法局\t2\t√\t√"))
    assert units_by_due(d)["10-26"] == sorted(["建昌镇", "县综合执法局"])


def test_near_miss_one_clause_naming_both_papers_takes_every_row(tmp_path):
    d = draft(tmp_path, "请下表所列单位于9月14日前报送驿站自查报告（Word格式）和整改报告（Word格式）。材料发送至jczgh_axyz@163.com。\n"
                      + table("单位\t驿站数量\t自查报告\t整改报告（附截图）",
                              "建昌镇人民政府\t3\t报送\t报送",
                              "八家子镇人民政府\t2\t报送\t—（无需整改）",
                              "建昌县交通运输局\t1\t报送\t报送"))
    assert units_by_due(d) == {"09-14": sorted(["建昌镇", "八家子镇", "县交通局"])}
