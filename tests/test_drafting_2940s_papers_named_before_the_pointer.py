"""What held-out notices 2940–2959 showed the drafter missing (fixed on branch h-fixn148b), on notice texts written
for these tests, each with a near miss that must not change (2945):
- the papers of an item named in the sentences before the one that sends them (`…形成年度报告（Word格式），同时报送…
  扫描件（PDF格式）和《…监测表》（Excel格式）。监测表的统计时段为…。以上三项材料请于…一并报送。`): the pointer sentence's
  papers are those of the sentences before it in its item (`above.papers_of_the_item_above`), not `以上三项材料` itself;
- a negation after the item's subject (`二、各乡镇人民政府不需报送文字报告，只填写《…统计表》`) sends no 文字报告
  (`not_theirs.NO_NEED_TO_SEND`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes

ADDRESSEE = "县妇儿工委各成员单位，各乡镇人民政府"


def draft(tmp_path, body: str, addressee: str = ADDRESSEE, title: str = "关于报送年度工作报告的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县妇女儿童工作委员会办公室", title, addressee, body, "2996年1月8日",
        opening="为全面掌握各成员单位工作情况，现将有关事项通知如下。",
        mailbox="jcfegw_nb2996@163.com",
        contact="王丽  联系电话：0429-7912650"))


def test_three_papers_named_before_the_pointer_sentence(tmp_path):
    reqs = draft(tmp_path, "一、建昌县教育局、建昌县卫生健康局、建昌县民政局要总结2995年度工作成效和存在问题，形成年度报告（Word格式），"
                           "同时报送经单位主要负责人签字并加盖公章的年度报告扫描件（PDF格式）和《儿童友好县建设指标监测表》"
                           "（Excel格式）。监测表的统计时段为2995年1月1日至12月31日。以上三项材料请于1月20日（星期四）16时前一并报送。\n"
                           "二、各乡镇人民政府不需报送文字报告，只填写《儿童之家运行情况统计表》（Excel格式），于1月31日前报送。"
                           ).requirements
    assert len(reqs) == 2
    assert set(reqs[0].units) == {"县教育局", "县卫健局", "县民政局"}
    assert part_shapes(reqs[0]) == ["document", "scan", "sheet"]
    assert "以上三项材料" not in [p["title"] for p in reqs[0].parts]
    assert part_shapes(reqs[1]) == ["sheet"]


def test_variant_two_papers_shangshu_liangxiang_a_note_between(tmp_path):
    reqs = draft(tmp_path, "（一）县直各成员单位要对照年度任务清单，撰写工作总结（Word格式），并填写《重点任务完成情况表》（Excel格式）。"
                           "完成情况表中的数据须与部门统计口径一致。上述两项材料须于2月10日前报送。",
                 addressee="县直各成员单位").requirements
    assert len(reqs) == 1
    assert part_shapes(reqs[0]) == ["document", "sheet"]


def test_variant_uncounted_yishang_cailiao_after_a_numbered_list(tmp_path):
    reqs = draft(tmp_path, "一、报送内容。县教育局、县民政局需报送以下材料：1.年度工作报告（Word格式）；2.经主要负责人签字并加盖公章的"
                           "年度工作报告扫描件（PDF格式）；3.《年度指标监测表》（Excel格式）。监测表数据须经分管领导审核。"
                           "以上材料请于1月25日17时前一并报送。",
                 addressee="县教育局、县民政局").requirements
    assert len(reqs) == 1
    assert part_shapes(reqs[0]) == ["document", "scan", "sheet"]


def test_variant_departments_wuxu_baosong_the_report(tmp_path):
    reqs = draft(tmp_path, "一、各乡镇人民政府请于2月10日前报送年度工作报告（Word格式）。\n"
                           "二、县直各部门无需报送年度工作报告，仅填写《年度工作台账》（Excel格式），于2月15日前报送。",
                 addressee="各乡镇人民政府，县直各部门").requirements
    assert len(reqs) == 2
    assert part_shapes(reqs[0]) == ["document"]
    assert part_shapes(reqs[1]) == ["sheet"]


def test_near_miss_three_papers_in_the_pointer_sentence_stay_three(tmp_path):
    reqs = draft(tmp_path, "一、县教育局、县民政局要形成年度报告（Word格式），同时报送经单位主要负责人签字并加盖公章的年度报告扫描件"
                           "（PDF格式）和《年度指标监测表》（Excel格式），以上三项材料请于1月20日16时前一并报送。",
                 addressee="县教育局、县民政局").requirements
    assert len(reqs) == 1
    assert part_shapes(reqs[0]) == ["document", "scan", "sheet"]

