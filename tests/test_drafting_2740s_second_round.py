"""What held-out notices 2740–2759 showed the drafter missing (fixed on branch h-fixn136b), on notice texts written
for these tests, each with a near miss that must not change: a second round of the same sheet the notice names as one
(`第二轮为复报…于…前将修正后的…再次报送…，复报数据作为最终统计结果`; 二次报送, 终报) is a requirement of its own, not a
window to correct what was sent (2756)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

FIRST = ("第一轮为初报。请建昌镇、八家子镇、大屯镇人民政府填写《个体工商户经营情况统计表》（Excel格式），"
         "于10月17日（星期一）上午10时前发送至jcswj_gt@163.com。我局将对初报数据进行比对审核，并将审核意见反馈各镇。\n")
LAST = "县市场监督管理局请于10月31日（星期一）下午3时前将登记注册情况（Word格式）报送我局。"


def draft(tmp_path, second: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县商务局", "关于开展个体工商户经营情况统计调查的通知",
        "建昌镇人民政府、八家子镇人民政府、大屯镇人民政府，县市场监督管理局",
        FIRST + second + "\n" + LAST, "2918年10月10日", opening="本次统计分两轮进行："))


def _dues(reqs):
    return [(str(r.due)[:16], sorted(r.units)) for r in reqs]


TOWNS = sorted(["建昌镇", "八家子镇", "大屯镇"])
ROUNDS = [("2918-10-17 10:00", TOWNS), ("2918-10-26 17:00", TOWNS), ("2918-10-31 15:00", ["县市场局"])]


# ---------------------------------------------------------------- 2756: 复报…复报数据作为最终统计结果


def test_a_second_round_named_fubao_is_a_requirement_of_its_own(tmp_path):
    reqs = draft(tmp_path, "第二轮为复报。各镇根据审核意见对统计表进行核实修正，于10月26日（星期三）下午5时前将修正后的"
                           "《个体工商户经营情况统计表》（Excel格式）再次报送至上述邮箱，复报数据作为最终统计结果。").requirements
    assert _dues(reqs) == ROUNDS
    assert reqs[0].corrections_until is None


def test_near_variant_a_second_sending_erci_baosong_kept_as_the_figures(tmp_path):
    reqs = draft(tmp_path, "（二）二次报送。各镇对照审核意见修正后，于10月26日下午5时前将修正后的统计表（Excel格式）"
                           "二次报送，以二次报送数据为准。").requirements
    assert _dues(reqs) == ROUNDS


def test_near_variant_a_final_report_zhongbao(tmp_path):
    reqs = draft(tmp_path, "各镇根据审核意见核实修正，于10月26日（星期三）17:00前报送修正后的统计表（Excel格式，终报数），"
                           "作为最终统计结果。").requirements
    assert _dues(reqs) == ROUNDS


def test_near_miss_a_window_to_correct_what_was_sent_stays_a_window(tmp_path):
    reqs = draft(tmp_path, "各镇报送后如发现数据有误，请核实修正，于10月26日下午5时前将修正后的统计表再次报送。").requirements
    assert _dues(reqs) == [ROUNDS[0], ROUNDS[2]]
    assert str(reqs[0].corrections_until)[:16] == "2918-10-26 17:00"


def test_the_second_rounds_title_is_the_sheet_not_how_it_is_sent_again(tmp_path):
    """`将修正后的《…统计表》再次报送` / `…重新报送`: 再次 and 重新 say how it goes, no word of its name (the clerk's title)."""
    for n, again in enumerate(("再次", "重新")):
        (tmp_path / str(n)).mkdir()
        reqs = draft(tmp_path / str(n), "第二轮为复报。各镇根据审核意见对统计表进行核实修正，于10月26日（星期三）下午5时前将修正后的"
                                       f"《个体工商户经营情况统计表》（Excel格式）{again}报送至上述邮箱，复报数据作为最终统计结果。"
                     ).requirements
        assert reqs[1].title == "个体工商户经营情况统计表", again
