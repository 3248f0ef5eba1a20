"""What held-out notices 2760–2779 showed the drafter missing in what is asked (fixed on branch h-fixn137i), on notice
texts written for these tests, each with a near miss that must not change: a checklist the towns check against
(`对照检查清单逐人逐项核查`) is no paper sent (2760); a finished film (`公益广告成片（MP4格式，单条时长不超过2分钟）`) is a video
(2766); a stamped report sent as its scan (`将…报告加盖单位公章，以扫描件（PDF格式）形式…报送`) is one scan (2767)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, body: str, addressee: str = "各乡镇党委，县教育局",
          title: str = "关于开展专项检查的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "中共建昌县委组织部", title, addressee, body, "2920年5月20日",
        opening="为进一步做好有关工作，现将有关事项通知如下。",
        mailbox="jczzb_fzdy2920@163.com",
        contact="李明  联系电话：0429-7123456"))


def shapes(tmp_path, body: str, **kw) -> list[list[str]]:
    return [part_shapes(r) for r in draft(tmp_path, body, **kw).requirements]


# ---------------------------------------------------------------- 2760: 对照检查清单逐人逐项核查


def test_a_checklist_checked_against_person_by_person_is_not_sent(tmp_path):
    assert shapes(tmp_path, "各乡镇党委要对照检查清单逐人逐项核查，填写《发展党员质量自查统计表》（Excel格式），"
                            "于6月3日（星期一）下午4点前发送至邮箱。") == [["sheet"]]


def test_variant_a_list_checked_household_by_household(tmp_path):
    assert shapes(tmp_path, "各乡镇要比照排查清单逐户逐项核实，填写《危房排查情况汇总表》（Excel格式），"
                            "于6月3日前报送。") == [["sheet"]]


def test_variant_a_ledger_checked_one_by_one(tmp_path):
    assert shapes(tmp_path, "各乡镇要对照问题台账逐个销号，并形成整改情况报告（Word格式），"
                            "于6月3日前报送。") == [["document"]]


def test_near_miss_a_checklist_filled_in_is_sent(tmp_path):
    assert shapes(tmp_path, "各乡镇要逐人填写对照检查清单（Excel格式）和《发展党员质量自查统计表》（Excel格式），"
                            "于6月3日前报送。") == [["sheet", "sheet"]]


# ---------------------------------------------------------------- 2766: 成片（MP4格式，…）


def test_a_finished_film_in_a_video_format_is_a_video(tmp_path):
    assert shapes(tmp_path, "县教育局要将本年度自制的公益广告成片（MP4格式，单条时长不超过2分钟）整理后，"
                            "于3月29日（星期一）上午9时前报送。", addressee="县教育局") == [["video"]]


def test_variant_finished_cut_in_another_format_with_more_words(tmp_path):
    assert shapes(tmp_path, "县教育局请于3月29日前报送宣传成片（MOV格式，分辨率不低于1080P）。",
                  addressee="县教育局") == [["video"]]


def test_variant_works_in_a_video_format(tmp_path):
    assert shapes(tmp_path, "县教育局请将参赛作品（MP4格式，时长3分钟以内）于3月29日前发送至邮箱。",
                  addressee="县教育局") == [["video"]]


def test_variant_brackets_with_more_words_give_their_format(tmp_path):
    assert shapes(tmp_path, "各乡镇请于3月29日前报送《宣传情况统计表》（Excel格式，样式见附件）和活动照片（JPG格式，不少于3张）。",
                  addressee="各乡镇") == [["photo", "sheet"]]


def test_near_miss_a_film_not_yet_made_asks_its_script(tmp_path):
    assert shapes(tmp_path, "县教育局要在成片制作前，于3月29日前报送拍摄脚本（Word格式）。",
                  addressee="县教育局") == [["document"]]


# ---------------------------------------------------------------- 2767: 加盖单位公章，以扫描件（PDF格式）形式…报送


def test_a_stamped_report_sent_as_its_scan_is_one_scan(tmp_path):
    assert shapes(tmp_path, "公示结束后，请县教育局将公示情况报告加盖单位公章，以扫描件（PDF格式）形式于2月8日（星期一）"
                            "上午10时前报送至同一邮箱。", addressee="县教育局") == [["scan"]]


def test_variant_signed_and_stamped_sent_in_the_form_of_a_scan(tmp_path):
    assert shapes(tmp_path, "请县教育局将整改报告经主要负责人签字并加盖公章后，以PDF扫描件形式于2月8日前发送至邮箱。",
                  addressee="县教育局") == [["scan"]]


def test_variant_stamped_then_sent_as_a_scan_without_a_bracket(tmp_path):
    assert shapes(tmp_path, "请县教育局将《自查情况说明》盖章后以扫描件方式于2月8日前报送。",
                  addressee="县教育局") == [["scan"]]


def test_near_miss_a_report_and_its_scan_are_two_papers(tmp_path):
    assert shapes(tmp_path, "请县教育局于2月8日前报送公示情况报告（Word格式）及加盖单位公章的公示情况报告扫描件（PDF格式）。",
                  addressee="县教育局") == [["document", "scan"]]
