"""What held-out notice 2883 showed the drafter missing (fixed on branch h-fixn144a), on notice texts written for
these tests: a table with the units down and the deadlines across its head (`单位 | 第一阶段：5月14日（星期一）16时前 |
第二阶段：5月28日前`), each cell the paper the row's unit sends by its column's date, or `—` for none, asks each dated
column's papers of the units whose cells name them."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

HEAD = "汤神庙镇、石佛乡、巴什罕乡党委、政府"


def requirements(tmp_path, table: str, note: str = "注：表中“—”为该阶段不报送。"):
    body = ("县委农办定于5月21日召开推进会。各单位请按下表分两个阶段将材料发送至县委农办邮箱jcxwnb_cqgg@163.com。\n"
            + table + "\n" + note)
    return draft_of_a_file(tmp_path, notice_text("中共建昌县委农村工作领导小组办公室", "关于开展集体产权改革“回头看”工作的通知",
                                                 HEAD, body, "2981年5月7日",
                                                 contact="高德明，联系电话：0429-7619052")).requirements



def test_dated_heads_over_cells_of_papers(tmp_path):
    rs = requirements(tmp_path, "单位\t第一阶段：5月14日（星期一）16时前\t第二阶段：5月28日（星期一）前\n"
                                "汤神庙镇人民政府\t集体资产清查台账（Excel格式）\t“回头看”工作总结（Word格式）\n"
                                "石佛乡人民政府\t集体资产清查台账（Excel格式）\t“回头看”工作总结（Word格式）\n"
                                "巴什罕乡人民政府\t集体资产清查台账（Excel格式）\t—")
    assert [(str(r.due)[:16], set(r.units)) for r in rs] == [
        ("2981-05-14 16:00", {"汤神庙镇", "石佛乡", "巴什罕乡"}), ("2981-05-28 23:59", {"汤神庙镇", "石佛乡"})]


def test_variant_chinese_numerals_numbered_rows_and_none_word(tmp_path):
    rs = requirements(tmp_path, "序号\t乡镇\t五月十四日前报送\t五月二十八日下午四时前报送\n"
                                "1\t汤神庙镇\t清查台账（Excel格式）\t工作总结（Word格式）\n"
                                "2\t石佛乡\t清查台账（Excel格式）\t无\n"
                                "3\t巴什罕乡\t无\t工作总结（Word格式）", note="注：“无”为不需报送。")
    assert [(str(r.due)[:16], set(r.units)) for r in rs] == [
        ("2981-05-14 23:59", {"汤神庙镇", "石佛乡"}), ("2981-05-28 16:00", {"汤神庙镇", "巴什罕乡"})]


def test_variant_marks_under_heads_naming_the_paper(tmp_path):
    rs = requirements(tmp_path, "报送单位\t5月14日前报送清查台账（Excel格式）\t5月28日前报送工作总结（Word格式）\n"
                                "汤神庙镇人民政府\t✓\t✓\n"
                                "石佛乡人民政府\t✓\t—\n"
                                "巴什罕乡人民政府\t—\t✓")
    assert [(str(r.due)[:16], set(r.units)) for r in rs] == [
        ("2981-05-14 23:59", {"汤神庙镇", "石佛乡"}), ("2981-05-28 23:59", {"汤神庙镇", "巴什罕乡"})]
    assert "台账" in rs[0].title and "总结" in rs[1].title


def test_near_miss_days_of_inspection_across_the_head_are_no_deadlines(tmp_path):
    rs = requirements(tmp_path, "单位\t5月14日（上午）\t5月28日（下午）\n"
                                "汤神庙镇人民政府\t现场督导\t—\n"
                                "石佛乡人民政府\t—\t现场督导\n"
                                "巴什罕乡人民政府\t现场督导\t—", note="请于5月12日前将自查报告（Word格式）报送。")
    assert [str(r.due)[:10] for r in rs] == ["2981-05-12"]


def test_near_miss_progress_to_reach_by_each_date_is_no_paper(tmp_path):
    rs = requirements(tmp_path, "单位\t5月14日前完成进度\t5月28日前完成进度\n"
                                "汤神庙镇人民政府\t50%\t100%\n"
                                "石佛乡人民政府\t60%\t100%\n"
                                "巴什罕乡人民政府\t50%\t100%", note="请于5月12日前将自查报告（Word格式）报送。")
    assert [str(r.due)[:10] for r in rs] == ["2981-05-12"]
