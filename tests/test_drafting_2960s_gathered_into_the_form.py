"""What held-out notice 2962 showed the drafter missing (fixed on branch h-fixn150a), on notice texts written for these
tests, each with a near miss that must not change: what a clause gathers (`汇总…2961年用水计划建议`) and then fills into
a 《form》 (`填写《计划用水户用水计划建议表》（Excel格式）`) is the form's matter, and the 计划 of the form's own name no
paper beside it (`requirements.material_names`'s gathered names, `inside_a_name.named_apart`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "县水利局", "县水利局关于做好2961年计划用水管理工作的通知", "各有关单位", body, "2961年3月2日",
        mailbox="jcslj_jhys@163.com", contact="杜春阳，电话：0429-7423310"))


# ---------------------------------------------------------------- 2962: 汇总…用水计划建议，填写《…用水计划建议表》


def test_the_plan_gathered_into_the_form_is_no_paper(tmp_path):
    (r,) = draft(tmp_path, "请建昌县工业和信息化局、建昌县住房和城乡建设局分别汇总本行业重点用水单位2960年实际用水量及"
                           "2961年用水计划建议，填写《计划用水户用水计划建议表》（Excel格式），于3月16日（星期一）16时前报送。"
                           ).requirements
    assert part_shapes(r) == ["sheet"]


def test_variant_collected_scheme_proposals_into_their_form(tmp_path):
    (r,) = draft(tmp_path, "请建昌县工业和信息化局收集本行业重点企业2961年节水方案建议，填写《重点企业节水方案建议表》"
                           "（Excel格式），于3月16日前报送。").requirements
    assert part_shapes(r) == ["sheet"]


def test_variant_the_form_filled_in_after_the_date(tmp_path):
    (r,) = draft(tmp_path, "请建昌县工业和信息化局汇总各重点用水单位2961年用水计划建议，于3月16日前填报"
                           "《计划用水户用水计划建议表》（Excel格式）。").requirements
    assert part_shapes(r) == ["sheet"]


def test_near_miss_a_plan_sent_beside_the_form_stays_a_paper(tmp_path):
    (r,) = draft(tmp_path, "请建昌县工业和信息化局于3月16日前报送2961年用水计划（Word格式）和"
                           "《计划用水户用水计划建议表》（Excel格式）。").requirements
    assert part_shapes(r) == ["document", "sheet"]
