"""What held-out notice 2858 showed the drafter missing (fixed on branch h-fixn141i), on notice texts written for
these tests: items laid out as labelled lines (`报送对象：县退役军人局` / `报送内容：…` / `报送时间：3月22日前`), the
sender's label on a line of its own inside each item, give each item's date its own units, not every addressee
(contents_section.senders_labelled_in_the_item)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape

TOWNS = 28


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县退役军人局、县医保局"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县双拥工作领导小组办公室", "关于开展烈属生活困难情况摸排工作的通知", addressee, body, "2969年3月6日",
        opening="为落实烈属优待政策，现将材料报送要求通知如下：",
        mailbox="jcsyb_ls2969@163.com",
        contact="田志远  联系电话：0429-7413742"))


def test_each_items_baosong_duixiang_line_gives_its_units(tmp_path):
    r1, r2, r3 = draft(tmp_path, "（一）摸排台账\n报送对象：各乡镇人民政府\n报送内容：烈属生活困难情况摸排台账（Excel格式）\n"
                                 "报送时间：3月15日（星期三）下午5时前\n（二）帮扶工作情况报告\n报送对象：县退役军人局\n"
                                 "报送内容：烈属帮扶救助工作情况报告（Word格式）\n报送时间：3月22日前\n（三）医疗优待落实情况\n"
                                 "报送对象：县医保局\n报送内容：烈属医疗保障优待落实情况说明（Word格式）\n"
                                 "报送时间：3月25日前").requirements
    assert len(r1.units) == TOWNS and "县医保局" not in r1.units
    assert r2.units == ["县退役军人局"] and [part_shape(p) for p in r2.parts] == ["document"]
    assert r3.units == ["县医保局"]


def test_near_variant_tianbao_danwei_numbered_1_with_the_date_line_first(tmp_path):
    r1, r2 = draft(tmp_path, "1.摸排台账\n报送时限：3月15日下午5时前\n填报单位：各乡镇人民政府\n"
                             "报送内容：烈属生活困难情况摸排台账（Excel格式）\n2.医疗优待落实情况\n报送时限：3月22日16时前\n"
                             "填报单位：县医保局\n报送内容：烈属医疗保障优待落实情况说明（Word格式）").requirements
    assert len(r1.units) == TOWNS and "县医保局" not in r1.units
    assert r2.units == ["县医保局"]


def test_near_variant_zeren_danwei_under_chinese_numbered_items(tmp_path):
    r1, r2 = draft(tmp_path, "一、帮扶工作情况报告\n责任单位：县退役军人局\n报送材料：烈属帮扶救助工作情况报告（Word格式）\n"
                             "完成时限：3月22日前\n二、医疗优待落实情况\n责任单位：县医保局\n"
                             "报送材料：烈属医疗保障优待落实情况说明（Word格式）\n完成时限：3月25日前").requirements
    assert r1.units == ["县退役军人局"]
    assert r2.units == ["县医保局"]


def test_near_miss_a_label_saying_whom_the_work_concerns_names_no_sender(tmp_path):
    r, = draft(tmp_path, "（一）摸排台账\n摸排对象：县退役军人局认定的烈属家庭\n报送内容：烈属生活困难情况摸排台账（Excel格式）\n"
                         "报送时间：3月15日下午5时前", addressee="各乡镇人民政府").requirements
    assert len(r.units) == TOWNS
