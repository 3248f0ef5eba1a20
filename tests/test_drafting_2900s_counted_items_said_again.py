"""What held-out notice 2900 showed the drafter missing (fixed on branch h-fixn144c), on notice texts written for these
tests: a second sentence pointing back at the same counted materials (`…县审计局请于1月25日前将上述三项材料一并发送…` /
`各乡镇人民政府请于2月1日前报送上述三项材料`) sends the same items the first one does, each its own date (2900)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "中共建昌县委全面依法治县委员会办公室", "关于报送2989年度法治政府建设情况报告的通知",
        "各乡镇人民政府，县政府有关部门", body, "2990年1月11日",
        opening="为做好全县年度报告的汇总和公开，现将有关事项通知如下。",
        mailbox="jcyfzx_fzzf@163.com",
        contact="王丽娜，联系电话：0429-7412368"))


def shapes(requirement) -> list[str]:
    return sorted(map(part_shape, requirement.parts))


def test_the_towns_send_the_three_items_said_again(tmp_path):
    first, towns = draft(tmp_path, (
        "一、报送内容\n"
        "各单位要实事求是地总结2989年度法治政府建设工作。报告须由单位主要负责人审定，需报送三项材料：一是年度报告的Word格式电子版；"
        "二是经主要负责人签字并加盖单位公章的报告扫描件（PDF格式）；三是《法治政府建设重点指标统计表》（Excel格式，见附件）。\n"
        "二、报送时间\n"
        "建昌县司法局、建昌县审计局请于1月25日（星期一）16:00前将上述三项材料一并发送至jcyfzx_fzzf@163.com。"
        "建昌县公安局的年度报告已按系统要求直接报送市公安局，本次不报送。\n"
        "各乡镇人民政府请于2月1日前报送上述三项材料，邮件主题统一为“XX乡（镇）2989年度法治政府建设情况报告”。")).requirements
    assert shapes(first) == shapes(towns) == ["document", "scan", "sheet"]
    assert "大屯镇" in towns.units and "县司法局" not in towns.units


def test_variant_two_clauses_counted_then_two_sending_sentences(tmp_path):
    first, towns = draft(tmp_path, (
        "一、请各单位梳理本单位行政执法人员名单，填写《行政执法人员信息表》（Excel格式），并撰写执法情况报告（Word格式）。\n"
        "二、县直各部门请于1月25日前将以上两项材料发送至jcyfzx_fzzf@163.com。\n"
        "各乡镇人民政府请于2月1日前报送以上两项材料。")).requirements
    assert shapes(first) == shapes(towns) == ["document", "sheet"]


def test_variant_numbered_items_and_the_pointer_said_again(tmp_path):
    first, towns = draft(tmp_path, (
        "一、报送材料\n"
        "1．年度工作总结（Word格式）；\n"
        "2．加盖公章的年度工作总结扫描件（PDF格式）；\n"
        "3．《重点指标统计表》（Excel格式）。\n"
        "二、报送时间\n"
        "县司法局、县审计局于1月25日前将上述三项材料发送至jcyfzx_fzzf@163.com；各乡镇人民政府于2月1日前将上述三项材料"
        "发送至同一邮箱。")).requirements
    assert shapes(first) == shapes(towns) == ["document", "scan", "sheet"]


def test_near_miss_the_towns_send_their_own_paper(tmp_path):
    first, towns = draft(tmp_path, (
        "一、报送内容\n"
        "各单位要实事求是地总结2989年度法治政府建设工作。报告须由单位主要负责人审定，需报送三项材料：一是年度报告的Word格式电子版；"
        "二是经主要负责人签字并加盖单位公章的报告扫描件（PDF格式）；三是《法治政府建设重点指标统计表》（Excel格式，见附件）。\n"
        "二、报送时间\n"
        "县司法局、县审计局请于1月25日（星期一）16:00前将上述三项材料一并发送至jcyfzx_fzzf@163.com。\n"
        "各乡镇人民政府请于2月1日前报送乡镇法治建设工作总结（Word格式）。")).requirements
    assert shapes(first) == ["document", "scan", "sheet"]
    assert shapes(towns) == ["document"]
