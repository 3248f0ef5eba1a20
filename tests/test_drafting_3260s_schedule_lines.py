"""What held-out notice 3275 showed the drafter missing (fixed on branch h-fixn162b), on notice texts written for these
tests, with a near miss that must not change: schedule lines under a lead-in that asks for papers
(`各有关单位按以下时间先后报送材料：` over `10月15日（星期一）16时前——县公安局、县司法局：情况表（Excel格式）；`), each line
its day, who and what with no verb of its own: every line asks its own units its own paper."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

LEAD_IN = "各有关单位按以下时间先后报送材料，材料发送至jcxflxb_dc@163.com："


def draft(tmp_path, lines: str, lead_in: str = LEAD_IN):
    return draft_of_a_file(tmp_path, notice_text(
        "中共建昌县委信访工作联席会议办公室", "关于开展信访督查反馈问题整改落实情况核查的通知", "有关乡镇人民政府，县直有关部门",
        f"根据市信访工作督查组反馈意见，决定对反馈问题整改落实情况进行核查，11月中旬将召开联席会议专题研究。{lead_in}\n{lines}",
        "3117年9月28日", contact="卢振华，电话：0429-7512345"))


def units_by_due(d) -> dict[str, list[str]]:
    return {r.due.strftime("%m-%d"): sorted(r.units) for r in d.requirements}


def assert_each_day_its_own_units(d):
    assert units_by_due(d) == {"10-15": ["县公安局", "县司法局"], "10-22": ["喇嘛洞镇", "西碱厂乡"], "11-05": ["县信访局"]}


# ---------------------------------------------------------------- 3275: day——units：paper, one line a day


def test_each_schedule_line_asks_its_own_units(tmp_path):
    d = draft(tmp_path, "10月15日（星期一）16时前——建昌县公安局、建昌县司法局：反馈问题整改落实情况表（Excel格式）；\n"
                        "10月22日前——喇嘛洞镇人民政府、西碱厂乡人民政府：整改落实情况报告（Word格式）；\n"
                        "11月5日前——建昌县信访局：全县整改情况汇总报告（Word格式）。")
    assert_each_day_its_own_units(d)


def test_variant_the_dash_before_the_day_as_a_pdf_gives_it(tmp_path):
    d = draft(tmp_path, "——10月15日16:00前县公安局、县司法局：反馈问题整改落实情况表（Excel格式）；\n"
                        "——10月22日前喇嘛洞镇、西碱厂乡：整改落实情况报告（Word格式）；\n"
                        "——11月5日前县信访局：全县整改情况汇总报告（Word格式）。")
    assert_each_day_its_own_units(d)


def test_variant_a_colon_after_the_day_and_a_dash_before_the_paper(tmp_path):
    d = draft(tmp_path, "10月15日16时前：县公安局、县司法局——反馈问题整改落实情况表（Excel格式）；\n"
                        "10月22日之前：喇嘛洞镇、西碱厂乡——整改落实情况报告（Word格式）；\n"
                        "11月5日前：县信访局——全县整改情况汇总报告（Word格式）。",
              lead_in="请各有关单位按下列时间节点上报材料：")
    assert_each_day_its_own_units(d)


def test_near_miss_a_lead_in_that_asks_no_paper(tmp_path):
    d = draft(tmp_path, "10月15日前——县公安局、县司法局：整改落实情况自查；\n10月22日前——喇嘛洞镇、西碱厂乡：整改落实情况自查。\n"
                        "请县信访局于11月5日前将全县整改情况汇总报告（Word格式）发送至jcxflxb_dc@163.com。",
              lead_in="各有关单位按以下时间先后推进整改：")
    assert units_by_due(d) == {"11-05": ["县信访局"]}
