"""What held-out notice 2722 showed the drafter missing (fixed on branch lead-2722), on notice texts written for these
tests: a section headed by who sends (`一、报送单位` / `二、填报范围：…` / `（一）报送对象`) names the senders of a dated
sentence that names no one (`上述三项材料请于…前一并发送`), though the addressee line names more (a unit sending
something else, a body let off); a sentence naming its own sender keeps it."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "县民政局、县卫生健康局、县医疗保障局、县财政局："):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县老龄工作委员会办公室", "关于报送2901年度老龄工作年度报告的通知", addressee, body, "2901年11月28日",
        opening="为全面总结全年老龄工作，现将有关事项通知如下：",
        mailbox="jclgb_nianbao@163.com",
        contact="刘雅琴  电话：0429-7436021"))


OTHER_UNIT = "四、其他事项\n县医疗保障局请于12月19日前报送高龄老人医保结算情况统计表（Excel表格）。\n"


def test_the_section_under_its_heading_names_the_senders(tmp_path):
    first, second = draft(tmp_path, "一、报送单位\n县民政局、县卫生健康局。\n"
                                    "二、报送内容\n2901年度老龄工作报告（Word文档）及工作台账（Excel表格）。\n"
                                    "三、报送时间\n上述材料请于12月12日（星期一）下午5时前一并发送至县老龄办邮箱。\n"
                                    + OTHER_UNIT).requirements
    assert sorted(first.units) == ["县卫健局", "县民政局"]
    assert second.units == ["县医保局"]


def test_variant_the_senders_on_the_headings_own_line(tmp_path):
    first, _ = draft(tmp_path, "一、填报范围：县民政局、县财政局。\n"
                               "二、报送要求\n请于12月12日（星期一）16时前将2901年度老龄工作报告（Word格式）发送至指定邮箱。\n"
                               + OTHER_UNIT).requirements
    assert sorted(first.units) == ["县民政局", "县财政局"]


def test_variant_a_bracketed_heading(tmp_path):
    first, _ = draft(tmp_path, "（一）报送对象\n县卫生健康局、县财政局\n"
                               "（二）报送时间\n以上材料请于12月12日前报送，逾期视为未报。\n"
                               "（三）报送内容\n2901年度老龄工作报告（Word格式）。\n"
                               + OTHER_UNIT.replace("四、", "（四）")).requirements
    assert sorted(first.units) == ["县卫健局", "县财政局"]


def test_near_miss_a_sentence_naming_its_sender_keeps_it(tmp_path):
    (first,) = draft(tmp_path, "一、报送单位\n县民政局、县卫生健康局。\n"
                               "二、报送时间\n县财政局请于12月12日（星期一）下午5时前报送2901年度老龄经费统计表（Excel表格）。\n"
                               ).requirements
    assert first.units == ["县财政局"]
