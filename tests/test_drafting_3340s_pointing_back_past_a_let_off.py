"""What held-out notice 3348 showed the drafter missing (fixed on branch h-fixn166c), on notice texts written for these
tests, with a near miss that must not change: a sentence pointing back (`请上述单位于2月10日前…`) after a sentence that
lets every unit it names off (`国家税务总局建昌县税务局的征缴数据由县社保中心从系统直接调取，本次不报送`: the bureau named as
the owner of the data) means the units named before that one, not the unit let off."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

NAMES = "建昌县人力资源和社会保障局、建昌县医疗保障局、建昌县财政局。"
ASK = ("二、报送材料和时间\n请上述单位于2月10日（星期三）前将年度报告（Word格式）、加盖公章的扫描件（PDF格式）和基金收支明细表"
       "（Excel格式）一并发送至jcsbzx_jjbg@163.com。")


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县社会保险事业服务中心", "关于报送3153年度社会保险基金管理情况年度报告的通知", "各有关单位", body, "3154年1月25日",
        opening="现将年度报告报送有关事项通知如下。", contact="高文博，电话：0429-7516628"))


def the_units(d) -> list[str]:
    assert [r.due.strftime("%m-%d") for r in d.requirements] == ["02-10"]
    return sorted(d.requirements[0].units)


THE_THREE = ["县人社局", "县医保局", "县财政局"]


# ---------------------------------------------------------------- 3348: …税务局的征缴数据由…调取，本次不报送。请上述单位…


def test_the_three_named_before_the_bureaus_let_off_send(tmp_path):
    d = draft(tmp_path, "一、报送单位\n" + NAMES + "国家税务总局建昌县税务局的征缴数据由县社保中心从系统直接调取，本次不报送。\n"
              + ASK)
    assert the_units(d) == sorted(THE_THREE)


def test_variant_the_let_off_in_a_line_of_its_own_with_wuxu(tmp_path):
    d = draft(tmp_path, "一、报送单位\n" + NAMES + "\n县税务局的缴费数据由县社保中心统一调取，无需报送。\n" + ASK)
    assert the_units(d) == sorted(THE_THREE)


def test_variant_two_units_let_off_with_their_matters_as_subject(tmp_path):
    d = draft(tmp_path, "一、报送单位\n建昌县人力资源和社会保障局、建昌县财政局。县医保局、县税务局的相关数据由县社保中心统一调取，"
                        "本次均不报送。\n" + ASK)
    assert the_units(d) == ["县人社局", "县财政局"]


def test_near_miss_a_paper_of_the_bureau_asked_is_still_the_one_pointed_back_to(tmp_path):
    d = draft(tmp_path, "一、报送单位\n" + NAMES + "国家税务总局建昌县税务局的征缴数据由县社保中心从系统直接调取，另请县税务局"
                        "提供征缴情况说明。\n" + ASK)
    assert "县税务局" in the_units(d)
