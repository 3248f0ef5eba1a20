"""What held-out notice 2836 showed the drafter missing (fixed on branch h-fixn140d), on notice texts written for these
tests: 总结 opening a clause after a comma with what is summed up after it (`对照部门职责，总结本年度…工作成效和存在问题，
形成年度工作报告（Word格式）`) is the verb, no 总结 to send beside the report the clause forms
(`requirements.SUMMING_UP`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "县民政局", "关于报送年度救助管理工作报告的通知", "县公安局、县卫生健康局，各乡镇人民政府", body,
        "2958年1月9日", opening="为做好年度考核，现将有关事项通知如下。",
        mailbox="jcmzj_zongjie@163.com", contact="何静  联系电话：0429-7367890"))


def shapes(tmp_path, body):
    return [sorted(map(part_shape, r.parts)) for r in draft(tmp_path, body).requirements]


# ---------------------------------------------------------------- 2836: …，总结本年度…，形成年度工作报告


def test_summing_up_after_a_comma_is_the_verb(tmp_path):
    assert shapes(tmp_path, "1.请县公安局、县卫生健康局对照部门职责，总结本年度在街面巡查、医疗救治等方面的工作成效和存在问题，"
                            "形成年度工作报告（Word格式），并将加盖单位公章的报告扫描件（PDF格式）于1月23日前一并发送至"
                            "县民政局邮箱。") == [["document", "scan"]]


def test_variant_summing_up_a_year_by_its_number(tmp_path):
    assert shapes(tmp_path, "一、县公安局要结合工作实际，总结2957年度救助管理工作开展情况，形成书面报告（Word格式），"
                            "于1月23日前报送。") == [["document"]]


def test_variant_summing_up_since_the_year_began_in_a_towns_item(tmp_path):
    assert shapes(tmp_path, "二、各乡镇人民政府请对照考核细则，总结今年以来辖区救助工作经验做法，形成书面材料（Word格式）"
                            "并填写《救助情况统计表》（Excel格式），于1月16日前发送至上述邮箱。") == [["document", "sheet"]]


def test_near_miss_a_summary_named_after_a_comma_is_sent(tmp_path):
    r = draft(tmp_path, "请县公安局于1月23日前报送救助情况统计表（Excel格式），总结须经单位主要负责人审签（Word格式）。") \
        .requirements
    assert sorted(map(part_shape, r[0].parts)) == ["document", "sheet"]
