"""What held-out notices 2460–2479 showed the drafter missing in the parts a requirement asks (fixed on branch
h-fixn123c), on notice texts written for these tests, each with a near miss that must not change: one paper whose 格式
cell says Word and Excel is sent in both (2477), and the particulars gathered of those a form lists, right before the
form is filled in, are its columns, no field (2464)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

from test_drafting import part_shapes


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县水利局、县财政局"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县农业农村局", "关于做好2740年春耕生产工作的通知", addressee, body, "2740年4月20日",
        opening="为做好春耕生产，现将有关事项通知如下：",
        mailbox="jcnync_cg2740@163.com",
        contact="韩雪  联系电话：0429-7425516"))


# ---------------------------------------------------------------- 2477: 灌区春灌供水计划 | Word、Excel


ROWS = ("二、材料报送\n请各单位按下表报送，电子版发送至jcnync_cg2740@163.com。\n单位\t材料\t格式\t截止时间\n"
        "各乡镇\t春耕进度统计表\tExcel\t5月4日（星期三）前\n"
        "县水利局\t{papers}\t{formats}\t5月11日（星期三）前\n")


def test_one_paper_whose_format_cell_says_word_and_excel_is_sent_in_both(tmp_path):
    for formats in ("Word、Excel", "Excel、Word"):
        _, water = draft(tmp_path, ROWS.format(papers="灌区春灌供水计划", formats=formats)).requirements
        assert water.units == ["县水利局"]
        assert part_shapes(water) == ["document", "sheet"]
        assert [p["title"] for p in water.parts][0] == "灌区春灌供水计划"


def test_near_miss_two_papers_keep_a_format_each_and_one_format_stays_one_file(tmp_path):
    _, water = draft(tmp_path, ROWS.format(papers="灌区供水情况、供水台账", formats="Word、Excel")).requirements
    assert part_shapes(water) == ["document", "sheet"]
    assert [p["title"] for p in water.parts] == ["灌区供水情况", "供水台账"]
    _, water = draft(tmp_path, ROWS.format(papers="灌区春灌供水计划", formats="Excel")).requirements
    assert part_shapes(water) == ["sheet"]
    _, water = draft(tmp_path, ROWS.format(papers="灌区春灌供水计划", formats="Word")).requirements
    assert part_shapes(water) == ["document"]


# ---------------------------------------------------------------- 2464: …人员的务工地点、从事行业和联系方式，填写《…表》


def test_particulars_gathered_right_before_the_form_are_its_columns(tmp_path):
    (r,) = draft(tmp_path, "一、各乡镇要组织村（社区）逐户摸排本辖区种粮大户的种植面积、种植品种和联系方式，填写《种粮大户信息统计表》，"
                           "于5月6日（星期五）下班前报送至电子邮箱jcnync_cg2740@163.com（Excel格式）。",
                 addressee="各乡镇人民政府").requirements
    assert part_shapes(r) == ["sheet"]
    (r,) = draft(tmp_path, "一、各乡镇要逐人核实农机手的姓名、联系电话及作业区域，如实填报《农机手登记台账》，"
                           "于5月6日前报送至电子邮箱jcnync_cg2740@163.com（Excel格式）。",
                 addressee="各乡镇人民政府").requirements
    assert part_shapes(r) == ["sheet"]


def test_near_miss_the_senders_own_contact_beside_the_form_is_still_asked(tmp_path):
    (r,) = draft(tmp_path, "一、各乡镇要确定一名联络员，注明联系人及联系方式，填写《种粮大户信息统计表》，"
                           "于5月6日（星期五）下班前报送至电子邮箱jcnync_cg2740@163.com（Excel格式）。",
                 addressee="各乡镇人民政府").requirements
    assert part_shapes(r) == ["field", "sheet"]
    (r,) = draft(tmp_path, "一、各乡镇要逐户摸排种粮大户的种植面积和联系方式，于5月6日前报送至电子邮箱jcnync_cg2740@163.com，"
                           "并报送联络员姓名及联系方式。",
                 addressee="各乡镇人民政府").requirements
    assert "field" in part_shapes(r)
