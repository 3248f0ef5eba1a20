"""What held-out notice 3127 showed the drafter missing (fixed on branch h-fixn156a), on notice texts written for these
tests, with a near miss that must not change: units each written by the former name with the current one in brackets
(`请原建昌县国土资源局（现建昌县自然资源局）、原建昌县广播电视台（现建昌县融媒体中心）…分别由现单位于…`) are the current
bodies; one now a company (`原建昌县粮食局（现建昌县粮食收储有限公司）`) is off the roster and left out."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

THE_THREE = ["县应急局", "县自然资源局", "县融媒体中心"]


def draft(tmp_path, body: str, addressee: str = "有关单位"):
    return draft_of_a_file(tmp_path, notice_text(
        "中共建昌县委机构编制委员会办公室", "关于做好机构改革档案移交情况核查工作的通知", addressee, body, "3043年9月1日",
        opening="为确保机构改革中撤并单位的档案完整、安全，县委编办会同县档案馆对改革涉及单位的档案移交情况进行核查。",
        contact="孙丽娟，电话：0429-7516690"))


def units_by_due(d) -> dict[str, list[str]]:
    return {r.due.strftime("%m-%d"): sorted(r.units) for r in d.requirements}


# ---------------------------------------------------------------- 3127: 原X（现Y）


def test_each_unit_by_its_former_name_with_the_current_in_brackets(tmp_path):
    d = draft(tmp_path, "请原建昌县国土资源局（现建昌县自然资源局）、原建昌县安全生产监督管理局（现建昌县应急管理局）、"
                        "原建昌县广播电视台（现建昌县融媒体中心）、原建昌县粮食局（现建昌县粮食收储有限公司）分别由现单位于九月十五日"
                        "（星期五）下午四时前将机构改革档案移交清册（Excel格式）发送至jcbb_dayj@163.com，于九月二十九日前将档案处置"
                        "情况报告（Word格式）发送至上述邮箱。")
    assert units_by_due(d) == {"09-15": THE_THREE, "09-29": THE_THREE}


def test_variant_current_names_said_with_xianwei_in_items(tmp_path):
    d = draft(tmp_path, "一、原县广播电视台（现为县融媒体中心）、原县国土资源局（现为县自然资源局）于9月15日16时前将档案移交清册"
                        "（Excel格式）报送至jcbb_dayj@163.com。\n二、原县安监局（现更名为县应急管理局）于9月29日前将档案处置情况报告"
                        "（Word格式）报送至上述邮箱。")
    assert units_by_due(d) == {"09-15": ["县自然资源局", "县融媒体中心"], "09-29": ["县应急局"]}


def test_variant_in_the_addressee_line_with_a_company_now(tmp_path):
    d = draft(tmp_path, "请上述单位于9月15日16:00前将档案移交清册（Excel格式）发送至jcbb_dayj@163.com。",
              addressee="原建昌县广播电视台（现建昌县融媒体中心）、原建昌县粮食局（现建昌县粮食收储有限公司）、建昌县应急管理局")
    assert units_by_due(d) == {"09-15": ["县应急局", "县融媒体中心"]}


def test_near_miss_a_former_plan_in_brackets_names_no_unit(tmp_path):
    d = draft(tmp_path, "请县自然资源局于9月15日16时前将原档案移交方案（现行版本）的执行情况表（Excel格式）发送至"
                        "jcbb_dayj@163.com。")
    assert units_by_due(d) == {"09-15": ["县自然资源局"]}
