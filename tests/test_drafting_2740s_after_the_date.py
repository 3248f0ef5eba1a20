"""What held-out notices 2740–2759 showed the drafter missing (fixed on branch h-fixn136b), on notice texts written
for these tests, each with a near miss that must not change: an instruction in a bracket (or under a 注 / 另 label)
right under the 落款's date line is the notice's words, a department's requirement of its own (2744)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file

HEAD = ("建昌县应急管理局\n关于开展液化气瓶储存点安全检查的通知\n\n各乡镇人民政府，县市场监督管理局：\n"
        "　　为防范化解安全风险，决定开展液化气瓶储存点安全检查。\n"
        "　　请各乡镇人民政府如实填写《液化气瓶储存点检查表》（Excel），于6月14日（星期二）下午5:00前"
        "发送至jcyjj_qp@163.com。\n\n建昌县应急管理局\n2912年6月3日\n")


def draft(tmp_path, after: str):
    return draft_of_a_file(tmp_path, HEAD + after)


def _second(tmp_path, after: str):
    reqs = draft(tmp_path, after).requirements
    assert len(reqs) == 2, [(r.due, r.units) for r in reqs]
    return reqs[1]


# ---------------------------------------------------------------- 2744: （联系人：…。县市场监督管理局请将…于…前报送…）


def test_a_bracketed_instruction_after_the_contact_under_the_date_is_a_requirement(tmp_path):
    r = _second(tmp_path, "（联系人：孙志刚，电话：0429-7913372。县市场监督管理局请将辖区液化气瓶质量抽检情况形成书面报告"
                          "（Word），于6月21日（星期二）上午10时前报送至同一邮箱。）\n")
    assert r.units == ["县市场局"] and str(r.due).startswith("2912-06-21 10:00")


def test_near_variant_the_instruction_first_then_the_contact_in_half_width_brackets(tmp_path):
    r = _second(tmp_path, "(县市场监督管理局另需于6月21日前将抽检情况报告（Word格式）发送至上述邮箱；"
                          "联系人：孙志刚，0429-7913372)\n")
    assert r.units == ["县市场局"] and str(r.due).startswith("2912-06-21")


def test_near_variant_a_note_label_under_the_date_line(tmp_path):
    r = _second(tmp_path, "注：请县市场监督管理局于6月21日下午4时前将抽检情况报告（Word格式）报送至同一邮箱。\n"
                          "联系人：孙志刚，电话：0429-7913372\n")
    assert r.units == ["县市场局"] and str(r.due).startswith("2912-06-21 16:00")


def test_near_miss_contact_details_and_a_dated_line_inside_an_attachment_add_nothing(tmp_path):
    reqs = draft(tmp_path, "（联系人：孙志刚，电话：0429-7913372，6月3日至6月14日工作日均可咨询）\n"
                           "附件\n液化气瓶储存点检查表\n（注：县市场监督管理局请于6月21日前将本表汇总报送。）\n").requirements
    assert [str(r.due)[:16] for r in reqs] == ["2912-06-14 17:00"]
