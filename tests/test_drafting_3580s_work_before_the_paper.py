"""What held-out notices 3592, 3593 and 3598 showed the drafter missing (fixed on branch h-fixn178h), on notice texts
written for these tests, with near misses that must not change. Each sentence names, before the paper it sends, the
work the paper is made from, and that work's object was read as a second paper:

- what a clause checks (`请各单位核实本单位掌握的文化产业单位名录，填写《文化产业单位名录核实表》（Excel格式）`: 核实 / 核对 /
  核查 / 复核 opening the clause) is what the form the clause fills in holds, as a gathered matter is (2962): the one
  sheet, no 名录 document beside it (`made_not_sent.checked_before`, read into `requirements.material_names`' gathered
  names); with a format of its own, or with no form filled in, it stays (3592);
- 总结 with its object, the next clause forming the paper from it (`请另行总结试点做法，形成典型案例（Word格式）`), is the verb
  of summing up, whatever stands before it: the case and the photos, no 总结 document (`requirements.SUMMING_UP`; 3593);
- a form the others fill in, summed up by the next clause into the paper formed (`组织各初级中学填写少年团校建设情况统计表，
  汇总后形成全县统计表（Excel格式）`), is the matter of that paper: the county sheet alone; named again as sent with it
  (`连同各校统计表`), it is sent (`compared.FILLED_AND_SUMMED`; 3598)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, body: str, addressee: str = "建昌县文化旅游和广播电视局、建昌县融媒体中心、建昌镇人民政府"):
    return draft_of_a_file(tmp_path, notice_text(
        "中共建昌县委宣传部", "关于做好3276年文化产业统计调查工作的通知", addressee, body, "3276年7月13日",
        opening="为准确掌握全县文化及相关产业发展状况，现就有关事项通知如下。",
        mailbox="jcxcb_whcy@163.com", contact="冯雅琴，电话：0429-7518116"))


def titles(r) -> list[str]:
    return sorted(p["title"] for p in r.parts)


# ---------------------------------------------------------------- 3592: 核实…名录，填写《…名录核实表》


def test_the_list_checked_is_what_the_form_holds(tmp_path):
    (r,) = draft(tmp_path, "请各单位核实本单位掌握的文化产业单位名录，填写《文化产业单位名录核实表》（Excel格式），"
                           "于7月28日（星期二）前报送。").requirements
    assert part_shapes(r) == ["sheet"] and titles(r) == ["文化产业单位名录核实表"]


def test_variant_a_roll_compared_into_its_form(tmp_path):
    (r,) = draft(tmp_path, "请各单位认真核对本单位在册文艺骨干花名册，填报《文艺骨干花名册核对表》（Excel格式），"
                           "于8月5日前发送至上述邮箱。").requirements
    assert part_shapes(r) == ["sheet"] and titles(r) == ["文艺骨干花名册核对表"]


def test_variant_a_ledger_reviewed_and_a_report_sent_later(tmp_path):
    d = draft(tmp_path, "一、请各单位复核本单位文化产业项目台账，填写《文化产业项目复核表》（Excel格式），于7月28日前报送。"
                        "二、各单位于8月11日下午4点前报送上半年文化产业发展情况分析（Word格式）。")
    first, second = d.requirements
    assert part_shapes(first) == ["sheet"] and titles(first) == ["文化产业项目复核表"]
    assert part_shapes(second) == ["document"]


def test_near_miss_a_list_checked_with_a_format_of_its_own_is_sent(tmp_path):
    (r,) = draft(tmp_path, "请各单位核实本单位掌握的文化产业单位名录（Excel格式），填写《名录核实情况说明》（Word格式），"
                           "于7月28日前报送。").requirements
    assert part_shapes(r) == ["document", "sheet"]


def test_near_miss_a_list_checked_with_no_form_filled_in_stays(tmp_path):
    (r,) = draft(tmp_path, "请各单位核实本单位掌握的文化产业单位名录，于7月28日前报送核实后的名录（Excel格式）。").requirements
    assert part_shapes(r) == ["sheet"] and titles(r) == ["文化产业单位名录"]


# ---------------------------------------------------------------- 3593: 另行总结…做法，形成典型案例


def test_summing_up_the_pilot_into_a_case_is_one_document(tmp_path):
    (r,) = draft(tmp_path, "建昌镇作为试点，请另行总结试点做法，形成典型案例（Word格式），并附活动照片（JPG格式），"
                           "于11月10日前报送。", addressee="建昌镇人民政府").requirements
    assert part_shapes(r) == ["document", "photo"] and titles(r) == ["典型案例", "活动照片"]


def test_variant_towns_summing_up_then_writing_it_up(tmp_path):
    (r,) = draft(tmp_path, "建昌镇、八家子镇总结文化惠民工程经验，撰写成书面材料（Word格式），于9月30日（星期三）16时前报送。",
                 addressee="建昌镇人民政府、八家子镇人民政府").requirements
    assert part_shapes(r) == ["document"] and titles(r) == ["书面材料"]


def test_variant_each_summing_up_its_practice_into_a_report(tmp_path):
    (r,) = draft(tmp_path, "请上述单位分别总结文化产业扶持做法，形成经验报告（Word格式），于10月9日前发送至上述邮箱。"
                 ).requirements
    assert part_shapes(r) == ["document"] and titles(r) == ["经验报告"]


def test_near_miss_a_summary_sent_beside_the_photos_stays_a_paper(tmp_path):
    (r,) = draft(tmp_path, "请建昌镇于11月10日前另行报送试点工作总结（Word格式）和活动照片（JPG格式）。",
                 addressee="建昌镇人民政府").requirements
    assert part_shapes(r) == ["document", "photo"] and titles(r) == ["活动照片", "试点工作总结"]


def test_near_miss_a_summary_sent_beside_the_case_formed_stays_a_paper(tmp_path):
    (r,) = draft(tmp_path, "请建昌镇另行报送试点总结，并形成典型案例（Word格式），于11月10日前一并报送。",
                 addressee="建昌镇人民政府").requirements
    assert part_shapes(r) == ["document", "document"] and titles(r) == ["典型案例", "试点总结"]


# ---------------------------------------------------------------- 3598: 填写…统计表，汇总后形成全县统计表


def test_the_schools_forms_summed_into_the_county_sheet_are_one_sheet(tmp_path):
    (r,) = draft(tmp_path, "一、请县教育局组织各初级中学填写少年团校建设情况统计表，汇总后形成全县统计表（Excel格式），"
                           "于4月27日（星期四）16时前报送团县委。", addressee="建昌县教育局").requirements
    assert part_shapes(r) == ["sheet"] and titles(r) == ["全县统计表"]


def test_variant_villages_registers_summed_into_the_towns_sheet(tmp_path):
    (r,) = draft(tmp_path, "请各乡镇组织各村填报文化活动室登记表，汇总形成本乡镇文化活动室汇总表（Excel格式），"
                           "于5月15日前发送至上述邮箱。", addressee="各乡镇人民政府").requirements
    assert part_shapes(r) == ["sheet"] and titles(r) == ["文化活动室汇总表"]


def test_variant_questionnaires_summed_into_a_report(tmp_path):
    (r,) = draft(tmp_path, "请县文旅局组织各经营单位填写消费情况调查表，审核汇总后形成全县文旅消费调查报告（Word格式），"
                           "于6月20日（星期五）下午4点前报送。", addressee="建昌县文化旅游和广播电视局").requirements
    assert part_shapes(r) == ["document"] and titles(r) == ["全县文旅消费调查报告"]


def test_near_miss_the_forms_sent_with_the_sum_stay_two(tmp_path):
    (r,) = draft(tmp_path, "请县教育局组织各初级中学填写少年团校建设情况统计表，汇总后形成全县统计表（Excel格式），"
                           "连同各校统计表于4月27日前一并报送。", addressee="建昌县教育局").requirements
    assert part_shapes(r) == ["sheet", "sheet"]


def test_near_miss_a_titled_form_summed_by_the_unit_and_sent_with_it(tmp_path):
    (r,) = draft(tmp_path, "请各单位组织本单位干部填写《文化产业培训需求调查表》，由单位汇总后形成培训需求报告，"
                           "连同调查表于7月28日前发送至上述邮箱。").requirements
    assert part_shapes(r) == ["document", "sheet"]
