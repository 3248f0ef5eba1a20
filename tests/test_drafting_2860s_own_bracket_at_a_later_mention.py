"""What held-out notice 2860 showed the drafter missing (fixed on branch h-fixn141g), on notice texts written for these
tests: a paper named first in the work (`要逐一建立问题清单，明确整顿措施`) and then with its own bracket where it is sent
(`将排查情况统计表（Excel格式）和问题清单（Word格式）一并报送`) is in the format of that bracket: the bracket of a later
mention is the paper's own (`requirements.own_bracket`), not lost to the Excel of the paper beside it."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "中共建昌县委组织部", "关于开展基层党组织排查整顿工作的通知", "各乡镇党委，县民政局党组", body,
        "2970年3月2日", opening="为加强基层党组织建设，现将有关事项通知如下。",
        mailbox="jczzb_zhengdun@163.com", contact="王建华  联系电话：0429-7412365"))


def shapes(tmp_path, body):
    return [sorted(map(part_shape, r.parts)) for r in draft(tmp_path, body).requirements]


# ---------------------------------------------------------------- 2860: 建立问题清单…统计表（Excel格式）和问题清单（Word格式）


def test_a_list_named_before_takes_the_word_bracket_where_it_is_sent(tmp_path):
    assert shapes(tmp_path, "一、全面摸底排查。各单位要逐个支部分析研判，对排查确定的党组织要逐一建立问题清单，明确整顿措施和"
                            "完成时限。请于3月13日（星期二）下午4点前将排查情况统计表（Excel格式）和问题清单（Word格式）"
                            "一并报送至上述邮箱。") == [["document", "sheet"]]


def test_variant_a_task_list_in_word_after_a_ledger_in_excel(tmp_path):
    assert shapes(tmp_path, "一、各乡镇要对照标准逐项梳理，建立整改任务清单，明确责任人。请于5月10日（星期五）17时前将"
                            "整改台账（Excel格式）和任务清单（Word格式）一并报送至上述邮箱。") == [["document", "sheet"]]


def test_variant_a_register_in_word_version_listed_with_a_comma(tmp_path):
    assert shapes(tmp_path, "一、各乡镇要逐村核实，形成软弱涣散党组织名册并动态更新。请于5月10日前将排查汇总表（Excel版）、"
                            "党组织名册（Word版）报送至上述邮箱。") == [["document", "sheet"]]


def test_near_miss_no_bracket_of_its_own_at_either_mention(tmp_path):
    assert shapes(tmp_path, "一、各单位要逐一建立问题清单，明确整顿措施。请于3月13日下午4点前将排查情况统计表（Excel格式）"
                            "和问题清单一并报送至上述邮箱。") == [["sheet", "sheet"]]


def test_near_miss_a_form_named_for_filling_in_is_no_second_paper(tmp_path):
    # mixed36's kept draft: the list updated is filled in as the form, one paper (a sheet), not a document beside it
    assert shapes(tmp_path, "一、报送乡村两级田长名单。各乡镇对照村级组织调整情况，更新本乡镇乡级田长、村级田长和网格员名单，"
                            "填写《乡村两级田长名单》（Excel格式，见附件1），于3月27日（星期二）16时前报送。") == [["sheet"]]
