"""A notice whose materials are named in its 报送内容 paragraph (made under 填写 / 撰写 / 编制 / 形成, not under 报送) and
whose one sending sentence, under 报送时间, gives the date alone (mixed86's 林长制 notice, on texts written for these
tests): the sentence sends the paragraph's materials. Near misses: dated sentences naming their own materials keep
them; a paragraph that is the office's own work gives no part."""

from __future__ import annotations

import datetime as dt

from test_drafting import part_shape
from test_drafting_700s import LOCAL_UNITS
from test_drafting_820s import drafted, got


def day(month: int, d: int) -> dt.datetime:
    return dt.datetime(2026, month, d, 23, 59, 59)


def shapes(draft) -> list[list[str]]:
    return [sorted(map(part_shape, r.parts)) for r in draft.requirements]


def titles(draft) -> list[list[str]]:
    return [sorted(p["title"] for p in r.parts) for r in draft.requirements]


def test_a_dated_sentence_naming_nothing_sends_what_the_contents_paragraph_has_made():
    body = ("为掌握秋季秸秆禁烧工作情况，现将有关事项通知如下：\n"
            "一、报送内容。各乡镇填写《秸秆禁烧巡查统计表》（Excel格式，样式见附件），逐村填报巡查次数和火点处置情况；"
            "编制《秋季秸秆禁烧工作报告》（Word格式）。报表数据须经乡镇主要负责人审核。\n"
            "二、报送时间。请于3月20日前报送至邮箱jcjh@163.com，邮件主题注明“单位名称+秸秆禁烧”。")
    draft = drafted(body)
    assert got(draft) == [(day(3, 20), LOCAL_UNITS)]
    assert shapes(draft) == [["document", "sheet"]]  # 样式见附件 inside the bracket is no part of its own
    assert titles(draft) == [["秋季秸秆禁烧工作报告", "秸秆禁烧巡查统计表"]]
    assert not any("未能识别" in u for u in draft.unsettled), draft.unsettled


def test_a_work_requirements_section_forming_a_formatted_report_is_read_the_same():
    body = ("一、自查范围。辖区内各类农贸市场。\n"
            "二、工作要求。各乡镇对照清单逐项开展自查，形成农贸市场自查报告（Word格式），并撰写《问题整改清单》（Excel格式）。"
            "自查中发现的问题要立行立改。\n"
            "三、报送时间。请于3月25日前发送至jcsc@163.com。")
    draft = drafted(body)
    assert got(draft) == [(day(3, 25), LOCAL_UNITS)]
    assert shapes(draft) == [["document", "sheet"]]


def test_dated_sentences_naming_their_own_materials_keep_them():
    body = ("一、报送内容。各乡镇填写《秸秆禁烧巡查统计表》（Excel格式）；编制《秋季秸秆禁烧工作报告》（Word格式）。"
            "报表数据须经乡镇主要负责人审核。\n"
            "二、报送时间。请于3月20日前报送秸秆禁烧巡查统计表至jcjh@163.com；请于3月31日前报送秋季秸秆禁烧工作报告至jcjh@163.com。")
    draft = drafted(body)
    assert [d for d, _ in got(draft)] == [day(3, 20), day(3, 31)]
    assert titles(draft) == [["秸秆禁烧巡查统计表"], ["秋季秸秆禁烧工作报告"]]


def test_a_contents_paragraph_of_the_offices_own_work_gives_no_part():
    body = ("一、报送内容。县农业农村局汇总各乡镇巡查情况，形成全县秸秆禁烧工作报告（Word格式）报市农业农村局。"
            "督查结果纳入年度考核。\n"
            "二、报送时间。请于3月20日前报送至邮箱jcjh@163.com。")
    draft = drafted(body)
    assert not any("工作报告" in t for ts in titles(draft) for t in ts), titles(draft)


def test_a_contents_paragraph_naming_no_material_gives_no_part():
    body = ("一、报送内容。县农业农村局组织开展秋季秸秆禁烧督查，对各乡镇巡查工作进行抽查。督查结果纳入年度考核。\n"
            "二、报送时间。请于3月20日前报送至邮箱jcjh@163.com。")
    draft = drafted(body)
    assert titles(draft) == [["材料"]]
    assert any("未能识别" in u for u in draft.unsettled), draft.unsettled


def test_a_second_date_leaves_the_paragraph_to_the_sentences_that_name_it():
    body = ("一、报送内容。各乡镇填写《秸秆禁烧巡查统计表》（Excel格式）；编制《秋季秸秆禁烧工作报告》（Word格式）。"
            "报表数据须经乡镇主要负责人审核。\n"
            "二、培训安排。3月10日前各乡镇组织巡查员培训。\n"
            "三、报送时间。请于3月20日前报送至邮箱jcjh@163.com。")
    draft = drafted(body)
    assert not any("统计表" in t for ts in titles(draft) for t in ts), titles(draft)


CONTENTS = ("一、报送内容\n{who}填写《森林防火宣传统计表》（Excel格式），撰写《森林防火宣传工作总结》（Word格式）。\n"
            "二、报送时间\n{sender}请于3月20日前发送至jclc_fh@163.com。")
BUREAU_TOO = "各乡镇人民政府，县林业和草原局"


def test_the_units_the_contents_section_has_make_the_materials_send_them():
    draft = drafted(CONTENTS.format(who="各乡镇", sender=""), BUREAU_TOO)
    assert got(draft) == [(day(3, 20), LOCAL_UNITS)]  # not the bureau the salutation names too


def test_a_contents_section_naming_no_one_leaves_every_addressee():
    draft = drafted(CONTENTS.format(who="", sender=""), BUREAU_TOO)
    assert got(draft) == [(day(3, 20), sorted(LOCAL_UNITS + ["县林草局"]))]


def test_a_sending_sentence_naming_its_sender_keeps_it_over_the_contents_section():
    draft = drafted(CONTENTS.format(who="各乡镇", sender="县林业和草原局"), BUREAU_TOO)
    assert got(draft) == [(day(3, 20), ["县林草局"])]
